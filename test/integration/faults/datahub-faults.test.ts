import { runEmit, type EmitReport } from '../../../src/datahub/emit-run';
import type { Logger } from '../../../src/util/log';
import { sampleTopics, writeCatalog } from '../../datahub/fixtures';
import { GmsStandIn } from '../../support/gms-standin';

/**
 * DataHub faults: bursts of 503, 429 and connection resets that exhaust the retries of some batches
 * fail exactly those batches' topics (named, with a reason; the run is partial, exit 3); a rerun
 * without faults — of the failed topics, or of everything — finishes the job: every topic is in
 * DataHub with the same aspects as a run that never failed.
 */
const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
/** Small batches, few retries: a burst of 4 faults exhausts a batch's tries. */
const rest = { minRetryDelayMs: 1, maxRetryDelayMs: 5, maxRetries: 2, timeoutMs: 5000, maxBatchProposals: 4 };
const now = () => 1_700_000_000_000;

const started: GmsStandIn[] = [];
afterEach(async () => {
  for (const gms of started.splice(0)) await gms.stop();
});
async function start(): Promise<GmsStandIn> {
  const gms = await new GmsStandIn({}).start();
  started.push(gms);
  return gms;
}

const snapshot = (gms: GmsStandIn) =>
  JSON.stringify([...gms.aspects].sort(([a], [b]) => (a < b ? -1 : 1)).map(([urn, aspects]) => [urn, [...aspects].sort(([a], [b]) => (a < b ? -1 : 1))]));
const label = (report: EmitReport) => report.topics.map((t) => `${t.cluster}/${t.topic}`);
const proposalUrns = (gms: GmsStandIn) =>
  new Set(
    gms
      .ingestRequests()
      .filter((request) => request.path.startsWith('/aspects?action=ingestProposal'))
      .flatMap((request) => {
        const body = JSON.parse(request.body) as { proposals?: Array<{ entityUrn: string }>; proposal?: { entityUrn: string } };
        // Datasets only: the tags a topic refers to go with it (tagKey), as entities of their own.
        return (body.proposals ?? (body.proposal ? [body.proposal] : [])).map((p) => p.entityUrn).filter((urn) => urn.startsWith('urn:li:dataset:'));
      }),
  );

async function cleanRun(dir: string): Promise<string> {
  const gms = await start();
  const report = await runEmit({ dir, gms: gms.url, rest, now }, logger);
  expect(report.partial).toBe(false);
  return snapshot(gms);
}

test.each([
  ['failed topics only', true],
  ['everything again', false],
])('bursts of 503, 429 and resets fail some batches; a rerun (%s) ends with every topic in DataHub', async (_name, onlyFailed) => {
  const dir = await writeCatalog(sampleTopics);
  const expected = await cleanRun(dir);

  const gms = await start();
  gms.failNext(3, { kind: 'status', status: 503 }, '/aspects');
  gms.failNext(3, { kind: 'status', status: 429, retryAfterSeconds: 0 }, '/aspects');
  gms.failNext(3, { kind: 'reset' }, '/aspects');
  const first = await runEmit({ dir, gms: gms.url, rest, now }, logger);

  // the run is partial (the emit command exits 3), the failed topics are named with reasons
  expect(first.partial).toBe(true);
  const failed = first.topics.filter((t) => t.status === 'failed');
  const sent = first.topics.filter((t) => t.status === 'sent');
  expect(failed.length).toBeGreaterThanOrEqual(1);
  expect(sent.length).toBeGreaterThanOrEqual(1);
  expect(failed.length + sent.length).toBe(sampleTopics.length);
  for (const topic of failed) expect(topic.reason).toMatch(/503|429|reset|ECONNRESET|UND_ERR_SOCKET|socket|network/i);
  const reasons = failed.map((t) => t.reason).join('\n');
  expect(reasons).toMatch(/429/);
  expect(reasons).toMatch(/429|503/);
  // what was sent is in DataHub; a failed topic's schema is not
  for (const topic of sent) expect(gms.aspects.get(topic.urn!)?.has('schemaMetadata')).toBe(true);
  expect(failed.some((topic) => !gms.aspects.get(topic.urn!)?.has('schemaMetadata'))).toBe(true);
  expect(snapshot(gms)).not.toBe(expected);

  // the rerun, faults gone
  gms.requests.splice(0);
  const topics = onlyFailed ? failed.map((t) => `${t.cluster}/${t.topic}`) : undefined;
  const second = await runEmit({ dir, gms: gms.url, rest, now, ...(topics ? { topics } : {}) }, logger);
  expect(second.partial).toBe(false);
  expect(second.topics.every((t) => t.status === 'sent')).toBe(true);
  if (onlyFailed) {
    expect(label(second).sort()).toEqual(failed.map((t) => `${t.cluster}/${t.topic}`).sort());
    expect([...proposalUrns(gms)].sort()).toEqual(failed.map((t) => t.urn!).sort());
  }
  // every topic in DataHub, exactly as a run that never failed left it
  expect(snapshot(gms)).toBe(expected);
});
