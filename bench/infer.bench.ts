/**
 * Inference throughput and memory. Run (from the repository root):
 *   npx ncc build bench/infer.bench.ts -o .cache/bench-infer --quiet --transpile-only && node .cache/bench-infer/index.js [targetMB]
 * Compares, on the corpus (test/corpus/*.ndjson) replicated to ~targetMB (default 64):
 *   JSON.parse alone | the scout (parseJson + streaming inference) | the naive avsc pipeline
 *   (JSON.parse + Type.forValue per message, Type.forTypes per topic; on a smaller slice, it is slow),
 * then the peak memory of inferring 1,000,000 messages.
 */
import avro from 'avsc';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInferrer } from '../src/infer/index';
import { parseJsonTyped } from '../src/json/parse';

const corpusDir = join(process.cwd(), 'test/corpus');
const targetMB = Number(process.argv[2] ?? 64);
const avscSliceMB = Math.min(targetMB, 4);

interface Topic {
  name: string;
  lines: string[];
  bytes: number;
}

function loadCorpus(): Topic[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.ndjson'))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(corpusDir, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
      return { name: file.replace(/\.ndjson$/, ''), lines, bytes: lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0) };
    });
}

/** Each topic repeated so that all together weigh about `megabytes` (each topic in proportion). */
function replicate(topics: Topic[], megabytes: number): Topic[] {
  const total = topics.reduce((sum, topic) => sum + topic.bytes, 0);
  const times = Math.max(1, Math.round((megabytes * 1e6) / total));
  return topics.map((topic) => ({
    name: topic.name,
    lines: Array.from({ length: times }, () => topic.lines).flat(),
    bytes: topic.bytes * times,
  }));
}

type Pipeline = (topic: Topic) => void;

const pipelines: Record<string, Pipeline> = {
  'JSON.parse alone': (topic) => {
    for (const line of topic.lines) JSON.parse(line);
  },
  'scout (parseJsonTyped + infer)': (topic) => {
    const inferrer = createInferrer({ name: topic.name });
    for (const line of topic.lines) inferrer.add(parseJsonTyped(line));
    inferrer.result();
  },
  'avsc forValue + forTypes': (topic) => {
    const types = topic.lines.map((line) => avro.Type.forValue(JSON.parse(line)));
    avro.Type.forTypes(types, { wrapUnions: true });
  },
};

function time(pipeline: Pipeline, topics: Topic[], repeats: number): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const started = process.hrtime.bigint();
    for (const topic of topics) pipeline(topic);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

function measure(name: string, topics: Topic[], repeats: number) {
  const bytes = topics.reduce((sum, topic) => sum + topic.bytes, 0);
  const messages = topics.reduce((sum, topic) => sum + topic.lines.length, 0);
  const seconds = time(pipelines[name]!, topics, repeats);
  return { name, mb: bytes / 1e6, messages, seconds, mbPerSecond: bytes / 1e6 / seconds, messagesPerSecond: messages / seconds };
}

function peakMemory(topics: Topic[], messages: number) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const inferrers = topics.map((topic) => createInferrer({ name: topic.name }));
  const started = process.hrtime.bigint();
  for (let i = 0; i < messages; i++) {
    const t = i % topics.length;
    const topic = topics[t]!;
    inferrers[t]!.add(parseJsonTyped(topic.lines[Math.floor(i / topics.length) % topic.lines.length]!));
    if (i % 20_000 === 0) {
      const usage = process.memoryUsage();
      peakRss = Math.max(peakRss, usage.rss);
      peakHeap = Math.max(peakHeap, usage.heapUsed);
    }
  }
  for (const inferrer of inferrers) inferrer.result();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { before, peakRss, peakHeap, seconds };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

function main(): void {
  const corpus = loadCorpus();
  const full = replicate(corpus, targetMB);
  const slice = replicate(corpus, avscSliceMB);
  for (const name of Object.keys(pipelines)) time(pipelines[name]!, replicate(corpus, 1), 1); // warm up
  const parse = measure('JSON.parse alone', full, 3);
  const scout = measure('scout (parseJsonTyped + infer)', full, 3);
  const avscRun = measure('avsc forValue + forTypes', slice, 1);
  const rows = [parse, scout, avscRun];
  console.log(`\nnode ${process.version}, corpus ${corpus.length} topics replicated to ${parse.mb.toFixed(0)} MB (${parse.messages} messages; avsc on ${avscRun.mb.toFixed(0)} MB)\n`);
  console.log('| pipeline | MB/s | messages/s | vs JSON.parse |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.mbPerSecond.toFixed(1)} | ${Math.round(row.messagesPerSecond).toLocaleString('en')} | ${(row.mbPerSecond / parse.mbPerSecond).toFixed(2)}× |`);
  }
  console.log(`\nscout / JSON.parse: ${(scout.mbPerSecond / parse.mbPerSecond).toFixed(2)}× (target ≥ 0.5×)`);
  console.log(`scout / avsc pipeline: ${(scout.mbPerSecond / avscRun.mbPerSecond).toFixed(1)}× (target ≥ 10×)\n`);
  console.log('| topic | MB | JSON.parse MB/s | scout MB/s | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const topic of full) {
    const one = [topic];
    const p = measure('JSON.parse alone', one, 2);
    const s = measure('scout (parseJsonTyped + infer)', one, 2);
    console.log(`| ${topic.name} | ${p.mb.toFixed(1)} | ${p.mbPerSecond.toFixed(1)} | ${s.mbPerSecond.toFixed(1)} | ${(s.mbPerSecond / p.mbPerSecond).toFixed(2)}× |`);
  }
  const memory = peakMemory(corpus, 1_000_000);
  console.log(
    `\n1,000,000 messages inferred in ${memory.seconds.toFixed(1)} s: peak RSS ${mb(memory.peakRss)} (before ${mb(memory.before.rss)}), ` +
      `peak heapUsed ${mb(memory.peakHeap)} (before ${mb(memory.before.heapUsed)})`,
  );
}

main();
