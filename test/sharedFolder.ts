import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The folder of real texts beside the checkout that the `shared` test project reads. */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', 'shared');

/**
 * First global setup of the `shared` project: without ../shared every file would fail on its own
 * with a cascade of unrelated messages, so the run stops here with one line naming the folder.
 */
export default function requireSharedFolder(): void {
  for (const sub of ['corpus', 'gold', 'real']) {
    const dir = resolve(SHARED_DIR, sub);
    if (!existsSync(dir)) {
      console.error(`test:shared needs the folder of real texts beside the checkout: ${dir} is missing`);
      process.exit(1);
    }
  }
}
