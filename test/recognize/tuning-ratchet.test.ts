import * as path from 'node:path';
import { loadEntries, runTable } from '../../bench/corpus-run';
import { scoreCorpus } from '../../bench/recognition-score';
import type { Check } from './corpus-expectation';

/*
 * A ratchet on the published tables the engine is tuned on: the working real corpus and the first two rounds' frozen
 * sets (each opened after its end score). The floors sit a little under what `npm run bench:recognition -- --no-timing`
 * measured when they were last raised (99.1%, 43/62, silent 0.4%; first round 97.1%, 13/26; second round 97.6%, 11/25,
 * silent 0.2%; third round, opened in the fourth, 98.1%, 13/27, silent 0.5%; the silent ceilings tightened after r-r3's
 * calibration, which counts a row question as doubt on the figures it names), so a change that reads them worse fails
 * here. The fourth round's frozen sets (real-frozen-8, -9, -10), opened at the fifth round's start after their end score
 * (64.5%, 3/28 wholly, silent 3.1%), are held from where r-r1's finance-form reading and r-r2's non-finance reading took
 * them together (1035/1290 = 80.2%, 11/28, silent 79/3998 = 2.0%; the count compares section titles without their outline
 * number and units in simplified characters). The fifth round's (real-frozen-11, -12, -13), opened at the sixth round's
 * start after their end score (1056/1398 = 75.5%, 2/25 wholly, silent 47/4307 = 1.1%), are held from there; the sixth
 * round's (real-frozen-14 … -17), scored at its start and end (61.8% → 64.1%, 0/25 wholly, silent 1.7% → 1.1%), is
 * opened from there; the seventh round's (real-frozen-18, -19, -20) are never read by a test. Raised in the sixth round by r-s to a little under what
 * `npx tsx bench/real-table-scores.ts --tuning .` measured on branch r-s (first round 1392/1425 = 97.7%, 17/26;
 * second 1367/1388 = 98.5%, 15/25, silent 0.2%; third 1781/1809 = 98.5%, 16/27, silent 0.2%; fourth 1071/1290 = 83.0%,
 * 13/28, silent 0.8%; fifth 1327/1401 = 94.7%, 12/25, silent 0.5%; real corpus with the first round, silent 24/13857 = 0.17%).
 * Raised again by r-b after merging r-s's and r-b's work (measured with the same count: real corpus 3957/3979 = 99.4%,
 * 47/62, silent 0.11%; first round 1394/1425 = 97.8%, 17/26; second 1376/1388 = 99.1%, 16/25, silent 0.08%; third
 * 1791/1809 = 99.0%, 18/27, silent 0.14%; fourth 1117/1287 = 86.8%, 14/28, silent 0.75%; fifth 1332/1398 = 95.3%, 12/25,
 * silent 0.30%). The sixth round's raised by r-t after reading handling tables (units × 交办 / 办结 / 办结率) and status
 * lists and numbered first rows: 1533/1954 = 78.5%, 1/25 wholly, silent 42/5710 = 0.74% (batch 14 90.0%, 15 77.4%,
 * 16 71.5%, 17 59.2%). Raised in the seventh round by r-u after reading handling tables with no count of cases closed
 * (办结率 beside 交办总量), a bare 单位 over organisations, places with no whole line as rows, and batch 14's “#” paths
 * edited to the majority's convention (bench/expectation-conventions.md): fourth round 1157/1288 = 89.8%, 14/28, silent
 * 30/3999 = 0.75%; sixth (after 责任单位 handling tables, shares of the whole and year pairs) 1656/1900 = 87.2%, 1/25,
 * silent 40/5712 = 0.70%.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function checksOf(dir: string): Promise<(readonly Check[])[]> {
  const tables: (readonly Check[])[] = [];
  for (const entry of await loadEntries(path.join(FIXTURES, dir))) tables.push((await runTable(path.join(FIXTURES, dir), entry)).checks);
  return tables;
}

describe('调试用的公开发布表：读对的不倒退', () => {
  it('真实表格语料：含内容的检查读对不低于 99.2%，整张读对不少于 46 张', async () => {
    const score = scoreCorpus(await checksOf('real-corpus'));
    expect(score.content.total).toBeGreaterThan(3900);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.992);
    expect(score.wholly.right).toBeGreaterThanOrEqual(46);
  });

  it('第一轮冻结集（已打开）：含内容的检查读对不低于 97.5%，整张读对不少于 17 张', async () => {
    const tables = [...(await checksOf('real-frozen')), ...(await checksOf('real-frozen-2'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(26);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.975);
    expect(score.wholly.right).toBeGreaterThanOrEqual(17);
  });

  it('第二轮冻结集（已打开）：含内容的检查读对不低于 98.5%，整张读对不少于 15 张，无提示的错不超过 0.2%', async () => {
    const tables = [...(await checksOf('real-frozen-3')), ...(await checksOf('real-frozen-4'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(25);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.985);
    expect(score.wholly.right).toBeGreaterThanOrEqual(15);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.002);
  });

  it('第三轮冻结集（第四轮打开）：含内容的检查读对不低于 98.5%，整张读对不少于 17 张，无提示的错不超过 0.3%', async () => {
    const tables = [...(await checksOf('real-frozen-5')), ...(await checksOf('real-frozen-6')), ...(await checksOf('real-frozen-7'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(27);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.985);
    expect(score.wholly.right).toBeGreaterThanOrEqual(17);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.003);
  });

  it('第四轮冻结集（第五轮打开）：含内容的检查读对不低于 89%，整张读对不少于 14 张，无提示的错不超过 1%', async () => {
    const tables = [...(await checksOf('real-frozen-8')), ...(await checksOf('real-frozen-9')), ...(await checksOf('real-frozen-10'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(28);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.89);
    expect(score.wholly.right).toBeGreaterThanOrEqual(14);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.01);
  });

  it('第五轮冻结集（第六轮打开）：含内容的检查读对不低于 94.5%，整张读对不少于 12 张，无提示的错不超过 0.5%', async () => {
    const tables = [...(await checksOf('real-frozen-11')), ...(await checksOf('real-frozen-12')), ...(await checksOf('real-frozen-13'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(25);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.945);
    expect(score.wholly.right).toBeGreaterThanOrEqual(12);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.005);
  });

  it('第六轮冻结集（第六轮结束后打开）：含内容的检查读对不低于 87%，整张读对不少于 1 张，无提示的错不超过 0.75%', async () => {
    const tables = [...(await checksOf('real-frozen-14')), ...(await checksOf('real-frozen-15')), ...(await checksOf('real-frozen-16')), ...(await checksOf('real-frozen-17'))];
    const score = scoreCorpus(tables);
    expect(tables).toHaveLength(25);
    expect(score.content.right / score.content.total).toBeGreaterThanOrEqual(0.87);
    expect(score.wholly.right).toBeGreaterThanOrEqual(1);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.0075);
  });

  it('两者合起来，无提示的错不超过全部检查的 0.25%', async () => {
    const score = scoreCorpus([...(await checksOf('real-corpus')), ...(await checksOf('real-frozen')), ...(await checksOf('real-frozen-2'))]);
    expect(score.silent / score.checks).toBeLessThanOrEqual(0.0025);
  });
});
