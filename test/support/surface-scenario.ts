/**
 * The fixed scenario every Markdown surface is checked on (and the README's excerpts come from):
 * cluster `prod` with a topic that breaks old readers (`payments`: `amount` now sometimes a string
 * or null, partitions 3 → 6 on a keyed topic, retention 7 days → 1 day, a committed field the
 * sample never saw), one changed safely (`orders`: a new optional field; `quota`, keyed by e-mail
 * addresses but kept a record by the committed schema: a near call), a new one (`clicks`:
 * fields `k1`, `k2`, `k10`, a map `scores`), and a vanished one (`legacy`). The scan side is the real pipeline without Kafka:
 * records → decodeSample → inferTopicSchemas (committed schema as prior) → the files the scan
 * writes and the evidence it reports. Every sampled value carries SENTINEL, so a test can show
 * that none reaches a surface.
 */
import type { CommittedTopic } from '../../src/catalog/read';
import { formatTopicFile, mergeTopicFile, type TopicFile } from '../../src/catalog/topic-file';
import type { SampledRecord } from '../../src/kafka/sample';
import { formatSchema, type AvroSchema } from '../../src/schema/avro';
import type { ScanReport, TopicOutcome } from '../../src/scan/run-scan';
import { topicEvidence } from '../../src/scan/topic-evidence';
import { decodeSample, inferTopicSchemas, scannedTopicFile } from '../../src/scan/topic-schemas';
import { renderReviewMarkdown } from '../../src/github/review-markdown';
import { planReview } from '../../src/github/review-plan';
import { previewScan, type ScanPreview } from '../../src/github/scan-preview';

export const SENTINEL = 'SENTINEL';
export const repository = { owner: 'acme', repo: 'schemas', serverUrl: 'https://github.com' };

const BASE_TIME = Date.UTC(2026, 11, 6, 10, 0, 0);

function topicFile(partitions: number, retentionMs: string, extra: Record<string, string> = {}): TopicFile {
  return {
    partitions,
    replicationFactor: 1,
    configs: { 'cleanup.policy': 'delete', 'retention.ms': retentionMs, ...extra },
    keyFormat: 'string',
    valueFormat: 'json',
  };
}

/** The cluster folder on the base branch, relative path → text. */
export const committedFiles = new Map<string, string>([
  [
    'payments/value.avsc',
    formatSchema({
      type: 'record',
      name: 'Payments',
      fields: [
        { name: 'id', type: 'int' },
        { name: 'amount', type: 'double' },
        { name: 'currency', type: 'string' },
        { name: 'merchant', type: 'string' },
        { name: 'note', type: ['null', 'string'], default: null },
      ],
    }),
  ],
  ['payments/topic.json', formatTopicFile(topicFile(3, '604800000', { 'max.message.bytes': '1048588' }))],
  [
    'orders/value.avsc',
    formatSchema({
      type: 'record',
      name: 'Orders',
      fields: [
        { name: 'id', type: 'int' },
        { name: 'status', type: 'string' },
        {
          name: 'quota',
          type: {
            type: 'record',
            name: 'OrdersQuota',
            fields: ['alice', 'bob', 'carol'].map((user) => ({ name: `${user}_example_com`, type: 'int', originalName: `${user}@example.com` })),
          },
        },
      ],
    }),
  ],
  ['orders/topic.json', formatTopicFile(topicFile(3, '604800000'))],
  ['legacy/value.avsc', formatSchema({ type: 'record', name: 'Legacy', fields: [{ name: 'id', type: 'int' }] })],
  ['legacy/topic.json', formatTopicFile(topicFile(1, '604800000'))],
]);

function records(count: number, partitions: number, value: (i: number) => unknown): SampledRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    partition: i % partitions,
    offset: String(1000 + Math.floor(i / partitions)),
    key: Buffer.from(`key-${SENTINEL}-${i}`),
    value: Buffer.from(JSON.stringify(value(i))),
    headers: {},
    timestamp: String(BASE_TIME + i * 60_000),
  }));
}

