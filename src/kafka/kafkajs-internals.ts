import { AsyncLocalStorage } from 'node:async_hooks';
import type { IHeaders, Kafka } from 'kafkajs';
import kafkajsPackage from 'kafkajs/package.json' with { type: 'json' };
import filterAbortedMessages from 'kafkajs/src/consumer/filterAbortedMessages.js';
import metadataRequests from 'kafkajs/src/protocol/requests/metadata/index.js';
import metadataV0 from 'kafkajs/src/protocol/requests/metadata/v0/response.js';
import metadataV1 from 'kafkajs/src/protocol/requests/metadata/v1/response.js';
import metadataV2 from 'kafkajs/src/protocol/requests/metadata/v2/response.js';
import metadataV3 from 'kafkajs/src/protocol/requests/metadata/v3/response.js';
import metadataV4 from 'kafkajs/src/protocol/requests/metadata/v4/response.js';
import metadataV5 from 'kafkajs/src/protocol/requests/metadata/v5/response.js';
import metadataV6 from 'kafkajs/src/protocol/requests/metadata/v6/response.js';
import Broker from 'kafkajs/src/broker/index.js';
import ConnectionPool from 'kafkajs/src/network/connectionPool.js';
import fetchRequests from 'kafkajs/src/protocol/requests/fetch/index.js';
import decodeMessages from 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js';
import KafkajsDecoder from 'kafkajs/src/protocol/decoder.js';
import { decodeFetchResponse } from './fetch-response';

/**
 * The one module that knows kafkajs's private parts. kafkajs has no public API to read a
 * partition by offset without a consumer group, to ask many topics' offsets in one request, or
 * to see a cluster with an offline partition; 2.2.4 is the final release of an unmaintained
 * library, pinned exactly in package.json. What the scan uses of it:
 * - the Cluster a Kafka instance creates behind a private symbol, eight of its methods and the
 *   metadata its broker pool holds (the scan's one client: discovery and sampling share it);
 * - Broker#fetch, #listOffsets and #describeConfigs, their request and response shapes;
 * - for Fetch: a broker's lookupRequest, its private send, the Fetch request versions and the
 *   decoder of old message formats (the scan's brokers read record batches themselves);
 * - the broker's ConnectionPool, told to send every request on its first connection;
 * - the consumer's filter of aborted transactions;
 * - the Metadata response parsers v0–v6 (made lenient about offline partitions, for the scan's
 *   own calls only);
 * - the names kafkajs gives its errors.
 * `checkKafkajsInternals` verifies all of it at start-up, so a different kafkajs fails with one
 * clear error instead of somewhere inside a scan; test/unit/kafka/kafkajs-internals.test.ts fails
 * on any drift.
 */

export const REQUIRED_KAFKAJS_VERSION = '2.2.4';

export interface InternalCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Node ids of the brokers the loaded metadata names. */
  getNodeIds(): string[];
  refreshMetadata(): Promise<void>;
  addMultipleTargetTopics(topics: string[]): Promise<void>;
  findTopicPartitionMetadata(topic: string): Array<{ partitionId: number; leader?: number | null }>;
  findBroker(target: { nodeId: string }): Promise<InternalBroker>;
  fetchTopicsOffset(
    topics: Array<{ topic: string; fromBeginning: boolean; partitions: Array<{ partition: number }> }>,
  ): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
}

const CLUSTER_METHODS: ReadonlyArray<keyof InternalCluster> = [
  'connect',
  'disconnect',
  'getNodeIds',
  'refreshMetadata',
  'addMultipleTargetTopics',
  'findTopicPartitionMetadata',
  'findBroker',
  'fetchTopicsOffset',
];

export interface InternalBroker {
  /** host:port */
  readonly brokerAddress: string;
  fetch(request: {
    isolationLevel: number;
    maxWaitTime: number;
    minBytes: number;
    maxBytes: number;
    topics: Array<{ topic: string; partitions: Array<{ partition: number; fetchOffset: string; maxBytes: number }> }>;
  }): Promise<FetchResponse>;
  /** Throws the first partition error of the response (kafkajs names neither topic nor partition). */
  listOffsets(request: {
    isolationLevel: number;
    topics: Array<{ topic: string; partitions: Array<{ partition: number; timestamp: number }> }>;
  }): Promise<{ responses: Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }> }>;
  /** Throws the first resource error of the response (kafkajs names no resource). */
  describeConfigs(request: { resources: Array<{ type: number; name: string; configNames: string[] }>; includeSynonyms: boolean }): Promise<{
    resources: Array<{ resourceName: string; configEntries: Array<{ configName: string; configValue: string | null }> }>;
  }>;
}

