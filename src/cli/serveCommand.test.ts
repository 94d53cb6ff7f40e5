import { describe, expect, it } from 'vitest';
import { testServerConfig } from '../../test/support/apiClient.js';
import { noDatabase } from '../../test/support/noDatabase.js';
import { loadConfig } from '../config.js';
import type { CliContext } from './context.js';
import { serveUntilSignal } from './serveCommand.js';

// A caller (a test, a supervisor, a user's script) may send SIGINT the moment it reads the URL.
// A signal that reaches Node before it has a listener takes the default action: the process dies
// by signal instead of stopping the server and saying that Neo4j keeps running (CI saw exit null).

describe('serveUntilSignal', () => {
  it('listens for SIGINT and SIGTERM before it prints the URL, and stops the server on either', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
      const added = (name: 'SIGINT' | 'SIGTERM') => process.listeners(name).filter((l) => !before[name].includes(l));
      const whenPrinted: Array<{ SIGINT: number; SIGTERM: number }> = [];
      const errLines: string[] = [];
      const ctx: CliContext = {
        config: () => config,
        verbose: () => false,
        err: (line) => errLines.push(line),
        out: () => {
          whenPrinted.push({ SIGINT: added('SIGINT').length, SIGTERM: added('SIGTERM').length });
          // Deliver the signal as the process would, to whichever listener is there by then.
          setImmediate(() => added(signal).forEach((listener) => (listener as (s: string) => void)(signal)));
        },
      };
      const config = { ...loadConfig({}), logLevel: 'silent' as const, server: testServerConfig() };

      await serveUntilSignal(ctx, config, noDatabase);

      expect(whenPrinted).toEqual([{ SIGINT: 1, SIGTERM: 1 }]);
      expect(errLines.at(-1)).toBe('stopping the API server…');
      expect({ SIGINT: added('SIGINT').length, SIGTERM: added('SIGTERM').length }).toEqual({ SIGINT: 0, SIGTERM: 0 });
    }
  });
});
