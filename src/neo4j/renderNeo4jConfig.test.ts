import { describe, expect, it } from 'vitest';
import { loadConfig, TRANSACTION_BYTES_PER_FILE_BYTE } from '../config.js';
import { BROWSER_CONTENT_SECURITY_POLICY, jvmOptions, renderLogConfig, renderNeo4jConf } from './renderNeo4jConfig.js';

function settings(conf: string): Map<string, string> {
  const lines = conf.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return new Map(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('renderNeo4jConf', () => {
  const conf = renderNeo4jConf({ boltPort: 7799, pageCache: '128m' });
  const map = settings(conf);

  it('binds Bolt to loopback on the given port and turns HTTP, routing and usage reports off', () => {
    expect(map.get('server.bolt.listen_address')).toBe('127.0.0.1:7799');
    expect(map.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(map.get('server.http.enabled')).toBe('false');
    expect(map.get('server.https.enabled')).toBe('false');
    expect(map.get('dbms.routing.enabled')).toBe('false');
    expect(map.get('dbms.usage_report.enabled')).toBe('false');
    expect(map.get('dbms.security.auth_enabled')).toBe('false');
    expect(map.get('server.memory.pagecache.size')).toBe('128m');
  });

  it('bounds the memory of one transaction and of all of them with the sizes from the configuration', () => {
    const local = loadConfig({ TIFA_NEO4J_HEAP: '1g' }).local;
    expect(local.transactionMemory).toEqual({ perTransaction: '256m', total: '716m' });
    const bounded = settings(renderNeo4jConf({ boltPort: 7799, pageCache: '128m', transactionMemory: local.transactionMemory }));
    expect(bounded.get('db.memory.transaction.max')).toBe('256m');
    expect(bounded.get('dbms.memory.transaction.total.max')).toBe('716m');
    expect(loadConfig({ TIFA_NEO4J_HEAP: '1g', TIFA_NEO4J_TX_MEMORY: '100m' }).local.transactionMemory.perTransaction).toBe('100m');
  });

  it('keeps the file limit to what one transaction can write (a 19 MB text did not fit a 1 GB heap)', () => {
    expect(loadConfig({ TIFA_NEO4J_HEAP: '1g' }).extract.maxFileBytes).toBeLessThan(19 * 1024 * 1024);
    expect(loadConfig({ TIFA_NEO4J_HEAP: '1g' }).extract.maxFileBytes).toBe(Math.floor((256 * 1024 * 1024) / TRANSACTION_BYTES_PER_FILE_BYTE));
    expect(loadConfig({ TIFA_NEO4J_HEAP: '4g' }).extract.maxFileBytes).toBe(Math.floor((1024 * 1024 * 1024) / TRANSACTION_BYTES_PER_FILE_BYTE));
    expect(loadConfig({ TIFA_NEO4J_TX_MEMORY: '100g' }).extract.maxFileBytes).toBe(20 * 1024 * 1024);
  });

  it('plans a statement once whatever the sizes of its list parameters', () => {
    expect(map.get('internal.cypher.use_parameter_size')).toBe('false');
  });

  it('is strict-parser safe: no duplicate keys, no trailing comments, every line key=value', () => {
    const lines = conf.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(new Set(lines.map((l) => l.split('=')[0])).size).toBe(lines.length);
    for (const line of lines) expect(line).toMatch(/^[a-z_.]+=[^#]+$/);
  });

  it('with an HTTP port serves Neo4j Browser on loopback and lets it fetch guides from this machine only, without telemetry', () => {
    const http = settings(renderNeo4jConf({ boltPort: 7799, httpPort: 7488, pageCache: '128m' }));
    expect(http.get('server.http.enabled')).toBe('true');
    expect(http.get('server.http.listen_address')).toBe('127.0.0.1:7488');
    expect(http.get('server.http_enabled_modules')).toBe('TRANSACTIONAL_ENDPOINTS,BROWSER');
    expect(http.get('browser.remote_content_hostname_whitelist')).toBe('127.0.0.1,localhost');
    expect(http.get('client.allow_telemetry')).toBe('false');
    const lines = renderNeo4jConf({ boltPort: 7799, httpPort: 7488, pageCache: '128m' }).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(new Set(lines.map((l) => l.split('=')[0])).size).toBe(lines.length);
  });

  it('sends Neo4j Browser a content policy that allows this machine only (no fonts, analytics or crash reports from elsewhere)', () => {
    const http = settings(renderNeo4jConf({ boltPort: 7799, httpPort: 7488, pageCache: '128m' }));
    expect(http.get('dbms.security.http_static_content_security_policy_header')).toBe(BROWSER_CONTENT_SECURITY_POLICY);
    expect(settings(conf).has('dbms.security.http_static_content_security_policy_header')).toBe(false);
    const directives = BROWSER_CONTENT_SECURITY_POLICY.split('; ').map((d) => d.split(' '));
    expect(directives.map(([name]) => name)).toEqual(expect.arrayContaining(['default-src', 'script-src', 'style-src', 'font-src', 'connect-src']));
    const sources = directives.flatMap(([, ...values]) => values);
    for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|(ws|http):\/\/(127\.0\.0\.1|localhost):\*)$/);
  });

  it.each([7799, 70000, -1])('rejects HTTP port %s (the Bolt port or out of range)', (httpPort) => {
    expect(() => renderNeo4jConf({ boltPort: 7799, httpPort, pageCache: '128m' })).toThrow(RangeError);
  });

  it.each([0, 70000, 1.5])('rejects bolt port %s', (boltPort) => {
    expect(() => renderNeo4jConf({ boltPort, pageCache: '128m' })).toThrow(RangeError);
  });

  it('rejects a malformed page cache size', () => {
    expect(() => renderNeo4jConf({ boltPort: 7687, pageCache: '1 GB' })).toThrow(RangeError);
  });
});

describe('renderLogConfig', () => {
  it.each(['server', 'user'] as const)('writes a log4j2 console configuration for %s logs', (kind) => {
    const xml = renderLogConfig(kind);
    expect(xml).toMatch(/^<\?xml version="1.0"/);
    expect(xml).toContain('<Console name="ConsoleAppender" target="SYSTEM_OUT">');
    expect(xml).toContain('<AppenderRef ref="ConsoleAppender"/>');
  });
});

describe('jvmOptions', () => {
  it('passes the module openings and native access Neo4j 5 needs, and the heap', () => {
    const opts = jvmOptions('768m');
    expect(opts).toEqual(
      expect.arrayContaining([
        '-Xms768m',
        '-Xmx768m',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--enable-native-access=ALL-UNNAMED',
      ]),
    );
  });

  it('uses the parallel collector, not G1 (less CPU per speech loaded on two cores), and only one collector', () => {
    const collectors = jvmOptions('1g').filter((o) => /^-XX:\+Use\w*GC$/.test(o));
    expect(collectors).toEqual(['-XX:+UseParallelGC']);
  });

  it('raises the optimising compiler thresholds fivefold from the JDK defaults (5,000 / 600 / 15,000 / 40,000)', () => {
    expect(jvmOptions('1g')).toEqual(
      expect.arrayContaining(['-XX:Tier4InvocationThreshold=25000', '-XX:Tier4MinInvocationThreshold=3000', '-XX:Tier4CompileThreshold=75000', '-XX:Tier4BackEdgeThreshold=200000']),
    );
  });
});