const BROKER_METHODS = ['fetch', 'listOffsets', 'describeConfigs'] as const;
const CONNECTION_POOL_METHODS = ['getConnection', 'getConnectionByRequest'] as const;

/** ListOffsets timestamps that ask for the earliest available and the latest (stable) offset. */
export const EARLIEST_OFFSET = -2;
export const LATEST_OFFSET = -1;

export interface FetchResponse {
  responses: Array<{ topicName: string; partitions: FetchedPartition[] }>;
}

export interface FetchedPartition {
  partition: number;
  abortedTransactions?: Array<{ producerId: string; firstOffset: string }>;
  /** Every record of the complete record batches returned, control records and aborted ones included. */
  messages: FetchedMessage[];
}

export interface FetchedMessage {
  offset: string;
  /** Milliseconds since the epoch (the batch's first timestamp plus the record's delta), as text. */
  timestamp?: string;
  key: Buffer | null;
  value: Buffer | null;
  headers?: IHeaders;
  isControlRecord?: boolean;
  batchContext: { producerId: string; inTransaction: boolean };
}

/** Whether a partition's metadata names a leader (none: -1, or absent, while offline or during an election). */
export function hasLeader(leader: number | null | undefined): leader is number {
  return leader !== undefined && leader !== null && leader >= 0;
}

/** Fetch and ListOffsets isolation: only committed records; the end offset is the last stable offset. */
export const READ_COMMITTED = 1;

const CREATE_CLUSTER = 'private:Kafka:createCluster';

function clusterFactory(kafka: Kafka): ((options: object) => unknown) | undefined {
  const symbol = Object.getOwnPropertySymbols(kafka).find((s) => s.description === CREATE_CLUSTER);
  const create = symbol ? (kafka as unknown as Record<symbol, unknown>)[symbol] : undefined;
  return typeof create === 'function' ? (create as (options: object) => unknown) : undefined;
}

/** A new kafkajs Cluster (its own connections) with this Kafka's configuration. */
export function createInternalCluster(kafka: Kafka): InternalCluster {
  const create = clusterFactory(kafka);
  if (!create) throw new KafkajsDriftError([`no ${CREATE_CLUSTER} on a Kafka instance`]);
  const cluster = create({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED }) as Partial<InternalCluster>;
  const missing = CLUSTER_METHODS.filter((name) => typeof cluster[name] !== 'function');
  if (missing.length > 0) throw new KafkajsDriftError([`Cluster lacks ${missing.join(', ')}`]);
  indexTopicMetadata(cluster as InternalCluster);
  oneConnectionPerBroker(cluster);
  return cluster as InternalCluster;
}

type PartitionMetadata = ReturnType<InternalCluster['findTopicPartitionMetadata']>;
interface LoadedMetadata {
  topicMetadata?: Array<{ topic: string; partitionMetadata: PartitionMetadata }>;
}

/**
 * kafkajs finds a topic's partitions with a linear search over every target topic's metadata
 * (Cluster#findTopicPartitionMetadata, called per topic by fetchTopicsOffset and the reader):
 * quadratic, ~6 s of CPU at 10,000 topics. This cluster looks them up in a map built once per
 * metadata response (kafkajs replaces `brokerPool.metadata` on every refresh); without loaded
 * metadata, or without `brokerPool`, kafkajs's own method answers (and throws its own error).
 */
function indexTopicMetadata(cluster: InternalCluster): void {
  const linear = cluster.findTopicPartitionMetadata.bind(cluster);
  let index: { metadata: LoadedMetadata; byTopic: Map<string, PartitionMetadata> } | undefined;
  cluster.findTopicPartitionMetadata = (topic) => {
    const metadata = (cluster as { brokerPool?: { metadata?: LoadedMetadata } }).brokerPool?.metadata;
    if (!metadata?.topicMetadata) return linear(topic);
    if (index?.metadata !== metadata) {
      const byTopic = new Map<string, PartitionMetadata>();
      for (const { topic: name, partitionMetadata } of metadata.topicMetadata) if (!byTopic.has(name)) byTopic.set(name, partitionMetadata);
      index = { metadata, byTopic };
    }
    return index.byTopic.get(topic) ?? [];
  };
}

interface KafkajsConnectionPool {
  getConnection(index: number): Promise<unknown>;
  getConnectionByRequest(request: unknown): Promise<unknown>;
}

/**
 * Every request to a broker on one connection. kafkajs opens a second connection per broker for
 * Fetch alone (its consumers' fetches wait on the broker for up to seconds, which would hold up
 * other requests); the scan's fetches return at once, and a second connection costs a connect
 * and its TLS and SASL handshakes before the first Fetch: round trips on a distant cluster.
 */
