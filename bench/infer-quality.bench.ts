/**
 * Inference quality on data of the shapes of issue 14 (data-keyed objects, catalogues) and on
 * records that must stay records. Run (from the repository root):
 *   npm run bench:infer-quality        (optional data sets: see DATA_ROOTS below)
 * Per data set: messages, schema size (formatted .avsc), records and maps in it, field names
 * that come from data keys, and held-out conformance: the schema inferred from the first half
 * of the messages, the share of the second half that fits it (keys it does not describe ignored).
 * browser-compat-data's halves in the data's order put whole categories in one half only (all of
 * `webextensions`, whose compat records have no `status`, in the second), so it is also split
 * in halves after a seeded shuffle, and read the way a scan reads a topic: its messages produced
 * in the data's order, keyed by feature path, to 6 partitions (kafkajs's default partitioner),
 * the schema inferred from the latest 100 of each partition (the scan's default), and the share
 * of the other messages that fits it.
 * Public data sets are read when their npm packages are installed under one of DATA_ROOTS
 * (colon-separated node_modules folders; default: ./node_modules and .cache/datasets/node_modules):
 * @mdn/browser-compat-data, @octokit/webhooks-examples; @octokit/openapi is a dev dependency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Partitioners } from 'kafkajs';
import { createInferrer } from '../src/infer/index';
import { keyClass } from '../src/infer/formats';
import type { JsonValue } from '../src/json/value';
import { formatSchema, type AvroSchema } from '../src/schema/avro';
import { conformingShare } from '../test/support/conforms';
import { isArray } from '../test/support/json';
import {
  browserCompatFeatureNames,
  browserCompatFeatures,
  catalogue,
  compatCatalogue,
  corpusTopic,
  corpusTopics,
  emailScores,
  gists,
  hostLag,
  isCompatFeatureName,
  isFeatureName,
  nestedCatalogue,
  packageFile,
  pathsAndUrls,
  prefixedIds,
  seeded,
  webhookExamples,
} from '../test/support/datasets';

const roots = (process.env.DATA_ROOTS ?? `${join(process.cwd(), 'node_modules')}:${join(process.cwd(), '.cache/datasets/node_modules')}`).split(':');

interface DataSet {
  name: string;
  values: () => JsonValue[];
  /** Keys that are data in this set (beyond what keyClass recognizes). */
  dataKey?: (key: string) => boolean;
  /** The messages inferred from and the messages held out (default: the first half and the second). */
  split?: (values: JsonValue[]) => [JsonValue[], JsonValue[]];
}

const sets: DataSet[] = [
  { name: 'e-mail scores (3 of 50 users)', values: () => emailScores(2000) },
  { name: 'lag by host name', values: () => hostLag(2000) },
  { name: 'sku_42 / user-123', values: () => prefixedIds(2000) },
  { name: 'paths and URLs', values: () => pathsAndUrls(2000) },
  { name: 'gists (files by name)', values: () => gists(2000) },
  { name: 'catalogue (siblings)', values: () => catalogue(2000), dataKey: isFeatureName },
  { name: 'catalogue (features: {...})', values: () => nestedCatalogue(2000), dataKey: isFeatureName },
  { name: 'catalogue (compat-shaped, 1 in 300 nodes without `__compat`)', values: () => compatCatalogue(3000), dataKey: isCompatFeatureName },
];
const bcd = packageFile(roots, '@mdn/browser-compat-data/data.json');
if (bcd !== undefined) {
  const features = browserCompatFeatures(bcd);
  const values = features.map((feature) => feature.value);
  // Feature names that are also names inside `__compat` (`status`, `flags`, `type`...) are not counted.
  const featureNames = browserCompatFeatureNames(values);
  const dataKey = (key: string) => featureNames.has(key);
  sets.push({ name: 'MDN browser-compat-data (halves in category order)', values: () => values, dataKey });
  sets.push({ name: 'MDN browser-compat-data (halves, shuffled)', values: () => values, dataKey, split: () => shuffledHalves(values, 1) });
  sets.push({ name: 'MDN browser-compat-data (scan: latest 100 of 6 partitions)', values: () => values, dataKey, split: () => scanSplit(features, 6, 100) });
}
const webhooks = packageFile(roots, '@octokit/webhooks-examples/api.github.com/index.json');
if (webhooks !== undefined) sets.push({ name: 'GitHub webhooks (examples)', values: () => webhookExamples(webhooks) });
const openapi = ['api.github.com', 'ghec', 'ghes-3.17', 'ghes-3.18', 'ghes-3.19'].map((doc) => packageFile(roots, `@octokit/openapi/generated/${doc}.json`));
if (openapi.every((file) => file !== undefined)) {
  sets.push({ name: "GitHub's OpenAPI docs (5)", values: () => openapi.map((file) => JSON.parse(readFileSync(file, 'utf8')) as JsonValue) });
}
for (const topic of corpusTopics()) sets.push({ name: `corpus ${topic}`, values: () => corpusTopic(topic) });

