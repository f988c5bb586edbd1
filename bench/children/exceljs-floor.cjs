// The floor a report is measured against: what exceljs alone needs to read the department's workbook
// and to write a workbook as big as the report's output. Plain CommonJS (no TypeScript at run time),
// started the same way as `node bin/huibao.js`, so both pay the same start-up.
//
//   node exceljs-floor.cjs read  INPUT                    read only (the floor for `huibao analyze`)
//   node exceljs-floor.cjs copy  INPUT SHAPE OUTPUT       read INPUT, then write SHAPE's content to OUTPUT
//   node exceljs-floor.cjs batch LIST.json                the same, for each {input, shape, output} in the list
//
// SHAPE is the report huibao wrote for INPUT: loading it gives a workbook of exactly the output's size
// to write. That load is not part of the floor, so its time is printed for the parent to subtract.
const ExcelJS = require('exceljs');
const fs = require('node:fs');

async function copy(input, shape, output) {
  let started = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(input);
  const readMs = performance.now() - started;
  started = performance.now();
  const toWrite = new ExcelJS.Workbook();
  if (shape) await toWrite.xlsx.readFile(shape);
  const untimedMs = performance.now() - started;
  started = performance.now();
  if (shape) await toWrite.xlsx.writeFile(output);
  const writeMs = performance.now() - started;
  return { readMs, writeMs, untimedMs };
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  let total = { readMs: 0, writeMs: 0, untimedMs: 0 };
  const add = (part) => {
    total = { readMs: total.readMs + part.readMs, writeMs: total.writeMs + part.writeMs, untimedMs: total.untimedMs + part.untimedMs };
  };
  if (mode === 'read') add(await copy(rest[0], null, null));
  else if (mode === 'copy') add(await copy(rest[0], rest[1], rest[2]));
  else if (mode === 'batch') {
    for (const item of JSON.parse(fs.readFileSync(rest[0], 'utf8'))) add(await copy(item.input, item.shape, item.output));
  } else throw new Error(`unknown mode ${mode}`);
  process.stdout.write(JSON.stringify(total));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exitCode = 1;
});
