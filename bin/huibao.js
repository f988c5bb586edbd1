#!/usr/bin/env node
// Entry of the `huibao` command; the code is bundled into build/ by `npm ci` (scripts/build-cli.mjs).
require('../build/huibao.cjs');