/** The messages in a seeded random order, cut in halves. */
function shuffledHalves(values: JsonValue[], seed: number): [JsonValue[], JsonValue[]] {
  const random = seeded(seed);
  const shuffled = values
    .map((value) => ({ value, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.value);
  const half = Math.ceil(shuffled.length / 2);
  return [shuffled.slice(0, half), shuffled.slice(half)];
}

/** The latest `perPartition` messages of each of `partitions` (keyed, in order, by kafkajs's default partitioner), and the rest. */
function scanSplit(messages: Array<{ key: string; value: JsonValue }>, partitions: number, perPartition: number): [JsonValue[], JsonValue[]] {
  const partitioner = Partitioners.DefaultPartitioner();
  const partitionMetadata = Array.from({ length: partitions }, (_, partitionId) => ({
    partitionErrorCode: 0,
    partitionId,
    leader: 0,
    replicas: [0],
    isr: [0],
  }));
  const logs: JsonValue[][] = Array.from({ length: partitions }, () => []);
  for (const { key, value } of messages) logs[partitioner({ topic: 'bcd', partitionMetadata, message: { key, value: '' } })]!.push(value);
  const sample = logs.flatMap((log) => log.slice(-perPartition));
  const rest = logs.flatMap((log) => log.slice(0, -perPartition));
  return [sample, rest];
}

function infer(name: string, values: readonly JsonValue[]): AvroSchema {
  const inferrer = createInferrer({ name });
  for (const value of values) inferrer.add(value);
  return inferrer.result();
}

interface Counts {
  records: number;
  maps: number;
  fields: number;
  dataFields: number;
}

function count(schema: AvroSchema, dataKey: (key: string) => boolean): Counts {
  const counts: Counts = { records: 0, maps: 0, fields: 0, dataFields: 0 };
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      const type = (node as Record<string, unknown>).type;
      if (type === 'record') {
        counts.records++;
        for (const field of (node as { fields: Array<{ name: string; originalName?: string; type: unknown }> }).fields) {
          counts.fields++;
          const key = field.originalName ?? field.name;
          if (keyClass(key) !== undefined || dataKey(key)) counts.dataFields++;
          stack.push(field.type);
        }
      } else if (type === 'map') {
        counts.maps++;
        stack.push((node as { values: unknown }).values);
      } else if (type === 'array') stack.push((node as { items: unknown }).items);
      else if (typeof type === 'object') stack.push(type);
    }
  }
  return counts;
}

const kb = (bytes: number) => (bytes >= 10_000 ? `${Math.round(bytes / 1000)} kB` : `${(bytes / 1000).toFixed(1)} kB`);
console.log('| data set | messages | schema | records | maps | fields | data-key fields | held-out fit | infer ms |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const set of sets) {
  const values = set.values();
  const started = performance.now();
  const schema = infer('topic', values);
  const ms = performance.now() - started;
  const text = formatSchema(schema);
  const counts = count(schema, set.dataKey ?? (() => false));
  const half = Math.ceil(values.length / 2);
  const [inferred, held] = set.split?.(values) ?? [values.slice(0, half), values.slice(half)];
  const fit = conformingShare(infer('topic', inferred), held);
  console.log(
    `| ${set.name} | ${values.length} | ${kb(text.length)} | ${counts.records} | ${counts.maps} | ${counts.fields} | ${counts.dataFields} | ${(fit * 100).toFixed(1)}% | ${ms.toFixed(0)} |`,
  );
}
