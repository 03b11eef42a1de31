import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, clusterDir } from '../catalog/layout';
import { clusterEntryNames, listCommittedTopics, readCommittedTopic, type CommittedTopic } from '../catalog/read';
import { checkWritable, treeFolder, writeTreeFile } from '../catalog/safe-fs';
import { formatTopicFile, mergeTopicFile, type PayloadFormat } from '../catalog/topic-file';
import type { Kafka } from 'kafkajs';
import { createKafka, type ConnectionOptions } from '../kafka/connect';
import { createInternalCluster, withLenientMetadata, type InternalCluster } from '../kafka/kafkajs-internals';
import { discoverTopics, type DiscoveredTopic } from '../kafka/discover';
import { sampleTopics, type SampleOptions, type TopicSample } from '../kafka/sample';
import { createTopicFilter, type TopicFilterOptions } from '../kafka/topic-filter';
import { formatSchema } from '../schema/avro';
import { checkSchemaSize } from '../catalog/schema-file';
import type { Logger } from '../util/log';
import { UsageError, errorMessage } from '../util/errors';
import { createSchemaRegistryClient, type RegisteredSchema, type SchemaRegistryClient, type SchemaRegistryOptions } from '../kafka/schema-registry';
import { decodeSample, inferTopicSchemas, scannedTopicFile, type SchemaNaming } from './topic-schemas';
import { recordClusterIdentity } from '../catalog/cluster-file';
import { topicEvidence, type PackedEvidence } from './topic-evidence';

export interface ScanOptions {
  connection: ConnectionOptions;
  cluster: string;
  /** Root of the committed layout (kafka-schemas). */
  dir: string;
  filter: TopicFilterOptions;
  sampling: SampleOptions;
  naming: SchemaNaming;
  /** With a registry, Confluent-framed topics use their registered Avro writer schemas. */
  schemaRegistry?: SchemaRegistryOptions;
  /** The cluster's DataHub identity, recorded in its cluster.json on first use (src/datahub/cluster-identity.ts). */
  datahub?: { platformInstance?: string; env?: string };
  /**
   * A dry run: nothing is written (no schema file, no cluster.json); the files each topic read
   * would have, relative to the cluster folder (`<topic>/value.avsc`), are put in this map instead.
   */
  dryRun?: Map<string, string>;
}

export type TopicStatus = 'new' | 'changed' | 'unchanged' | 'failed';

export interface TopicOutcome {
  topic: string;
  status: TopicStatus;
  /** Records read from the topic. */
  records: number;
  keyFormat?: PayloadFormat;
  valueFormat?: PayloadFormat;
  /** Files (relative to dir) whose content changed. */
  changedFiles: string[];
  warnings: string[];
  /** Near calls of inference: a path that looks keyed by data and the override that settles it. */
  notes?: string[];
  /** Sampled topics: what the sample was and per value field what it saw (counts only). */
  evidence?: PackedEvidence;
  error?: string;
}

export interface ScanReport {
  cluster: string;
  dir: string;
  topics: TopicOutcome[];
  /** Committed topics (passing the filter) that the cluster no longer has. */
  vanished: string[];
  /** Some topic failed: its files were left as committed. */
  partial: boolean;
  /** The scan wrote the cluster's cluster.json (its DataHub identity). */
  clusterFileWritten?: boolean;
  /** Where the time went (also a debug line): for `--verbose` and the benchmarks. */
  timings?: ScanTimings;
}

/**
 * Milliseconds per stage. Discovery and sampling are wall time; topics are handed over while
 * the next fetch is in flight, so the hand-over figures are summed over topics (CPU for decode
 * and inference, which is synchronous; overlapping waits for the files).
 */
export interface ScanTimings {
  /** Topic list, metadata and configs. */
  discoveryMs: number;
  /** Offsets and fetch, hand-over included. */
  samplingMs: number;
  readCommittedMs: number;
  inferMs: number;
  writeMs: number;
  /** Vanished topics and cluster.json, after the last topic. */
  finishMs: number;
}

const SIZE_REMEDY = 'make the deep part a map with an `overrides` entry in topic.json, or exclude the topic';