function oneConnectionPerBroker(cluster: object): void {
  const pool = (cluster as { brokerPool?: { createBroker?: (options: object) => { connectionPool: KafkajsConnectionPool } } }).brokerPool;
  const createBroker = pool?.createBroker;
  if (!pool || typeof createBroker !== 'function') throw new KafkajsDriftError(['Cluster has no brokerPool.createBroker']);
  pool.createBroker = (options) => {
    const broker = createBroker(options);
    const connections = broker.connectionPool;
    connections.getConnectionByRequest = () => connections.getConnection(0);
    (broker as unknown as InternalBroker).fetch = (request) => fetchWithOwnRecordDecoder(broker as unknown as KafkajsBroker, request);
    return broker;
  };
}

// ---- Fetch with the scan's record decoder --------------------------------------------------

const FETCH_API_KEY = 1;
const SEND_REQUEST = 'private:Broker:sendRequest';
/** The Fetch versions whose responses src/kafka/fetch-response.ts reads; older ones stay kafkajs's. */
const OWN_DECODER_VERSIONS = { from: 4, to: 11 };

type FetchRequest = Parameters<InternalBroker['fetch']>[0];
type BuiltFetch = ReturnType<ReturnType<(typeof fetchRequests)['protocol']>>;

interface KafkajsBroker {
  lookupRequest(apiKey: number, definition: typeof fetchRequests): (request: object) => BuiltFetch;
}

function sendRequestOf(prototype: object): symbol | undefined {
  return Object.getOwnPropertySymbols(prototype).find((s) => s.description === SEND_REQUEST);
}

const brokerSendRequest = sendRequestOf(Broker.prototype);

/** kafkajs's reading of a record set of any message format (its int32 size first). */
function legacyRecords(recordSet: Buffer): Promise<FetchedMessage[]> {
  return decodeMessages(new KafkajsDecoder(recordSet)) as Promise<FetchedMessage[]>;
}

/** kafkajs's Fetch request factory, with its response decoder replaced by the scan's for versions 4–11. */
const fetchWithOwnDecoder: typeof fetchRequests = {
  versions: fetchRequests.versions,
  protocol: (selected) => (request) => {
    const built = fetchRequests.protocol(selected)(request);
    const version = built.request.apiVersion;
    if (version < OWN_DECODER_VERSIONS.from || version > OWN_DECODER_VERSIONS.to) return built;
    const kafkajsResponse = built.response;
    return {
      ...built,
      response: { decode: (raw: Buffer) => decodeFetchResponse(raw, version, legacyRecords), parse: (data: unknown) => kafkajsResponse.parse(data) },
    };
  },
};

/**
 * Broker#fetch, as kafkajs sends it (version negotiated, the broker's connection), with the
 * scan's record decoder, and with the partitions in the caller's order: kafkajs shuffles them
 * (fairness for consumers that fetch forever), which would spread the reader's topics over every
 * response instead of finishing them one after another.
 */
function fetchWithOwnRecordDecoder(broker: KafkajsBroker, request: FetchRequest): Promise<FetchResponse> {
  try {
    if (brokerSendRequest === undefined || typeof broker.lookupRequest !== 'function')
      throw new KafkajsDriftError(['Broker has no lookupRequest or private send']);
    const build = broker.lookupRequest(FETCH_API_KEY, fetchWithOwnDecoder);
    const sendRequest = (broker as unknown as Record<symbol, (built: BuiltFetch) => Promise<FetchResponse>>)[brokerSendRequest]!;
    return sendRequest.call(broker, build({ ...request, replicaId: -1, rackId: '' }));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error))); // as kafkajs's async fetch: a failure is a rejection, never a throw
  }
}

/** The topics and partitions of the metadata the cluster holds (after refreshMetadata; empty before). */
export function loadedTopicMetadata(cluster: InternalCluster): LoadedTopic[] {
  const { brokerPool } = cluster as unknown as { brokerPool?: { metadata?: { topicMetadata?: LoadedTopic[] } | null } };
  return brokerPool?.metadata?.topicMetadata ?? [];
}

export interface LoadedTopic {
  topic: string;
  isInternal?: boolean;
  partitionMetadata: Array<{ partitionId: number; leader?: number | null; replicas: number[] }>;
}

