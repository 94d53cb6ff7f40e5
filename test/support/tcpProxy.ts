import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP relay in front of the test Neo4j, so a test can take "the database" away and
 * bring it back without stopping the shared instance: `down()` closes the port and cuts every
 * open connection (what a stopped Neo4j looks like to the driver), `up()` listens on the same port again.
 */
export interface TcpProxy {
  /** bolt://127.0.0.1:<port> of the relay. */
  uri: string;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const url = new URL(target.replace(/^[a-z+]+:/, 'http:'));
  const targetPort = Number(url.port || 7687);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection({ host: url.hostname, port: targetPort });
        for (const sock of [client, upstream]) {
          sockets.add(sock);
          sock.on('close', () => sockets.delete(sock));
          sock.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const down = async () => {
    const s = server;
    server = null;
    for (const sock of sockets) sock.destroy();
    sockets.clear();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  return { uri: `bolt://127.0.0.1:${port}`, down, up: listen, close: down };
}
