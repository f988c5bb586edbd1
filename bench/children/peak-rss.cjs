// Preloaded (node -r) into a child the bench measures: at exit it records the process's peak resident
// memory (maxRSS, from the kernel's own count) into the file HUIBAO_BENCH_RSS_FILE names.
const fs = require('node:fs');

const target = process.env.HUIBAO_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}
