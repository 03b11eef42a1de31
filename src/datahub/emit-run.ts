import { writeFileAtomic } from '../catalog/atomic-write';
import { isValidTopicName } from '../catalog/layout';
import { CatalogFileError, listCommittedTopics, readCommittedTopic } from '../catalog/read';
import { listTreeFolder, treeFolder } from '../catalog/safe-fs';
import { UsageError, errorMessage } from '../util/errors';
import { redactUrl } from '../util/url';
import type { Logger } from '../util/log';
import { version } from '../util/version';
import { removedTopicAspects, topicAspects, type DatasetSettings, type PullRequestLink, type TopicAspects, type TopicLinks } from './aspects';
import { checkDataHubAvroSchema } from './avro-model';
import { CLUSTER_FILE, checkIdentity, readClusterIdentity, resolveIdentity } from '../catalog/cluster-file';
import type { OwnerMapping } from './topic-metadata';
import { datasetUrn } from './urn';
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
  /** Links from each dataset back to its folder and pull request (institutionalMemory). */
  links?: EmitLinks;
  /** Tuning of the REST client (tests, benchmarks). */
  rest?: Partial<Omit<RestEmitterOptions, 'gms' | 'token' | 'logger'>>;
  /** For reproducible output (tests); default now. */
  now?: () => number;
}

export interface EmitLinks {
  /** Web URL of the schema directory on the default branch, e.g. https://github.com/o/r/tree/main/kafka-schemas */
  treeUrl: string;
  /**
   * What last changed a topic: its pull request (null: not a pull request) and when (ms). Undefined
   * when unknown: then the topic's institutionalMemory is not sent and DataHub keeps its links.
   */
  lastChange: (cluster: string, topic: string) => { pullRequest: PullRequestLink | null; time?: number } | undefined;
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
  /** Problems of the schema tree that are no single topic's (a cluster folder that is a link), each naming its path. */
  errors: string[];
  proposals: number;
  requests: number;
  bytes: number;
  /** Present when DataHub's Kafka datasets could be listed (sending with `full`, or always when sending). */
  drift?: Drift;
  /** True when some topic failed or there are errors: exit code 3. */
  partial: boolean;
}

