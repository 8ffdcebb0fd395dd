// Preloaded with `node --import` by bench/report.bench.mjs: prints the process's peak resident
// set size (KB) on stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`);
});
