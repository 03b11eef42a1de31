import { runEmit } from '../../../src/datahub/emit-run';
import type { Logger } from '../../../src/util/log';
import { GmsStandIn, echoedForms, type StandInOptions } from '../../support/gms-standin';
import { runCli } from '../../support/cli';
import { sampleTopics, writeCatalog } from '../../datahub/fixtures';

/**
 * A refused token fails the whole emit (exit 1, one message), and no message or log line repeats
 * the token or a URL's password in any form a server may echo them in.
 */
const TOKEN = 'Tok3n/With+Special=Chars&Ünï';
const fast = { minRetryDelayMs: 1, maxRetryDelayMs: 5, maxRetries: 1, timeoutMs: 5000 };

function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (message: string) => lines.push(`${level} ${message}`);
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

let standIn: GmsStandIn | undefined;
afterEach(async () => {
  await standIn?.stop();
  standIn = undefined;
});
async function start(options: StandInOptions): Promise<GmsStandIn> {
  standIn = await new GmsStandIn(options).start();
  return standIn;
}

function expectNoForm(text: string, secret: string): void {
  for (const form of echoedForms(secret)) expect(text).not.toContain(form);
}

test.each([
  ['401, /config open as GMS serves it', { tokenExcludedPaths: ['/config'] }, 401],
  ['401 on /config too', {}, 401],
  ['403 on every batch', { tokenExcludedPaths: ['/config'], refusal: 403 as const }, 403],
])('a refused token (%s) fails the whole emit: exit 1, one clear message, no report of partial success', async (_name, options, status) => {
  const gms = await start({ requireToken: 'the-right-one', ...options });
  const dir = await writeCatalog(sampleTopics);
  const { code, stdout, stderr } = await runCli(['emit', '--gms', gms.url, '--dir', dir], { env: { DATAHUB_GMS_TOKEN: TOKEN } });
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toContain(`DataHub GMS refused the token (HTTP ${status} from ${gms.url}/`);
  expectNoForm(stderr, TOKEN);
});

test('a 401 stops the emit at the first request; 403 tries every batch before giving up', async () => {
  const dir = await writeCatalog(sampleTopics);
  let gms = await start({ requireToken: 'the-right-one', tokenExcludedPaths: ['/config'] });
  await expect(runEmit({ dir, gms: gms.url, token: TOKEN, rest: { ...fast, maxBatchProposals: 4 } }, capturingLogger())).rejects.toThrow(/refused the token/);
  expect(gms.ingestRequests()).toHaveLength(1);
  await gms.stop();
  gms = await start({ requireToken: 'the-right-one', tokenExcludedPaths: ['/config'], refusal: 403 });
  await expect(runEmit({ dir, gms: gms.url, token: TOKEN, rest: { ...fast, maxBatchProposals: 4 } }, capturingLogger())).rejects.toThrow(
    /refused the token \(HTTP 403/,
  );
  expect(gms.ingestRequests().length).toBeGreaterThan(1);
});

test('without a token, the message says that none was given', async () => {
  const gms = await start({ requireToken: 'the-right-one', tokenExcludedPaths: ['/config'] });
  const dir = await writeCatalog(sampleTopics);
  const { code, stderr } = await runCli(['emit', '--gms', gms.url, '--dir', dir], { env: { DATAHUB_GMS_TOKEN: undefined } });
  expect(code).toBe(1);
  expect(stderr).toMatch(/DataHub GMS refused the request: no token was given \(HTTP 401 from /);
});

test('an error body that echoes the token URL-encoded, in other cases or base64 shows none of them', async () => {
  const gms = await start({});
  gms.failNext(1, { kind: 'echo-token', status: 422 }, '/aspects');
  const dir = await writeCatalog(sampleTopics);
  const logger = capturingLogger();
  const report = await runEmit({ dir, gms: gms.url, token: TOKEN, rest: fast }, logger);
  expect(report.partial).toBe(true);
  const reasons = report.topics.map((t) => t.reason ?? '').join('\n');
  expect(reasons).toContain('HTTP 422: token not valid for this action: ***');
  const printed = `${JSON.stringify(report)}\n${logger.lines.join('\n')}`;
  expectNoForm(printed, TOKEN);
});

test('a GMS URL with credentials is printed with the password masked, and the credentials are not sent', async () => {
  const gms = await start({});
  const url = gms.url.replace('http://', 'http://proxy-user:Gms-Pa55word@');
  const dir = await writeCatalog(sampleTopics);
  const logger = capturingLogger();
  const report = await runEmit({ dir, gms: url, rest: fast }, logger);
  expect(report.partial).toBe(false);
  expect(report.target).toBe(gms.url.replace('http://', 'http://proxy-user:***@'));
  const printed = `${JSON.stringify(report)}\n${logger.lines.join('\n')}`;
  expect(printed).not.toContain('Gms-Pa55word');
  expect(printed).toContain('proxy-user:***@');
  for (const request of gms.requests) expect(request.headers.authorization).toBeUndefined();
});
