/**
 * Inference throughput and memory. Run (from the repository root):
 *   npx ncc build bench/infer.bench.ts -o .cache/bench-infer --quiet --transpile-only && node --expose-gc .cache/bench-infer/index.js [targetMB [rounds]]
 * Compares, on the corpus (test/corpus/*.ndjson) replicated to ~targetMB (default 64):
 *   JSON.parse alone | the scout (parseJsonTyped + streaming inference) | the naive avsc pipeline
 *   (JSON.parse + Type.forValue per message, Type.forTypes per topic; on a smaller slice, it is slow),
 * then the peak memory of inferring 1,000,000 messages.
 *
 * JSON.parse and the scout run interleaved on the same data, `rounds` times (default 15): each
 * round walks the topics in ~1 MB chunks, timing JSON.parse then the scout on a chunk, or the
 * other way round (alternating), so that machine noise (other processes, a VM's stolen time,
 * CPU frequency) hits both sides alike. The ratio reported is the median of the per-round
 * ratios, with their min–max; throughputs are the medians of the rounds. The per-topic table
 * comes from the same rounds.
 */
import avro from 'avsc';
import { createInferrer, type SchemaInferrer } from '../src/infer/index';
import { parseJsonTyped } from '../src/json/parse';
import { loadCorpus, median, replicate, type Topic } from './corpus';

const targetMB = Number(process.argv[2] ?? 64);
const rounds = Number(process.argv[3] ?? 15);
const avscSliceMB = Math.min(targetMB, 4);

type Pipeline = (topic: Topic) => void;

const parseAlone: Pipeline = (topic) => {
  for (const line of topic.lines) JSON.parse(line);
};

const scout: Pipeline = (topic) => {
  const inferrer = createInferrer({ name: topic.name });
  for (const line of topic.lines) inferrer.add(parseJsonTyped(line));
  inferrer.result();
};

const avscPipeline: Pipeline = (topic) => {
  const types = topic.lines.map((line) => avro.Type.forValue(JSON.parse(line) as object));
  avro.Type.forTypes(types, { wrapUnions: true });
};

/** Seconds for one pass of the pipeline over the topics, after a full GC (no garbage inherited from the previous pass). */
function pass(pipeline: Pipeline, topics: Topic[]): number {
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  for (const topic of topics) pipeline(topic);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Per topic, seconds of each round. */
interface TopicTimes {
  topic: Topic;
  parseSeconds: number[];
  scoutSeconds: number[];
}

/** Consecutive lines of about CHUNK_BYTES: the unit JSON.parse and the scout alternate on. */
const CHUNK_BYTES = 1e6;

function chunks(topic: Topic): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  topic.lines.forEach((line, i) => {
    bytes += line.length + 1;
    if (bytes >= CHUNK_BYTES || i === topic.lines.length - 1) {
      bounds.push([start, i + 1]);
      start = i + 1;
      bytes = 0;
    }
  });
  return bounds;
}

/** Nanoseconds to JSON.parse lines [start, end). */
function timeParse(lines: string[], start: number, end: number): bigint {
  const started = process.hrtime.bigint();
  for (let i = start; i < end; i++) JSON.parse(lines[i]!);
  return process.hrtime.bigint() - started;
}

/** Nanoseconds to add lines [start, end) to the inferrer. */
function timeScout(lines: string[], start: number, end: number, inferrer: SchemaInferrer): bigint {
  const started = process.hrtime.bigint();
  for (let i = start; i < end; i++) inferrer.add(parseJsonTyped(lines[i]!));
  return process.hrtime.bigint() - started;
}

/**
 * JSON.parse and the scout interleaved: each round, for each topic, chunk by chunk (~1 MB),
 * one then the other, alternating which goes first; the scout keeps one inferrer per topic
 * and round across the chunks, and its result() is timed too.
 */
function compare(topics: Topic[]): TopicTimes[] {
  const times = topics.map((topic) => ({ topic, bounds: chunks(topic), parseSeconds: [] as number[], scoutSeconds: [] as number[] }));
  let parseFirst = false;
  for (let round = 0; round < rounds; round++) {
    globalThis.gc?.();
    for (const entry of times) {
      const { lines, name } = entry.topic;
      const inferrer = createInferrer({ name });
      let parseNs = 0n;
      let scoutNs = 0n;
      for (const [start, end] of entry.bounds) {
        parseFirst = !parseFirst;
        if (parseFirst) parseNs += timeParse(lines, start, end);
        scoutNs += timeScout(lines, start, end, inferrer);
        if (!parseFirst) parseNs += timeParse(lines, start, end);
      }
      const started = process.hrtime.bigint();
      inferrer.result();
      scoutNs += process.hrtime.bigint() - started;
      entry.parseSeconds.push(Number(parseNs) / 1e9);
      entry.scoutSeconds.push(Number(scoutNs) / 1e9);
    }
  }
  return times;
}