/** What the cluster has now: metadata and the sampled records of each topic. */
const cluster: Array<{
  name: string;
  metadata: TopicFile & { partitions: number; replicationFactor: number; configs: Record<string, string> };
  records: SampledRecord[];
}> = [
  {
    name: 'payments',
    metadata: topicFile(6, '86400000', { 'max.message.bytes': '2097152' }) as never,
    records: records(100, 6, (i) => ({
      id: i,
      amount: i % 33 === 5 ? `12.${SENTINEL}` : i % 33 === 6 ? null : i + 0.25,
      currency: `CUR-${SENTINEL}`,
    })),
  },
  {
    name: 'orders',
    metadata: topicFile(3, '604800000') as never,
    records: records(40, 3, (i) => ({
      id: i,
      status: `ST-${SENTINEL}`,
      quota: { 'alice@example.com': i, 'bob@example.com': i, 'carol@example.com': i },
      ...(i % 4 === 0 ? { coupon: `CPN-${SENTINEL}` } : {}),
    })),
  },
  {
    name: 'clicks',
    metadata: topicFile(2, '259200000') as never,
    records: records(20, 2, (i) => ({
      k1: i,
      k10: i % 2 === 0,
      k2: `page-${SENTINEL}`,
      user: { id: `u-${SENTINEL}`, ...(i % 5 === 0 ? { plan: null } : { plan: `pro-${SENTINEL}` }) },
      scores: { [`alice.${SENTINEL}@example.com`]: i, [`bob.${SENTINEL}@example.com`]: i + 1, [`carol.${SENTINEL}@example.com`]: i + 2 },
    })),
  },
];

function committedTopic(name: string): CommittedTopic {
  const text = (file: string) => committedFiles.get(`${name}/${file}`);
  const parse = (file: string): unknown => (text(file) === undefined ? undefined : JSON.parse(text(file)!));
  return {
    topic: name,
    value: parse('value.avsc') as AvroSchema | undefined,
    valueText: text('value.avsc'),
    topicFile: parse('topic.json') as TopicFile | undefined,
    topicText: text('topic.json'),
  };
}

/** The scan of the scenario: its report and the files it writes (relative to the cluster folder). */
export function scanScenario(): { report: ScanReport; local: Map<string, string> } {
  const local = new Map<string, string>();
  const outcomes: TopicOutcome[] = [];
  for (const topic of cluster) {
    const committed = committedTopic(topic.name);
    const schemas = inferTopicSchemas(topic.name, decodeSample(topic.records), committed, {});
    const files: Array<[string, string]> = [];
    if (schemas.value !== undefined) files.push(['value.avsc', formatSchema(schemas.value)]);
    files.push(['topic.json', formatTopicFile(mergeTopicFile(committed.topicFile, scannedTopicFile(topic.metadata, schemas, committed.topicFile)))]);
    for (const [name, text] of files) local.set(`${topic.name}/${name}`, text);
    const changed = files.filter(([name, text]) => committedFiles.get(`${topic.name}/${name}`) !== text);
    const status = committed.topicFile === undefined ? 'new' : changed.length > 0 ? 'changed' : 'unchanged';
    outcomes.push({
      topic: topic.name,
      status,
      records: topic.records.length,
      keyFormat: schemas.keyFormat,
      valueFormat: schemas.valueFormat,
      changedFiles: changed.map(([name]) => `prod/${topic.name}/${name}`),
      warnings: schemas.warnings,
      notes: schemas.notes,
      ...(status === 'unchanged' ? {} : { evidence: topicEvidence(topic.records, schemas.evidence ?? new Map()) }),
    });
  }
  outcomes.sort((a, b) => (a.topic < b.topic ? -1 : 1));
  return { report: { cluster: 'prod', dir: 'kafka-schemas', topics: outcomes, vanished: ['legacy'], partial: false }, local };
}

/** The review's view of the scan's branch: the committed files against the scan's, under the schema directory. */
export function reviewFiles(local: ReadonlyMap<string, string>): { base: Map<string, string>; head: Map<string, string> } {
  const base = new Map([...committedFiles].map(([path, text]) => [`prod/${path}`, text]));
  const head = new Map([...base].filter(([path]) => !path.startsWith('prod/legacy/')));
  for (const [path, text] of local) head.set(`prod/${path}`, text);
  return { base, head };
}

/** The surfaces of the scenario as the action renders them: PR title, body, issue, summary, review comment. */
export function scenarioSurfaces(): { report: ScanReport; local: Map<string, string>; preview: ScanPreview; review: string } {
  const { report, local } = scanScenario();
  const preview = previewScan({
    report,
    repository,
    clusterFolder: 'kafka-schemas/prod',
    branch: 'kafka-schema-scout/prod',
    baseBranch: 'main',
    title: 'Kafka schemas: cluster prod',
    base: committedFiles,
    local,
    maxVanishedPercent: 50,
  });
  const files = reviewFiles(local);
  const review = renderReviewMarkdown(
    planReview({ base: files.base, head: files.head, defaultRequired: 'FORWARD', acknowledged: false, schemaDir: 'kafka-schemas' }),
    { schemaDir: 'kafka-schemas', ackLabel: 'schema-breaking-change-approved', forComment: true },
  );
  return { report, local, preview, review };
}