async function writeTopic(
  dir: string,
  cluster: string,
  discovered: DiscoveredTopic,
  sample: Extract<TopicSample, { ok: true }>,
  committed: CommittedTopic,
  naming: SchemaNaming,
  configError: string | undefined,
  registry: SchemaRegistryClient | undefined,
  timings: ScanTimings,
  dryRun: Map<string, string> | undefined,
): Promise<TopicOutcome> {
  let schemas;
  let inferStarted = performance.now();
  if (sample.records.length > 0) {
    const decoded = decodeSample(sample.records);
    timings.inferMs += performance.now() - inferStarted; // the synchronous work only: others may run during the await
    const registered = await fetchRegisteredSchemas(registry, [...decoded.keys.confluentSchemaIds, ...decoded.values.confluentSchemaIds]);
    inferStarted = performance.now();
    schemas = inferTopicSchemas(discovered.name, decoded, committed, naming, registered);
  }
  const files: Array<[string, string]> = [];
  if (schemas?.value !== undefined) files.push([VALUE_SCHEMA_FILE, formatSchema(schemas.value)]);
  if (schemas?.key !== undefined) files.push([KEY_SCHEMA_FILE, formatSchema(schemas.key)]);
  for (const [name, text] of files) checkSchemaSize(`the inferred ${name}`, text, SIZE_REMEDY); // before anything is written
  const measured = scannedTopicFile({ ...discovered, configs: configError === undefined ? discovered.configs : undefined }, schemas, committed.topicFile);
  const topicFile = mergeTopicFile(committed.topicFile, measured);
  files.push([TOPIC_FILE, formatTopicFile(topicFile)]);

  const committedText: Record<string, string | undefined> = {
    [VALUE_SCHEMA_FILE]: committed.valueText,
    [KEY_SCHEMA_FILE]: committed.keyText,
    [TOPIC_FILE]: committed.topicText,
  };
  const changed = files.filter(([name, content]) => committedText[name] !== content);
  const writeStarted = performance.now();
  timings.inferMs += writeStarted - inferStarted;
  if (dryRun) for (const [name, content] of files) dryRun.set(`${discovered.name}/${name}`, content);
  else if (changed.length > 0) {
    const folder = (await treeFolder(dir, [cluster, discovered.name], { create: true }))!;
    await Promise.all(changed.map(([name, content]) => writeTreeFile(folder, name, content, { text: committedText[name] })));
    timings.writeMs += performance.now() - writeStarted;
  }
  const changedFiles = changed.map(([name]) => join(cluster, discovered.name, name));
  const isNew = committed.topicFile === undefined && committed.value === undefined && committed.key === undefined;
  const warnings = [...(schemas?.warnings ?? [])];
  if (sample.truncatedByBytes) warnings.push('sample cut short by the byte budget per topic');
  if (configError !== undefined) warnings.push(`topic configs not read (${configError}); committed configs kept`);
  const status = isNew ? 'new' : changedFiles.length > 0 ? 'changed' : 'unchanged';
  return {
    topic: discovered.name,
    status,
    // Unchanged topics too: an edited scan branch is the prior, yet its pull request still shows them.
    ...(sample.records.length > 0 ? { evidence: topicEvidence(sample.records, schemas?.evidence ?? new Map()) } : {}),
    records: sample.records.length,
    keyFormat: topicFile.keyFormat,
    valueFormat: topicFile.valueFormat,
    changedFiles,
    warnings,
    notes: schemas?.notes ?? [],
  };
}

async function fetchRegisteredSchemas(registry: SchemaRegistryClient | undefined, ids: number[]): Promise<Map<number, RegisteredSchema>> {
  const registered = new Map<number, RegisteredSchema>();
  if (!registry) return registered;
  for (const id of ids.filter((id) => id >= 0)) registered.set(id, await registry.schemaById(id));
  return registered;
}

/**
 * The scan: discover → sample → infer (with the committed schema as prior) → write.
 * A topic that fails at any stage keeps its committed files untouched and is reported.
 */
export async function runScan(options: ScanOptions, logger: Logger): Promise<ScanReport> {
  clusterDir(options.dir, options.cluster); // validates the cluster name before any I/O
  // Once, before Kafka: a folder that cannot be written (or is a link) is one error, not one per topic.
  // A dry run creates nothing, not even the folder.
  if (!options.dryRun)
    await checkWritable(options.dir, [options.cluster]).catch((error: unknown) => {
      throw new UsageError(errorMessage(error), { cause: error });
    });
  const keep = createTopicFilter(options.filter);
  logger.debug(`V8 heap limit ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MiB`);
  const registry = options.schemaRegistry ? createSchemaRegistryClient(options.schemaRegistry) : undefined;
  const kafka = createKafka(options.connection, logger);
  // A cluster with an offline partition is still scanned: that topic fails alone.
  return withLenientMetadata(() => scanCluster(options, kafka, keep, registry, logger));
}