/** The records of aborted transactions among `data`'s (kafkajs's consumer filter, inverted). */
export function abortedRecords(data: FetchedPartition): Set<FetchedMessage> {
  const kept = new Set(filterAbortedMessages({ messages: data.messages, abortedTransactions: data.abortedTransactions }));
  return new Set(data.messages.filter((message) => !kept.has(message)));
}

// ---- errors -------------------------------------------------------------------------------

/** Protocol errors of leadership (the partition moved) that fresh metadata and a new round can cure. */
const LEADERSHIP_ERRORS = new Set([
  'NOT_LEADER_FOR_PARTITION',
  'NOT_LEADER_OR_FOLLOWER',
  'LEADER_NOT_AVAILABLE',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'REPLICA_NOT_AVAILABLE',
  'KAFKA_STORAGE_ERROR',
  'NOT_COORDINATOR',
]);
/** kafkajs's names for a broker that cannot be reached (or stopped answering). */
const CONNECTION_ERRORS = new Set([
  'KafkaJSConnectionError',
  'KafkaJSConnectionClosedError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSBrokerNotFound',
  'KafkaJSLockTimeout',
  'KafkaJSNoBrokerAvailableError',
]);

/**
 * Whether a failed request should be retried with fresh metadata (a broker unreachable or a
 * leader moved) rather than the error pinned on the topic it belongs to (authorization, unknown
 * topic, a record batch that does not decode).
 */
export function needsNewMetadata(error: unknown): boolean {
  const { name, type } = (error ?? {}) as { name?: string; type?: string };
  if (type !== undefined) return LEADERSHIP_ERRORS.has(type);
  return name !== undefined && CONNECTION_ERRORS.has(name);
}

/** The partition an OFFSET_OUT_OF_RANGE error names, if the error is one. */
export function offsetOutOfRangeOf(error: unknown): { topic: string; partition: number } | undefined {
  const { name, topic, partition } = (error ?? {}) as { name?: string; topic?: unknown; partition?: unknown };
  if (name !== 'KafkaJSOffsetOutOfRange' || typeof topic !== 'string' || typeof partition !== 'number') return undefined;
  return { topic, partition };
}

// ---- lenient metadata ---------------------------------------------------------------------

/**
 * Partition errors of a Metadata response that describe one partition's state, not the
 * request: LEADER_NOT_AVAILABLE (5: offline, or an election under way), REPLICA_NOT_AVAILABLE
 * (9: a replica down while the leader serves), LISTENER_NOT_FOUND (72: the leader has no
 * listener of this name).
 */
const PARTITION_STATE_ERRORS = new Set([5, 9, 72]);

/** The response parsers by Metadata version: every version kafkajs may negotiate must be here. */
const METADATA_RESPONSES: Record<string, { parse(data: unknown): Promise<unknown> }> = {
  0: metadataV0,
  1: metadataV1,
  2: metadataV2,
  3: metadataV3,
  4: metadataV4,
  5: metadataV5,
  6: metadataV6,
};

interface MetadataData {
  topicMetadata?: Array<{ partitionMetadata?: Array<{ partitionErrorCode: number }> }>;
}

const lenientScope = new AsyncLocalStorage<true>();
let parsersWrapped = false;

function wrapMetadataParsers(): void {
  if (parsersWrapped) return;
  parsersWrapped = true;
  for (const response of Object.values(METADATA_RESPONSES)) {
    const parse = response.parse.bind(response);
    response.parse = (data: unknown) => {
      if (lenientScope.getStore()) {
        for (const topic of (data as MetadataData).topicMetadata ?? []) {
          for (const partition of topic.partitionMetadata ?? []) {
            if (PARTITION_STATE_ERRORS.has(partition.partitionErrorCode)) partition.partitionErrorCode = 0;
          }
        }
      }
      return parse(data);
    };
  }
}

/**
 * Runs `work` (the scan's use of its own Kafka client) with Metadata responses that let offline
 * partitions through, with their leader as reported (-1 when there is none), so sampling fails
 * that topic alone, by name. kafkajs alone rejects a whole Metadata response when one partition
 * reports an error, and keeps refreshing that topic: one offline partition would fail listing
 * topics, every later refresh and so the whole scan. Topic errors and other partition errors
 * still throw, as kafkajs's retries expect. Outside `work` (other clients of the process, the
 * tests' own) kafkajs behaves as it always does: the parsers only relax inside this async scope.
 */
export function withLenientMetadata<T>(work: () => Promise<T>): Promise<T> {
  wrapMetadataParsers();
  return lenientScope.run(true, work);
}

// ---- the check at start-up ----------------------------------------------------------------

