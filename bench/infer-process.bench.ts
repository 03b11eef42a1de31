/**
 * `infer` as a user runs it, whole process (start, read, infer, print), against a baseline
 * process that reads the same file, splits it at `\n` and JSON.parse-s each line. Run (from the
 * repository root; `npm run bench:infer-process` builds the CLI and this file first):
 *   node .cache/bench-infer-process/bench/index.js <built cli/index.js> [targetMB [rounds]]
 * The file is the corpus (test/corpus/*.ndjson) replicated to ~targetMB (default 50), one topic
 * after another. Each round runs both processes, alternating which goes first, then both on a
 * one-line file (their start-up), so that machine noise hits both sides alike. The ratio is
 * baseline time / infer time per round (≥ 0.5 is the target): its median and range are
 * reported, with the median wall times, MB/s (also minus the start-up) and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus, median, replicate } from './corpus';

const cli = resolve(process.argv[2] ?? '.cache/bench-infer-process/cli/index.js');
const targetMB = Number(process.argv[3] ?? 50);
const rounds = Number(process.argv[4] ?? 11);

/** The baseline: the least any NDJSON reader does (a read stream decoded as UTF-8, split at `\n`, each line parsed). */
const BASELINE = `import { createReadStream } from 'node:fs';
let rest = '';
let lines = 0;
for await (const chunk of createReadStream(process.argv[2], { encoding: 'utf8' })) {
  const text = rest + chunk;
  let from = 0;
  for (let to = text.indexOf('\\n'); to !== -1; to = text.indexOf('\\n', from)) {
    if (to > from) { JSON.parse(text.slice(from, to)); lines++; }
    from = to + 1;
  }
  rest = text.slice(from);
}
if (rest !== '') { JSON.parse(rest); lines++; }
process.stderr.write(lines + ' value(s) read\\n');
`;

/**
 * Makes a child print, on exit, its peak RSS (as bench/startup.bench.mjs does) and its CPU time
 * (user + system, all threads): on a shared machine, CPU time varies less than wall time.
 */
const REPORT_USAGE =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`\\nmaxrss ${u.maxRSS} cpu ${u.userCPUTime+u.systemCPUTime}\\n`)})';

interface Run {
  seconds: number;
  cpuSeconds: number;
  rssMiB: number;
  values: number;
}

function run(args: string[]): Run {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', REPORT_USAGE, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(' ')} exited with ${child.status}: ${child.stderr.slice(-500)}`);
  const usage = /maxrss (\d+) cpu (\d+)/.exec(child.stderr);
  const values = Number(/(\d+) value\(s\) read/.exec(child.stderr)?.[1] ?? NaN);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? NaN) / 1e6, rssMiB: Number(usage?.[1] ?? NaN) / 1024, values };
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'scout-infer-process-'));
  try {
    const topics = replicate(loadCorpus(), targetMB);
    const file = join(work, 'corpus.ndjson');
    const text = topics.map((topic) => `${topic.lines.join('\n')}\n`).join('');
    writeFileSync(file, text);
    const one = join(work, 'one.ndjson');
    writeFileSync(one, `${topics[0]!.lines[0]}\n`);
    const baseline = join(work, 'baseline.mjs');
    writeFileSync(baseline, BASELINE);
    const mb = Buffer.byteLength(text) / 1e6;
    const lineCount = topics.reduce((sum, topic) => sum + topic.lines.length, 0);

    const sides = { baseline: [baseline, file], infer: [cli, 'infer', file] };
    const startups = { baseline: [baseline, one], infer: [cli, 'infer', one] };
    const runs = { baseline: [] as Run[], infer: [] as Run[] };
    const startupSeconds = { baseline: [] as number[], infer: [] as number[] };
    run(sides.infer); // warm the file cache and the code cache
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? (['baseline', 'infer'] as const) : (['infer', 'baseline'] as const);
      for (const side of order) runs[side].push(run(sides[side]));
      for (const side of order) startupSeconds[side].push(run(startups[side]).seconds);
    }
    for (const side of ['baseline', 'infer'] as const) {
      const counted = new Set(runs[side].map((r) => r.values));
      if (counted.size !== 1 || !counted.has(lineCount)) throw new Error(`${side} read ${[...counted].join(', ')} values, not the file's ${lineCount} lines`);
    }

    const ratios = (of: (r: Run) => number) => runs.baseline.map((r, round) => of(r) / of(runs.infer[round]!));
    const range = (values: number[], digits: number) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
    console.log(
      `\nnode ${process.version}; ${mb.toFixed(1)} MB NDJSON (the corpus replicated, ${lineCount.toLocaleString('en')} lines); ${rounds} interleaved rounds\n`,
    );
    console.log('| process | wall s (median, range) | MB/s | MB/s minus start-up | start-up s (one-line file) | CPU s (median, range) | peak RSS MiB |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [side, name] of [
      ['baseline', 'baseline: read, split at \\n, JSON.parse'],
      ['infer', '`infer` (read, infer, print)'],
    ] as const) {
      const seconds = runs[side].map((r) => r.seconds);
      const cpu = runs[side].map((r) => r.cpuSeconds);
      const wall = median(seconds);
      const startup = median(startupSeconds[side]);
      console.log(
        `| ${name} | ${wall.toFixed(2)} (${range(seconds, 2)}) | ${(mb / wall).toFixed(0)} | ${(mb / (wall - startup)).toFixed(0)} | ${startup.toFixed(3)} | ` +
          `${median(cpu).toFixed(2)} (${range(cpu, 2)}) | ${median(runs[side].map((r) => r.rssMiB)).toFixed(0)} |`,
      );
    }
    const wallRatios = ratios((r) => r.seconds);
    const cpuRatios = ratios((r) => r.cpuSeconds);
    console.log(
      `\ninfer / baseline, whole process: ${median(wallRatios).toFixed(2)}× wall time (median of ${rounds} rounds; range ${range(wallRatios, 2)}×), ` +
        `${median(cpuRatios).toFixed(2)}× CPU time (range ${range(cpuRatios, 2)}×); target ≥ 0.5×\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
