/**
 * The address of Neo4j Browser on the local instance, with `connectURL` and `dbms` set to the Bolt
 * URI and no authentication, so that it connects without a login form (auth is off on the
 * loopback-only instance), and
 * optionally `cmd=play&arg=<guide>` so that it opens a guide; null when HTTP is off (port 0).
 */
export function neo4jBrowserUrl(httpPort: number, boltUri: string, guideUrl?: string): string | null {
  if (httpPort === 0) return null;
  // preselectAuthMethod=NO_AUTH makes Browser's connect form connect at once instead of asking.
  const params = new URLSearchParams({ connectURL: boltUri, dbms: boltUri, preselectAuthMethod: 'NO_AUTH' });
  if (guideUrl) {
    params.set('cmd', 'play');
    params.set('arg', guideUrl);
  }
  return `http://127.0.0.1:${httpPort}/browser/?${params}`;
}

// Hosts that reach tifa serve on this machine (wildcard listeners included).
const THIS_MACHINE = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0', '::', '']);

/**
 * tifa serve's analyst guide as Browser must be told it. Browser runs a URL's `cmd=play` as soon as
 * it connects, before it has read the server's allow-list, so only its built-in list
 * ("guides.neo4j.com, localhost") applies then and `127.0.0.1` shows "Not found"; on this machine
 * the guide is therefore addressed as `localhost`, which both lists allow.
 */
export function analystGuideUrl(host: string, port: number): string {
  return `http://${THIS_MACHINE.has(host) ? 'localhost' : host}:${port}/guide`;
}
