import type { TransactionMemory } from '../memorySizing.js';

/** What the launcher needs to write a Neo4j home's configuration. */
export interface Neo4jConfigOptions {
  boltPort: number;
  /** Port of the HTTP connector serving Neo4j Browser on 127.0.0.1; 0 or absent = HTTP off. */
  httpPort?: number;
  pageCache: string;
  /** Neo4j's bounds on transaction memory; absent = Neo4j's defaults (no bound per transaction). */
  transactionMemory?: TransactionMemory | undefined;
}

/**
 * The Content-Security-Policy Neo4j sends with Neo4j Browser's pages. Community Neo4j has no setting
 * that stops Browser's outside requests: its CSS imports Google Fonts, it loads Segment and Canny
 * scripts once connected (`browser.allow_outgoing_connections` is Enterprise-only) and Sentry reports
 * from start-up. Neo4j's default policy allows those hosts; ours allows this machine only (the page,
 * Bolt over WebSocket and tifa serve's /guide on any port), so Browser works offline and sends
 * nothing elsewhere, whichever web browser opens it.
 */
export const BROWSER_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Renders `conf/neo4j.conf` for a local development instance. Neo4j 5 is strict about this file
 * (unknown keys, duplicates and trailing comments abort start-up), so it carries only what we need.
 */
export function renderNeo4jConf(opts: Neo4jConfigOptions): string {
  if (!Number.isInteger(opts.boltPort) || opts.boltPort < 1 || opts.boltPort > 65535) {
    throw new RangeError(`bolt port must be 1..65535, got ${opts.boltPort}`);
  }
  const httpPort = opts.httpPort ?? 0;
  if (!Number.isInteger(httpPort) || httpPort < 0 || httpPort > 65535 || (httpPort !== 0 && httpPort === opts.boltPort)) {
    throw new RangeError(`HTTP port must be 0 (off) or 1..65535 and differ from the Bolt port, got ${httpPort}`);
  }
  if (!/^\d+[kmg]$/.test(opts.pageCache)) throw new RangeError(`page cache must look like 256m, got ${opts.pageCache}`);
  for (const size of Object.values(opts.transactionMemory ?? {})) if (!/^\d+[kmg]$/.test(size)) throw new RangeError(`transaction memory must look like 256m, got ${size}`);
  return [
    '# Written by tifa-graph (tifa neo4j start); rewritten at every start.',
    '# Local development instance: loopback only, auth disabled, routing off; HTTP only for Neo4j Browser.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    ...(httpPort === 0
      ? ['server.http.enabled=false']
      : [
          'server.http.enabled=true',
          `server.http.listen_address=127.0.0.1:${httpPort}`,
          `server.http.advertised_address=127.0.0.1:${httpPort}`,
          'server.http_enabled_modules=TRANSACTIONAL_ENDPOINTS,BROWSER',
          // Guides (:play) may come from this machine only (tifa serve's /guide); no product analytics.
          // (Neo4j 5.26 declares the allow-list under its old name; Browser 5 reads both names.)
          'browser.remote_content_hostname_whitelist=127.0.0.1,localhost',
          'client.allow_telemetry=false',
          `dbms.security.http_static_content_security_policy_header=${BROWSER_CONTENT_SECURITY_POLICY}`,
        ]),
    'server.https.enabled=false',
    // Routing on would open a second Bolt port (7688) that collides between instances.
    'dbms.routing.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    // One query must not spend the memory of all the others (memorySizing.ts, transactionMemory).
    ...(opts.transactionMemory
      ? [`db.memory.transaction.max=${opts.transactionMemory.perTransaction}`, `dbms.memory.transaction.total.max=${opts.transactionMemory.total}`]
      : []),
    // Neo4j keys its plan cache on the size of each list parameter, rounded up to a power of ten, so
    // the same write statement was planned again whenever a batch (speeches, slogans, pairs) reached a
    // new power of ten: 0.5–3 s of CPU each for the ingest statements, plus the JIT compiling the
    // planner. Our statements seek on unique indexes whatever the list sizes, so one plan serves all.
    'internal.cypher.use_parameter_size=false',
    'db.tx_log.rotation.size=16m',
    'db.tx_log.rotation.retention_policy=1 files',
    'server.directories.data=data',
    'server.directories.logs=logs',
    'server.directories.run=run',
    'server.directories.plugins=plugins',
    'server.directories.import=import',
    '',
  ].join('\n');
}

/**
 * Renders a log4j2 configuration for `conf/server-logs.xml` or `conf/user-logs.xml`. Neo4j 5.26
 * validates both before starting. With --console-mode the console is the log: the launcher sends
 * it to `logs/console.log`, where readiness (`Started.`) is read.
 */
export function renderLogConfig(kind: 'server' | 'user'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by tifa-graph: ${kind} log to the console, which the launcher captures. -->
<Configuration status="ERROR" packages="org.neo4j.logging.log4j">
  <Appenders>
    <Console name="ConsoleAppender" target="SYSTEM_OUT">
      <PatternLayout pattern="%d{yyyy-MM-dd HH:mm:ss.SSSZ}{GMT+0} %-5p %m%n"/>
    </Console>
  </Appenders>
  <Loggers>
    <Root level="INFO">
      <AppenderRef ref="ConsoleAppender"/>
    </Root>
  </Loggers>
</Configuration>
`;
}

/**
 * C2 (the optimising JIT) compiles a method once it ran 5,000 times (15,000 with its loops): Neo4j
 * has so much code just past that mark that C2 kept compiling through a whole ingest (51 of Neo4j's
 * 210 CPU-s at 10,000 speeches, ~4,700 compilations of up to 56 KB of machine code per 2,000
 * speeches), most of it code that runs too rarely to repay the compile. Five times the thresholds
 * leave the hot paths compiled (they cross any threshold within seconds) and the rest on C1's code.
 */
const C2_THRESHOLDS = [
  '-XX:Tier4InvocationThreshold=25000',
  '-XX:Tier4MinInvocationThreshold=3000',
  '-XX:Tier4CompileThreshold=75000',
  '-XX:Tier4BackEdgeThreshold=200000',
];

/**
 * The parallel (throughput) collector instead of G1, which Neo4j's launcher passes. On a 2-core
 * machine G1's concurrent marking, refinement and write barriers cost a loading server more CPU
 * than its pauses save: `bench:ingest` (10,000 files into a fresh server, then again warm) took
 * Neo4j 236–246 CPU-s (GC threads 12–13) with this collector against 274 (GC 29, marking 7) with
 * G1, and the fresh round 98 s against 106; its pauses were shorter too (p95 137–158 ms against
 * 211 under that load; 20 ms while serving reads). The heap is small (src/memorySizing.ts) and the old
 * generation holds little, so the stop-the-world full collection this collector runs when it fills
 * is short (73–85 ms at 52–96 MB live) and rare (none in a 20,000-speech ingest).
 * docs/decisions/0005-parallel-collector.md.
 */
const GARBAGE_COLLECTOR = '-XX:+UseParallelGC';

/** JVM options Neo4j's own launcher passes (but its collector), and ours; a direct `java` start must pass them itself. */
export function jvmOptions(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    GARBAGE_COLLECTOR,
    ...C2_THRESHOLDS,
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
}
