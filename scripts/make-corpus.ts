/**
 * Writes the recognition corpus: test/fixtures/corpus/NN-<部门>-<内容>.xlsx, each with its
 * .expected.json beside it, from the hand-written specs in test/fixtures/corpus/specs/. Run with
 * `npx tsx scripts/make-corpus.ts`; the files are committed so tests need no build step.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CORPUS } from '../test/fixtures/corpus/specs';
import type { WorkbookSpec } from '../test/fixtures/corpus/specs/workbook-spec';
import { buildFixture, entryJson } from './corpus-workbook';

const OUT = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');

/** Which workbook covers which case: the list the issue asks for, written from the specs themselves. */
function readme(corpus: readonly WorkbookSpec[]): string {
  const lines = [
    '# 识别语料（recognition corpus）',
    '',
    '由 `npx tsx scripts/make-corpus.ts` 根据 `specs/` 中手写的说明生成，请勿手工修改 .xlsx 或 .expected.json。',
    '每个工作簿旁的 `.expected.json` 写明应识别出的工作表、表头行、列对应、时段和每个指标的每一项（手写，不由识别程序产生）。',
    '`npm run bench:recognition` 逐个比对并给出字段与数值的识别正确率；`test/recognize/corpus.test.ts` 要求全部正确。',
    '',
    '| 文件 | 部门 | 覆盖的情形 |',
    '| --- | --- | --- |',
    ...corpus.map((spec) => `| ${spec.file} | ${spec.department} | ${spec.covers.join('；')} |`),
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  for (const name of await fs.readdir(OUT)) {
    if (/\.(xlsx|expected\.json)$/.test(name)) await fs.unlink(path.join(OUT, name));
  }
  const names = new Set<string>();
  for (const spec of CORPUS) {
    if (names.has(spec.file)) throw new Error(`duplicate fixture ${spec.file}`);
    names.add(spec.file);
    const { bytes, entry } = await buildFixture(spec);
    await fs.writeFile(path.join(OUT, spec.file), bytes);
    await fs.writeFile(path.join(OUT, spec.file.replace(/\.xlsx$/, '.expected.json')), entryJson(entry));
  }
  await fs.writeFile(path.join(OUT, 'README.md'), readme(CORPUS));
  console.log(`语料：已写入 ${CORPUS.length} 个工作簿到 ${path.relative(process.cwd(), OUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