async function scanCluster(
  options: ScanOptions,
  kafka: Kafka,
  keep: (topic: string) => boolean,
  registry: SchemaRegistryClient | undefined,
  logger: Logger,
): Promise<ScanReport> {
  // One client for discovery and sampling: one connection per broker, metadata asked once.
  const cluster: InternalCluster = createInternalCluster(kafka);
  try {
    await cluster.connect();
  } catch (error) {
    throw new Error(`cannot connect to Kafka at ${options.connection.brokers.join(',')}: ${errorMessage(error)}`);
  }
  try {
    const timings: ScanTimings = { discoveryMs: 0, samplingMs: 0, readCommittedMs: 0, inferMs: 0, writeMs: 0, finishMs: 0 };
    const discoveryStarted = performance.now();
    const discovery = await discoverTopics(cluster, keep, logger, options.filter);
    timings.discoveryMs = performance.now() - discoveryStarted;
    logger.debug(`discovery: ${discovery.topics.length} topic(s) in ${Math.round(timings.discoveryMs)} ms`);
    void discovery.configs.then(() => logger.debug(`discovery: topic configs read after ${Math.round(performance.now() - discoveryStarted)} ms`));
    logger.info(`discovered ${discovery.topics.length} topic(s) in cluster ${options.cluster}`);
    const byName = new Map(discovery.topics.map((topic) => [topic.name, topic]));
    const present = await clusterEntryNames(options.dir, options.cluster);
    const outcomes: TopicOutcome[] = [];
    const fail = (topic: string, error: string, records = 0) => {
      logger.warn(`topic ${topic}: ${error}; its committed files are left as they are`);
      outcomes.push({ topic, status: 'failed', records, changedFiles: [], warnings: [], error });
    };
    const samplingStarted = performance.now();
    await sampleTopics(
      cluster,
      discovery.topics.map((topic) => topic.name),
      options.sampling,
      async (sample) => {
        if (!sample.ok) return fail(sample.topic, sample.error);
        try {
          // A new topic's handing over starts with CPU work, not behind the file writes of others.
          const readStarted = performance.now();
          const committed = present.has(sample.topic) ? await readCommittedTopic(options.dir, options.cluster, sample.topic) : { topic: sample.topic };
          timings.readCommittedMs += performance.now() - readStarted;
          // The configs were asked when sampling started; usually here long before the first topic.
          const configs = await discovery.configs;
          const outcome = await writeTopic(
            options.dir,
            options.cluster,
            { ...byName.get(sample.topic)!, configs: configs.values.get(sample.topic) ?? {} },
            sample,
            committed,
            options.naming,
            configs.errors.get(sample.topic),
            registry,
            timings,
            options.dryRun,
          );
          for (const warning of outcome.warnings) logger.warn(`topic ${sample.topic}: ${warning}`);
          for (const note of outcome.notes ?? []) logger.info(`topic ${sample.topic}: ${note}`);
          outcomes.push(outcome);
        } catch (error) {
          fail(sample.topic, errorMessage(error), sample.records.length);
        }
      },
      logger,
      options.connection.brokers,
    );
    await discovery.configs; // when no topic was handed over, still read before the client closes
    const finishStarted = performance.now();
    timings.samplingMs = finishStarted - samplingStarted;
    const committed = await listCommittedTopics(options.dir, options.cluster);
    const vanished = committed.topics.filter((topic) => keep(topic) && !byName.has(topic));
    // Those the cluster has failed above; the others are named here, not taken for vanished topics.
    for (const { topic, error } of committed.refused) if (keep(topic) && !byName.has(topic)) logger.warn(`${error}; not read`);
    outcomes.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
    // A broken cluster.json costs the scan nothing but a warning: its topics are written already.
    const identity = options.dryRun
      ? { written: false, warnings: [] }
      : await recordClusterIdentity(options.dir, options.cluster, options.datahub ?? {}).catch((error: unknown) => ({
          written: false,
          warnings: [`cluster.json not checked: ${errorMessage(error)}`],
        }));
    for (const warning of identity.warnings) logger.warn(`cluster ${options.cluster}: ${warning}`);
    timings.finishMs = performance.now() - finishStarted;
    logger.debug(
      `timings (ms): ${(Object.entries(timings) as Array<[string, number]>).map(([stage, ms]) => `${stage.replace(/Ms$/, '')} ${Math.round(ms)}`).join(', ')}`,
    );
    return {
      cluster: options.cluster,
      dir: options.dir,
      topics: outcomes,
      vanished,
      partial: outcomes.some((outcome) => outcome.status === 'failed'),
      ...(identity.written ? { clusterFileWritten: true } : {}),
      timings,
    };
  } finally {
    await cluster.disconnect().catch((error: unknown) => logger.debug(`Kafka disconnect: ${errorMessage(error)}`));
  }
}
