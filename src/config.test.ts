import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, NEO4J_VERSION, TRANSACTION_BYTES_PER_FILE_BYTE } from './config.js';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const c = loadConfig({ HOME: '/home/a' });
    expect(c.neo4j).toEqual({ uri: null, user: 'neo4j', password: '', database: undefined });
    expect(c.local.version).toBe(NEO4J_VERSION);
    expect(c.local.cacheDir).toBe(`/home/a/.cache/tifa-graph/neo4j-${NEO4J_VERSION}`);
    expect(c.local.boltPort).toBe(7687);
    expect(c.server).toMatchObject({ host: '127.0.0.1', port: 4000, apiToken: null, introspection: true, production: false });
    // The file limit follows what one Neo4j transaction may hold (renderNeo4jConfig.test.ts), 20 MB at most.
    expect(c.extract.maxFileBytes).toBe(Math.min(20 * 1024 * 1024, Math.floor((Number.parseInt(c.local.transactionMemory.perTransaction) * 1024 * 1024) / TRANSACTION_BYTES_PER_FILE_BYTE)));
  });

  it('reads every variable it documents', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example.org:7687',
      NEO4J_USER: 'analyst',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'tifa',
      XDG_CACHE_HOME: '/var/cache',
      TIFA_NEO4J_PORT: '7799',
      TIFA_NEO4J_HEAP: '2G',
      TIFA_PORT: '8080',
      TIFA_API_TOKEN: 't'.repeat(32),
      NODE_ENV: 'production',
      TIFA_MAX_FILE_BYTES: '1000',
      TIFA_LOG_LEVEL: 'DEBUG',
      TIFA_LOG_FORMAT: 'JSON',
    });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://db.example.org:7687', user: 'analyst', password: 'secret', database: 'tifa' });
    expect(c.local.cacheDir).toBe(`/var/cache/tifa-graph/neo4j-${NEO4J_VERSION}`);
    expect(c.local.boltPort).toBe(7799);
    expect(c.local.heap).toBe('2g');
    expect(c.server).toMatchObject({ port: 8080, apiToken: 't'.repeat(32), production: true, introspection: false });
    expect(c.extract.maxFileBytes).toBe(1000);
    expect(c.logLevel).toBe('debug');
    expect(c.logFormat).toBe('json');
    expect(c.server.maxTextBytes).toBe(1000);
  });

  it('refuses a TIFA_API_TOKEN shorter than 32 characters, without repeating it', () => {
    expect(() => loadConfig({ TIFA_API_TOKEN: 'hunter2' })).toThrow(/TIFA_API_TOKEN must be at least 32 characters \(it has 7\)/);
    expect(() => loadConfig({ TIFA_API_TOKEN: 'hunter2' })).not.toThrow(/hunter2/);
    expect(loadConfig({ TIFA_API_TOKEN: 'x'.repeat(31) + 'y' }).server.apiToken).toHaveLength(32);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', TIFA_PORT: '' }).neo4j.uri).toBeNull();
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must start with bolt:\/\//],
    [{ TIFA_PORT: 'eighty' }, /TIFA_PORT must be a whole number/],
    [{ TIFA_PORT: '70000' }, /TIFA_PORT must be between 0 and 65535/],
    [{ TIFA_NEO4J_HEAP: 'lots' }, /TIFA_NEO4J_HEAP must look like 512m/],
    [{ TIFA_INTROSPECTION: 'maybe' }, /TIFA_INTROSPECTION must be true or false/],
    [{ TIFA_LOG_LEVEL: 'loud' }, /TIFA_LOG_LEVEL must be one of/],
    [{ TIFA_LOG_FORMAT: 'xml' }, /TIFA_LOG_FORMAT must be auto, json or pretty/],
    [{ TIFA_NEO4J_VERSION: '4.4.1' }, /TIFA_NEO4J_VERSION must be a 5.26.x release/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
