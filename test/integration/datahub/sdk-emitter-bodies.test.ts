import { runEmit } from '../../../src/datahub/emit-run';
import { silentLogger } from '../../../src/util/log';
import { GmsStandIn, type RecordedRequest } from '../../support/gms-standin';
import { oracleEmit } from '../../support/datahub-oracle';
import { sampleTopics, writeCatalog } from '../../datahub/fixtures';

/**
 * DataHub's own DatahubRestEmitter (Rest.li mode) and ours send the same proposals to the same
 * stand-in; the request bodies must match apart from system metadata (timestamps, run ids, client).
 */

const TOKEN = 'tok-compare';

interface Body {
  proposals?: Array<Record<string, unknown>>;
  proposal?: Record<string, unknown>;
  async?: string;
}

/** Parses a body, decodes each aspect's JSON string, drops what legitimately differs. */
function normalize(request: RecordedRequest): unknown {
  const body = JSON.parse(request.body) as Body;
  const clean = (p: Record<string, unknown>) => {
    const { systemMetadata: _ignored, aspect, ...rest } = p;
    const a = aspect as { value: string; contentType: string };
    return { ...rest, aspect: { contentType: a.contentType, value: JSON.parse(a.value) as unknown } };
  };
  return {
    path: request.path,
    async: body.async,
    proposals: body.proposals?.map(clean),
    proposal: body.proposal ? clean(body.proposal) : undefined,
  };
}

async function ours(batchSupported: boolean) {
  const gms = await new GmsStandIn({ batchSupported }).start();
  try {
    const dir = await writeCatalog(sampleTopics);
    await runEmit({ dir, gms: gms.url, token: TOKEN, deletedTopics: ['gone'] }, silentLogger);
    return gms.ingestRequests();
  } finally {
    await gms.stop();
  }
}

async function sdk(proposals: unknown[], mode: 'batch' | 'single') {
  const gms = await new GmsStandIn().start();
  try {
    const answer = await oracleEmit({ url: gms.url, token: TOKEN, mode, proposals });
    expect(answer).toEqual({ ok: true });
    return gms.requests;
  } finally {
    await gms.stop();
  }
}

test('ingestProposalBatch bodies and headers match the SDK emitter', async () => {
  const mine = await ours(true);
  expect(mine).toHaveLength(1);
  const proposals = (JSON.parse(mine[0]!.body) as Body).proposals!;
  const theirs = (await sdk(proposals, 'batch')).filter((r) => r.path.startsWith('/aspects'));
  expect(theirs.map(normalize)).toEqual(mine.map(normalize));
  for (const header of ['x-restli-protocol-version', 'content-type', 'authorization']) {
    expect(mine[0]!.headers[header]).toBe(theirs[0]!.headers[header]);
  }
}, 120_000);

test('ingestProposal bodies match the SDK emitter one by one', async () => {
  const mine = (await ours(false)).filter((r) => r.path === '/aspects?action=ingestProposal');
  const proposals = mine.map((r) => (JSON.parse(r.body) as Body).proposal!);
  const theirs = (await sdk(proposals, 'single')).filter((r) => r.path.startsWith('/aspects'));
  expect(theirs.map(normalize)).toEqual(mine.map(normalize));
}, 120_000);

test('the comparison can fail: a changed aspect is noticed', async () => {
  const mine = await ours(true);
  const proposals = (JSON.parse(mine[0]!.body) as Body).proposals!;
  const altered = proposals.map((p, i) => (i === 0 ? { ...p, aspect: { value: '{"removed": true}', contentType: 'application/json' } } : p));
  const theirs = (await sdk(altered, 'batch')).filter((r) => r.path.startsWith('/aspects'));
  expect(theirs.map(normalize)).not.toEqual(mine.map(normalize));
}, 120_000);