export class KafkajsDriftError extends Error {
  override name = 'KafkajsDriftError';
  constructor(readonly problems: string[]) {
    super(
      `kafkajs ${kafkajsPackage.version} does not have the internals the scan reads partitions with (${problems.join('; ')}); ` +
        `kafka-schema-scout needs kafkajs ${REQUIRED_KAFKAJS_VERSION} exactly`,
    );
  }
}

/** What the check looks at, so a test can present a kafkajs that moved. */
export interface KafkajsProbe {
  version: string;
  metadataVersions: string[];
  filterAbortedMessages: unknown;
  kafka: Kafka;
  /** kafkajs's Broker class. */
  broker: unknown;
  /** kafkajs's ConnectionPool class (a broker's connections). */
  connectionPool: unknown;
  /** kafkajs's Fetch request versions, its decoder of any message format and its protocol Decoder class. */
  fetchRequests: unknown;
  decodeMessages: unknown;
  decoder: unknown;
}

/** Pure: what does not hold of `probe`; empty when everything the scan relies on is there. */
export function kafkajsProblems(probe: KafkajsProbe): string[] {
  const problems: string[] = [];
  if (probe.version !== REQUIRED_KAFKAJS_VERSION) problems.push(`version ${probe.version} is not ${REQUIRED_KAFKAJS_VERSION}`);
  const uncovered = probe.metadataVersions.filter((version) => !(version in METADATA_RESPONSES));
  if (uncovered.length > 0) problems.push(`Metadata response version(s) ${uncovered.join(', ')} are not made lenient`);
  for (const [version, response] of Object.entries(METADATA_RESPONSES)) {
    if (typeof response?.parse !== 'function') problems.push(`Metadata v${version} response has no parse`);
  }
  if (typeof probe.filterAbortedMessages !== 'function') problems.push('consumer/filterAbortedMessages is not a function');
  const fetch = probe.fetchRequests as Partial<typeof fetchRequests> | undefined;
  const fetchVersions = fetch?.versions?.map(Number) ?? [];
  if (typeof fetch?.protocol !== 'function' || Math.max(...fetchVersions) > OWN_DECODER_VERSIONS.to) {
    problems.push(`Fetch request versions ${fetchVersions.join(', ')} go beyond the ${OWN_DECODER_VERSIONS.to} the scan's decoder reads`);
  }
  if (typeof probe.decodeMessages !== 'function' || typeof probe.decoder !== 'function')
    problems.push('fetch/v4/decodeMessages or protocol/decoder is missing');
  const create = clusterFactory(probe.kafka);
  if (!create) problems.push(`no ${CREATE_CLUSTER} on a Kafka instance`);
  else {
    const cluster = create({ allowAutoTopicCreation: false, isolationLevel: READ_COMMITTED }) as Record<string, unknown>;
    const missing = CLUSTER_METHODS.filter((name) => typeof cluster[name] !== 'function');
    if (missing.length > 0) problems.push(`Cluster lacks ${missing.join(', ')}`);
    const brokerPool = cluster.brokerPool as { createBroker?: unknown; metadata?: unknown } | undefined;
    if (typeof brokerPool?.createBroker !== 'function') problems.push('Cluster has no brokerPool.createBroker');
    if (brokerPool !== undefined && !('metadata' in brokerPool)) problems.push('Cluster has no brokerPool.metadata');
  }
  const brokerPrototype = (probe.broker as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const brokerMissing = BROKER_METHODS.filter((name) => typeof brokerPrototype?.[name] !== 'function');
  if (brokerMissing.length > 0) problems.push(`Broker lacks ${brokerMissing.join(', ')}`);
  if (brokerPrototype !== undefined && sendRequestOf(brokerPrototype) === undefined) problems.push(`Broker has no ${SEND_REQUEST}`);
  const poolPrototype = (probe.connectionPool as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  const poolMissing = CONNECTION_POOL_METHODS.filter((name) => typeof poolPrototype?.[name] !== 'function');
  if (poolMissing.length > 0) problems.push(`ConnectionPool lacks ${poolMissing.join(', ')}`);
  return problems;
}

let checked = false;

/** Throws KafkajsDriftError, once per process, when the installed kafkajs is not what the scan was built on. */
export function checkKafkajsInternals(kafka: Kafka): void {
  if (checked) return;
  const problems = kafkajsProblems({
    version: kafkajsPackage.version,
    metadataVersions: metadataRequests.versions,
    filterAbortedMessages,
    kafka,
    broker: Broker,
    connectionPool: ConnectionPool,
    fetchRequests,
    decodeMessages,
    decoder: KafkajsDecoder,
  });
  if (problems.length > 0) throw new KafkajsDriftError(problems);
  checked = true;
}
