import { readdir } from 'node:fs/promises';
import { writeFileAtomic } from '../catalog/atomic-write';
import { isValidTopicName } from '../catalog/layout';
import { listCommittedTopics, readCommittedTopic } from '../catalog/read';
import { UsageError, errorMessage } from '../util/errors';
import { redactUrl } from '../util/url';
import type { Logger } from '../util/log';
import { version } from '../version';
import { removedTopicAspects, topicAspects, type TopicAspects } from './aspects';
import { checkDataHubAvroSchema } from './avro-model';
import type { OwnerMapping } from './topic-metadata';
import { compareWithDataHub, listKafkaDatasetUrns, type Drift } from './list-datasets';
import { formatProposalFile, topicProposals, type Proposal, type SystemMetadata } from './proposals';
import { DataHubRestEmitter, type RestEmitterOptions } from './rest-emitter';

export interface EmitOptions {
  /** The committed layout's root. Default `kafka-schemas`. */
  dir?: string;
  /** One cluster folder; all clusters under `dir` when omitted. */
  cluster?: string;
  /** GMS URL; required unless `out` is given. */
  gms?: string;
  token?: string;
  /** DataHub fabric; default PROD. */
  env?: string;
  platformInstance?: string;
  /** Write the proposals to this file (DataHub's MCP file format) instead of sending them. */
  out?: string;
  /** Only these topics (`topic` or `cluster/topic`); default all committed topics. */
  topics?: string[];
  /** Topics whose folders were deleted: soft-deleted in DataHub. */
  deletedTopics?: string[];
  /** Emit every committed topic (ignores `topics`) and report drift against DataHub. */
  full?: boolean;
  /** How GitHub owners (`@login`, `@org/team`) in topic.json become DataHub URNs. */
  ownerMapping?: OwnerMapping;
  /** Tuning of the REST client (tests, benchmarks). */
  rest?: Partial<Omit<RestEmitterOptions, 'gms' | 'token' | 'logger'>>;
  /** For reproducible output (tests); default now. */
  now?: () => number;
}

export type TopicStatus = 'sent' | 'written' | 'removed' | 'failed';

export interface TopicEmitResult {
  cluster?: string;
  topic: string;
  urn?: string;
  status: TopicStatus;
  reason?: string;
  warnings: string[];
}

export interface EmitReport {
  mode: 'rest' | 'file';
  target: string;
  topics: TopicEmitResult[];
  proposals: number;
  requests: number;
  bytes: number;
  /** Present when DataHub's Kafka datasets could be listed (sending with `full`, or always when sending). */
  drift?: Drift;
  /** True when some topic failed: exit code 3. */
  partial: boolean;
}

async function clusterNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`schema directory ${dir} does not exist`);
    throw error;
  }
}

/** Whether `selector` (`topic` or `cluster/topic`) names this topic. */
function selects(selector: string, cluster: string, topic: string): boolean {
  return selector === topic || selector === `${cluster}/${topic}`;
}

function systemMetadata(now: number): SystemMetadata {
  return {
    lastObserved: now,
    runId: `kafka-schema-scout-${new Date(now).toISOString().replace(/[:.]/g, '-')}`,
    properties: { clientId: 'kafka-schema-scout', clientVersion: version },
  };
}

interface Planned {
  result: TopicEmitResult;
  proposals: Proposal[];
  removal: boolean;
}

/**
 * Turns the committed layout into DataHub proposals and sends them to GMS (or writes them to
 * `out`). Fatal problems (not DataHub, bad options) throw; per-topic problems are in the report.
 */
