/** Switches that only the tests read; the product's configuration (src/config.ts) knows nothing of them. */
export interface TestSwitches {
  /** Whether the integration run may use a Docker engine through testcontainers (`TIFA_DOCKER=off` skips it). */
  docker: boolean;
}

function flag(env: Record<string, string | undefined>, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${key} must be true or false, got "${raw}"`);
}

/** Reads the test-only switches from an environment (default: the process's). */
export function testSwitches(env: Record<string, string | undefined> = process.env): TestSwitches {
  return { docker: flag(env, 'TIFA_DOCKER', true) };
}