/** Per round: the sum over `times`. */
const roundTotals = (times: TopicTimes[], side: 'parseSeconds' | 'scoutSeconds') =>
  Array.from({ length: rounds }, (_, round) => times.reduce((sum, entry) => sum + entry[side][round]!, 0));

/** scout throughput / JSON.parse throughput, per round. */
const roundRatios = (parseSeconds: number[], scoutSeconds: number[]) => parseSeconds.map((seconds, round) => seconds / scoutSeconds[round]!);

const ratio = (value: number) => `${value.toFixed(2)}×`;
const spread = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`;

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

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;

function main(): void {
  if (globalThis.gc === undefined) console.warn('run with --expose-gc: rounds do not start after a full GC');
  const corpus = loadCorpus();
  const full = replicate(corpus, targetMB);
  const slice = replicate(corpus, avscSliceMB);
  const warm = replicate(corpus, 2);
  for (const pipeline of [parseAlone, scout, avscPipeline]) pass(pipeline, warm);

  const times = compare(full);
  const mbOf = (topics: Topic[]) => topics.reduce((sum, topic) => sum + topic.bytes, 0) / 1e6;
  const messagesOf = (topics: Topic[]) => topics.reduce((sum, topic) => sum + topic.lines.length, 0);
  const parseSeconds = roundTotals(times, 'parseSeconds');
  const scoutSeconds = roundTotals(times, 'scoutSeconds');
  const ratios = roundRatios(parseSeconds, scoutSeconds);
  const totalMB = mbOf(full);
  const messages = messagesOf(full);
  const parseMBs = totalMB / median(parseSeconds);
  const scoutMBs = totalMB / median(scoutSeconds);
  const avscSeconds = pass(avscPipeline, slice);
  const avscMB = mbOf(slice);
  const avscMBs = avscMB / avscSeconds;

  console.log(
    `\nnode ${process.version}, corpus ${corpus.length} topics replicated to ${totalMB.toFixed(0)} MB (${messages} messages; avsc on ${avscMB.toFixed(0)} MB); ` +
      `${rounds} rounds of JSON.parse and scout interleaved by ~1 MB chunks\n`,
  );
  console.log('| pipeline | MB/s | messages/s | vs JSON.parse (median of rounds, min–max) |');
  console.log('| --- | ---: | ---: | ---: |');
  const row = (name: string, mbPerSecond: number, messagesPerSecond: number, vsParse: string) =>
    console.log(`| ${name} | ${mbPerSecond.toFixed(1)} | ${Math.round(messagesPerSecond).toLocaleString('en')} | ${vsParse} |`);
  row('JSON.parse alone', parseMBs, messages / median(parseSeconds), '1.00×');
  row('scout (parseJsonTyped + infer)', scoutMBs, messages / median(scoutSeconds), `${ratio(median(ratios))} (${spread(ratios)})`);
  row('avsc forValue + forTypes', avscMBs, messagesOf(slice) / avscSeconds, ratio(avscMBs / parseMBs));
  console.log(`\nscout / JSON.parse: ${ratio(median(ratios))} (median of ${rounds} rounds; min–max ${spread(ratios)}; target ≥ 0.5×)`);
  console.log(`scout / avsc pipeline: ${(scoutMBs / avscMBs).toFixed(1)}× (target ≥ 10×)\n`);

  console.log('| topic | MB | JSON.parse MB/s | scout MB/s | scout msgs/s | ratio (median) | min–max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const entry of times) {
    const one = [entry.topic];
    const scoutMedian = median(entry.scoutSeconds);
    const topicRatios = roundRatios(entry.parseSeconds, entry.scoutSeconds);
    console.log(
      `| ${entry.topic.name} | ${mbOf(one).toFixed(1)} | ${(mbOf(one) / median(entry.parseSeconds)).toFixed(1)} | ${(mbOf(one) / scoutMedian).toFixed(1)} | ` +
        `${Math.round(messagesOf(one) / scoutMedian).toLocaleString('en')} | ${ratio(median(topicRatios))} | ${spread(topicRatios)} |`,
    );
  }

  const memory = peakMemory(corpus, 1_000_000);
  console.log(
    `\n1,000,000 messages inferred in ${memory.seconds.toFixed(1)} s: peak RSS ${mib(memory.peakRss)} (before ${mib(memory.before.rss)}), ` +
      `peak heapUsed ${mib(memory.peakHeap)} (before ${mib(memory.before.heapUsed)})`,
  );
}

main();