export async function runEmit(options: EmitOptions, logger: Logger): Promise<EmitReport> {
  const dir = options.dir ?? 'kafka-schemas';
  const env = options.env ?? 'PROD';
  const settings = options.platformInstance ? { env, platformInstance: options.platformInstance } : { env };
  if (!options.gms && !options.out) throw new UsageError('emit needs --gms <url> (send to DataHub) or --out <file> (write the proposals)');
  if (!/^[A-Z0-9_]+$/i.test(env)) throw new UsageError(`invalid env ${JSON.stringify(env)}`);
  const now = options.now ?? Date.now;
  const metadata = systemMetadata(now());

  const clusters = options.cluster ? [options.cluster] : await clusterNames(dir);
  const subset = options.full ? undefined : options.topics;
  const planned: Planned[] = [];
  const seenUrns = new Map<string, string>();

  for (const cluster of clusters) {
    const { topics, invalid } = await listCommittedTopics(dir, cluster);
    for (const name of invalid) logger.warn(`${dir}/${cluster}/${name}: not a valid topic name, skipped`);
    for (const topic of topics) {
      if (subset && !subset.some((s) => selects(s, cluster, topic))) continue;
      const result: TopicEmitResult = { cluster, topic, status: 'failed', warnings: [] };
      let aspects: TopicAspects;
      try {
        // Schemas are read as DataHub's source reads them, not with the scan's stricter checks.
        const committed = await readCommittedTopic(dir, cluster, topic, { checkSchema: (_schema, text) => checkDataHubAvroSchema(text) });
        aspects = topicAspects(committed, settings, { ownerMapping: options.ownerMapping });
      } catch (error) {
        result.reason = errorMessage(error);
        planned.push({ result, proposals: [], removal: false });
        continue;
      }
      result.urn = aspects.urn;
      result.warnings.push(...aspects.warnings);
      const other = seenUrns.get(aspects.urn);
      if (other) result.warnings.push(`same DataHub dataset as ${other}: set a platform instance per cluster`);
      seenUrns.set(aspects.urn, `${cluster}/${topic}`);
      planned.push({ result, proposals: topicProposals(aspects, metadata), removal: false });
    }
  }
  for (const deleted of options.deletedTopics ?? []) {
    const topic = deleted.includes('/') ? deleted.slice(deleted.lastIndexOf('/') + 1) : deleted;
    const cluster = deleted.includes('/') ? deleted.slice(0, deleted.lastIndexOf('/')) : undefined;
    if (!isValidTopicName(topic)) {
      logger.warn(`deleted topic ${JSON.stringify(deleted)} is not a valid topic name, skipped`);
      continue;
    }
    const aspects = removedTopicAspects(topic, settings);
    const result: TopicEmitResult = { topic, urn: aspects.urn, status: 'failed', warnings: [] };
    if (cluster) result.cluster = cluster;
    planned.push({ result, proposals: topicProposals(aspects, metadata), removal: true });
  }

  for (const { result } of planned) {
    for (const warning of result.warnings) logger.warn(`${result.cluster ? `${result.cluster}/` : ''}${result.topic}: ${warning}`);
  }
  const sendable = planned.filter((p) => p.proposals.length > 0);
  const proposalCount = sendable.reduce((sum, p) => sum + p.proposals.length, 0);

  if (options.out) {
    const content = formatProposalFile(sendable.flatMap((p) => p.proposals));
    await writeFileAtomic(options.out, content);
    for (const p of sendable) p.result.status = p.removal ? 'removed' : 'written';
    logger.info(`wrote ${proposalCount} proposal(s) for ${sendable.length} topic(s) to ${options.out}`);
    return report('file', options.out, planned, proposalCount, 0, Buffer.byteLength(content));
  }

  const emitter = new DataHubRestEmitter({ gms: options.gms!, token: options.token, logger, ...options.rest });
  try {
    const config = await emitter.checkServer();
    logger.info(`DataHub GMS ${config.version ?? '(version unknown)'} at ${redactUrl(options.gms!)}`);
    const keyOf = (p: Planned) => `${p.result.cluster ?? ''}/${p.result.topic}/${p.result.urn}`;
    const sent = await emitter.send(sendable.map((p) => ({ key: keyOf(p), proposals: p.proposals })));
    for (const p of sendable) {
      const failure = sent.failed.get(keyOf(p));
      if (failure) p.result.reason = failure;
      else p.result.status = p.removal ? 'removed' : 'sent';
    }
    let drift: Drift | undefined;
    try {
      const urns = await listKafkaDatasetUrns(emitter);
      const committed = planned.filter((p) => !p.removal).map((p) => p.result.topic);
      if (!subset) {
        drift = compareWithDataHub(committed, urns, settings);
        if (drift.missingInDataHub.length) logger.warn(`in the repository but not in DataHub: ${drift.missingInDataHub.join(', ')}`);
        if (drift.missingInRepository.length) logger.warn(`in DataHub but not in the repository: ${drift.missingInRepository.join(', ')}`);
      }
    } catch (error) {
      logger.warn(`could not list DataHub's Kafka datasets: ${errorMessage(error)}`);
    }
    const result = report('rest', redactUrl(options.gms!), planned, proposalCount, emitter.requestCount, emitter.bytesSent);
    if (drift) result.drift = drift;
    return result;
  } finally {
    await emitter.close();
  }
}

function report(mode: 'rest' | 'file', target: string, planned: Planned[], proposals: number, requests: number, bytes: number): EmitReport {
  const topics = planned.map((p) => p.result);
  return { mode, target, topics, proposals, requests, bytes, partial: topics.some((t) => t.status === 'failed') };
}
