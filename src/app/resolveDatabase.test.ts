import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';

// The shared local instance is replaced by a recorder: this test is about which database is chosen.
const started = vi.hoisted(() => [] as Array<{ cacheDir: string; boltPort: number }>);
vi.mock('../neo4j/sharedNeo4j.js', () => ({
  startSharedNeo4j: async (local: { cacheDir: string; boltPort: number }) => {
    started.push({ cacheDir: local.cacheDir, boltPort: local.boltPort });
    return { pid: 4242, uri: `bolt://127.0.0.1:${local.boltPort}`, home: `${local.cacheDir}/instance`, alreadyRunning: true };
  },
}));

const { resolveDatabase } = await import('./resolveDatabase.js');

// A Docker engine that answers the calls a Docker client makes first (ping, version, info), on
// DOCKER_HOST as a real engine would be found. Every request it gets is recorded.
let engine: Server;
const engineRequests: string[] = [];
const savedDockerHost = process.env.DOCKER_HOST;

beforeAll(async () => {
  engine = createServer((req, res) => {
    engineRequests.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', req.url?.includes('_ping') ? 'text/plain' : 'application/json');
    if (req.url?.includes('_ping')) res.end('OK');
    else if (req.url?.includes('/version')) res.end(JSON.stringify({ Version: '27.0.0', ApiVersion: '1.46', Os: 'linux', Arch: 'amd64' }));
    else res.end(JSON.stringify({ OperatingSystem: 'Simulated Docker', ServerVersion: '27.0.0', NCPU: 2, MemTotal: 1 << 30 }));
  });
  const port = await new Promise<number>((resolve) => engine.listen(0, '127.0.0.1', () => resolve((engine.address() as { port: number }).port)));
  process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (savedDockerHost === undefined) delete process.env.DOCKER_HOST;
  else process.env.DOCKER_HOST = savedDockerHost;
  await new Promise((resolve) => engine.close(resolve));
});

beforeEach(() => {
  started.length = 0;
  engineRequests.length = 0;
});

describe('resolveDatabase (the commands’ database) with a Docker engine answering', () => {
  it('the simulated engine does answer like Docker', async () => {
    const ping = await fetch(`${process.env.DOCKER_HOST!.replace('tcp://', 'http://')}/_ping`);
    expect(await ping.text()).toBe('OK');
    engineRequests.length = 0;
  });

  it('uses the shared local instance, never a container', async () => {
    const config = loadConfig({ HOME: '/home/a', TIFA_NEO4J_HOME: '/data/tifa', TIFA_NEO4J_PORT: '7701', DOCKER_HOST: process.env.DOCKER_HOST });
    const resolved = await resolveDatabase(config);
    expect(resolved).toMatchObject({ source: 'local', uri: 'bolt://127.0.0.1:7701', user: 'neo4j', password: '' });
    expect(started).toEqual([{ cacheDir: '/data/tifa', boltPort: 7701 }]);
    expect(engineRequests).toEqual([]);
  });

  it('uses NEO4J_URI when set, starting nothing', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://db.example.org:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    const resolved = await resolveDatabase(config);
    expect(resolved).toMatchObject({ source: 'env', uri: 'bolt://db.example.org:7687', user: 'u', password: 'p' });
    expect(started).toEqual([]);
    expect(engineRequests).toEqual([]);
  });

  it('resolves to the same database on every call, so one command sees what the last wrote', async () => {
    const config = loadConfig({ HOME: '/home/a', TIFA_NEO4J_PORT: '7701' });
    const first = await resolveDatabase(config);
    const second = await resolveDatabase(config);
    expect(second.uri).toBe(first.uri);
    expect(started[0]).toEqual(started[1]);
  });
});
