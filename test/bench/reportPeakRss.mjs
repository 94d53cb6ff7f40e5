// Preloaded (NODE_OPTIONS=--import) into the `tifa ingest` processes that bench:ingest starts:
// prints the process's peak RSS when it exits, since a parent cannot read a child's rusage from
// Node. `bin/tifa.mjs` starts itself once more (bin/hugePages.mjs), so two lines come; the
// benchmark takes the larger.
process.on('exit', () => {
  process.stderr.write(`tifa-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
