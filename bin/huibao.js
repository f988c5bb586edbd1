#!/usr/bin/env node
// Entry of the `huibao` command; the code is bundled into build/ by `npm ci` (scripts/build-cli.mjs).

// The command runs on office PCs beside Excel or WPS, often in batches. By default V8 lets the heap grow
// to about twice what is live before it collects again; at 20% a 50,000-row report peaks near 520 MB
// instead of 650 MB, for about a fifth more time (README, 性能). Nothing is capped: a bigger
// workbook still gets the memory it needs.
require('node:v8').setFlagsFromString('--heap-growing-percent=20');

require('../build/huibao.cjs');