/** The cluster folders under the schema directory; anything there but a regular file is taken for one (a link fails when read). */
async function clusterNames(dir: string): Promise<string[]> {
  const root = await treeFolder(dir, []);
  if (root === undefined) throw new UsageError(`schema directory ${dir} does not exist`);
  const entries = await listTreeFolder(root);
  return entries
    .filter((e) => !e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
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

function topicLinks(links: EmitLinks | undefined, cluster: string, topic: string): TopicLinks | undefined {
  const change = links?.lastChange(cluster, topic);
  if (!links || !change) return undefined;
  const folderUrl = `${links.treeUrl.replace(/\/+$/, '')}/${encodeURIComponent(cluster)}/${encodeURIComponent(topic)}`;
  return { folderUrl, pullRequest: change.pullRequest, changedAt: change.time ?? 0 };
}

type Identity = { settings: DatasetSettings; warnings: string[] } | { error: unknown };

async function clusterIdentities(
  dir: string,
  clusters: string[],
  flags: DatasetSettings,
  given: { env: boolean; platformInstance: boolean },
): Promise<Map<string, Identity>> {
  const identities = new Map<string, Identity>();
  for (const cluster of clusters) {
    try {
      const warnings: string[] = [];
      identities.set(cluster, { settings: resolveIdentity(await readClusterIdentity(dir, cluster), flags, given, warnings), warnings });
    } catch (error) {
      identities.set(cluster, { error });
    }
  }
  return identities;
}

/** The committed folders (`cluster/topic`) of each dataset URN, over every cluster whose identity is known. */
async function foldersByUrn(dir: string, identities: Map<string, Identity>): Promise<Map<string, Set<string>>> {
  const folders = new Map<string, Set<string>>();
  for (const [cluster, identity] of identities) {
    if ('error' in identity) continue;
    const listing = await listCommittedTopics(dir, cluster).catch((error: unknown) => {
      if (error instanceof CatalogFileError) return undefined; // reported where the cluster is emitted
      throw error;
    });
    for (const topic of listing?.topics ?? []) {
      const urn = datasetUrn(topic, identity.settings.env, identity.settings.platformInstance);
      (folders.get(urn) ?? folders.set(urn, new Set()).get(urn)!).add(`${cluster}/${topic}`);
    }
  }
  return folders;
}

/**
 * Two folders with one dataset URN would overwrite each other in DataHub: each such topic fails,
 * naming the other folder(s), and nothing is sent for it.
 */
function refuseSharedUrns(planned: Planned[], folders: Map<string, Set<string>>): void {
  for (const p of planned) {
    const shared = p.result.urn === undefined ? undefined : folders.get(p.result.urn);
    if (!shared || shared.size < 2) continue;
    const self = p.result.cluster ? `${p.result.cluster}/${p.result.topic}` : p.result.topic;
    const others = [...shared].filter((folder) => folder !== self).sort();
    p.result.reason = `the same DataHub dataset ${p.result.urn} as ${others.join(', ')}: nothing sent; give each cluster its own platform instance in its ${CLUSTER_FILE}`;
    p.proposals = [];
  }
}

/**
 * Turns the committed layout into DataHub proposals and sends them to GMS (or writes them to
 * `out`). Fatal problems (not DataHub, bad options) throw; per-topic problems are in the report.
 */
export async function runEmit(options: EmitOptions, logger: Logger): Promise<EmitReport> {
  const dir = options.dir ?? 'kafka-schemas';
  const env = options.env ?? 'PROD';
  const flags: DatasetSettings = options.platformInstance ? { env, platformInstance: options.platformInstance } : { env };
  if (!options.gms && !options.out) throw new UsageError('emit needs --gms <url> (send to DataHub) or --out <file> (write the proposals)');
  checkIdentity({ env, platformInstance: options.platformInstance }, { env: 'env', platformInstance: 'platform instance' });
  const now = options.now ?? Date.now;
  const metadata = systemMetadata(now());

  const clusters = options.cluster ? [options.cluster] : await clusterNames(dir);
  const subset = options.full ? undefined : options.topics;
  const planned: Planned[] = [];
  const errors: string[] = [];
  // Every cluster's identity and topic URNs, also of clusters not emitted now: a URN two folders share is refused.
  const identities = await clusterIdentities(dir, options.cluster ? await clusterNames(dir).catch(() => clusters) : clusters, flags, {
    env: options.env !== undefined,
    platformInstance: options.platformInstance !== undefined,
  });
  const folders = await foldersByUrn(dir, identities);
  const committedUrns = [...folders].filter(([, names]) => [...names].some((name) => clusters.includes(name.slice(0, name.indexOf('/'))))).map(([urn]) => urn);

  for (const cluster of clusters) {
    let listing;
    try {
      listing = await listCommittedTopics(dir, cluster);
    } catch (error) {
      if (!(error instanceof CatalogFileError)) throw error;
      errors.push(error.message); // e.g. a cluster folder that is a link: reported, not skipped
      continue;
    }
    for (const name of listing.invalid) logger.warn(`${dir}/${cluster}/${name}: not a valid topic name, skipped`);
    const identity = identities.get(cluster)!;
    if (!('error' in identity)) for (const warning of identity.warnings) logger.warn(`${dir}/${cluster}: ${warning}`);
    // A topic name that is a link (or a pipe…) is read like the others: it fails by its path.
    for (const topic of [...listing.topics, ...listing.refused.map((entry) => entry.topic)].sort()) {
      if (subset && !subset.some((s) => selects(s, cluster, topic))) continue;
      const result: TopicEmitResult = { cluster, topic, status: 'failed', warnings: [] };
      let aspects: TopicAspects;
      try {
        if ('error' in identity) throw identity.error;
        // Schemas are read as DataHub's source reads them, not with the scan's stricter checks.
        const committed = await readCommittedTopic(dir, cluster, topic, { checkSchema: (_schema, text) => checkDataHubAvroSchema(text) });
        aspects = topicAspects(committed, identity.settings, { ownerMapping: options.ownerMapping, links: topicLinks(options.links, cluster, topic) });
      } catch (error) {
        result.reason = errorMessage(error);
        planned.push({ result, proposals: [], removal: false });
        continue;
      }
      result.urn = aspects.urn;
      result.warnings.push(...aspects.warnings);
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
    // A deleted topic's cluster still has its cluster.json, unless the whole cluster folder went: then the flags.
    const identity = cluster === undefined ? undefined : identities.get(cluster);
    const result: TopicEmitResult = { topic, status: 'failed', warnings: [] };
    if (cluster) result.cluster = cluster;
    if (identity && 'error' in identity) {
      result.reason = errorMessage(identity.error);
      planned.push({ result, proposals: [], removal: true });
      continue;
    }
    const aspects = removedTopicAspects(topic, identity?.settings ?? flags);
    result.urn = aspects.urn;
    (folders.get(aspects.urn) ?? folders.set(aspects.urn, new Set()).get(aspects.urn)!).add(deleted);
    planned.push({ result, proposals: topicProposals(aspects, metadata), removal: true });
  }
  refuseSharedUrns(planned, folders);

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
    return report('file', options.out, planned, errors, proposalCount, 0, Buffer.byteLength(content));
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
      if (!subset) {
        // The emitted clusters' committed topics, in the envs and platform instances they use.
        const scopes = clusters.flatMap((cluster) => {
          const identity = identities.get(cluster)!;
          return 'error' in identity ? [] : [identity.settings];
        });
        drift = compareWithDataHub(committedUrns, urns, scopes);
        if (drift.missingInDataHub.length) logger.warn(`in the repository but not in DataHub: ${drift.missingInDataHub.join(', ')}`);
        if (drift.missingInRepository.length) logger.warn(`in DataHub but not in the repository: ${drift.missingInRepository.join(', ')}`);
      }
    } catch (error) {
      logger.warn(`could not list DataHub's Kafka datasets: ${errorMessage(error)}`);
    }
    const result = report('rest', redactUrl(options.gms!), planned, errors, proposalCount, emitter.requestCount, emitter.bytesSent);
    if (drift) result.drift = drift;
    return result;
  } finally {
    await emitter.close();
  }
}

function report(mode: 'rest' | 'file', target: string, planned: Planned[], errors: string[], proposals: number, requests: number, bytes: number): EmitReport {
  const topics = planned.map((p) => p.result);
  return { mode, target, topics, errors, proposals, requests, bytes, partial: errors.length > 0 || topics.some((t) => t.status === 'failed') };
}
