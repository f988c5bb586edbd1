/**
 * Where the engine spends its time on a bench workbook: reads bench/out/sizes/bench-<N>.xlsx once, then
 * profiles one runPipeline with the V8 profiler and prints the steps and the heaviest functions of src/.
 *
 *   npx tsx bench/profile-engine.ts 50000        (make the workbook first: npx tsx bench/make-workbooks.ts 50000)
 *
 * The full profile is written to bench/out/engine-<N>.cpuprofile (open it in Chrome DevTools › Performance).
 */
import { promises as fs } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import * as path from 'node:path';
import { runPipeline } from '../src/core/pipeline';
import { readXlsxSnapshot } from '../src/node/xlsx-read';
import { OUT_DIR } from './make-workbooks';

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

interface Frame {
  readonly key: string;
  readonly ours: boolean;
}

function frameOf(node: Profiler.ProfileNode): Frame {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*?\/(src|node_modules)\//, '$1/');
  return { key: `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`, ours: file.startsWith('src/') };
}

/** Self time per function, and time including callees for functions in src/ (each counted once per stack). */
function summarise(profile: Profiler.Profile): { self: Map<string, number>; inclusive: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const sampleTime = new Map<number, number>();
  (profile.samples ?? []).forEach((id, index) => sampleTime.set(id, (sampleTime.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of sampleTime) {
    const frame = frameOf(byId.get(id)!);
    self.set(frame.key, (self.get(frame.key) ?? 0) + ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const outer = frameOf(byId.get(current)!);
      if (!outer.ours || seen.has(outer.key)) continue;
      seen.add(outer.key);
      inclusive.set(outer.key, (inclusive.get(outer.key) ?? 0) + ms);
    }
  }
  return { self, inclusive };
}

function top(map: ReadonlyMap<string, number>, count: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${key}`)
    .join('\n');
}

async function main(): Promise<void> {
  const indicators = Number(process.argv[2] ?? 10_000);
  const file = path.join(OUT_DIR, 'sizes', `bench-${indicators}.xlsx`);
  const snapshot = await readXlsxSnapshot(file);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  const steps: string[] = [];
  runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z', onStep: (step, ms) => steps.push(`${step} ${ms.toFixed(0)} ms`) });
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const target = path.join(OUT_DIR, `engine-${indicators}.cpuprofile`);
  await fs.writeFile(target, JSON.stringify(profile));
  const { self, inclusive } = summarise(profile);
  console.log(`${indicators} 行 rows：${steps.join('，')}\n`);
  console.log(`自身耗时 self time:\n${top(self, 20)}\n`);
  console.log(`含调用 inclusive (src/):\n${top(inclusive, 40)}\n`);
  console.log(`完整剖析 full profile: ${path.relative(process.cwd(), target)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
