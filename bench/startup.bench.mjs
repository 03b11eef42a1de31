// Start-up of each CLI command, as a user runs it (`node dist/cli/index.js …`), against bare
// Node in the same rounds: wall time and peak RSS of the whole process, median of interleaved
// rounds. `npm run build` first. Usage: node bench/startup.bench.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rounds = Number(process.argv[2] ?? 15);
const cli = process.env.BENCH_CLI ?? fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const schema = fileURLToPath(new URL('../test/corpus/payments.avsc', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scout-startup-'));
const ndjson = join(work, 'one.ndjson');
writeFileSync(ndjson, '{"id": 1, "name": "a"}\n');
const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write(`\\nmaxrss ${process.resourceUsage().maxRSS}\\n`))';

const cases = {
  'bare node': ['-e', ''],
  'infer one line': [cli, 'infer', ndjson],
  'diff two .avsc': [cli, 'diff', schema, schema],
  'fields one .avsc': [cli, 'fields', schema],
  'review --help': [cli, 'review', '--help'],
  'scan --help': [cli, 'scan', '--help'],
  'emit --help': [cli, 'emit', '--help'],
};

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, { ms: [], rss: [] }]));
for (let round = 0; round < rounds; round++) {
  for (const [name, args] of Object.entries(cases)) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--import', report, ...args], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const rss = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
    samples[name].ms.push(ms);
    samples[name].rss.push(rss);
  }
}
rmSync(work, { recursive: true, force: true });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = { ms: median(samples['bare node'].ms), rss: median(samples['bare node'].rss) };
console.log(`start-up, median of ${rounds} interleaved rounds (Node ${process.version})`);
for (const [name, { ms, rss }] of Object.entries(samples)) {
  const m = median(ms);
  const r = median(rss);
  console.log(
    `${name.padEnd(18)} ${m.toFixed(0).padStart(5)} ms (${(m / bare.ms).toFixed(2)}x)  ${r.toFixed(0).padStart(4)} MiB (${(r / bare.rss).toFixed(2)}x)`,
  );
}
