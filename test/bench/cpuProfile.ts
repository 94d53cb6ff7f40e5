// `bench:api --cpu-profile PREFIX`: a V8 CPU profile of this process for each measured window (the
// API server's side of a GraphQL window; the driver callers' of a driver window), to see where a
// request's CPU goes and what GraphQL adds to the same driver call. Open the files in
// Chrome DevTools or summarise them with `tsx test/bench/profileSummary.ts FILE`.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Runs `work` under the V8 profiler and writes the profile to `file`; without a file, just runs it. */
export async function profiled<T>(file: string | undefined, work: () => Promise<T>): Promise<T> {
  if (file === undefined) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}
