import { jest } from '@jest/globals';
import { runAction } from '../../../src/action/run-action';
import { UsageError } from '../../../src/util/errors';

/** The Action's inputs are validated like the CLI's flags, and the error names the input, not a flag. */
const saved = { ...process.env };
beforeEach(() => {
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  process.env = { ...saved };
  jest.restoreAllMocks();
});

function setInputs(inputs: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

async function usageError(inputs: Record<string, string>): Promise<UsageError> {
  setInputs(inputs);
  const error = await runAction().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

const scanInputs = { command: 'scan', brokers: '127.0.0.1:1', 'schema-dir': '/nonexistent/kafka-schemas' };

test.each(['bad..ns-1', '1abc', 'a-b'])("scan: input 'namespace' %j is refused before connecting, naming the input", async (namespace) => {
  const error = await usageError({ ...scanInputs, namespace });
  expect(error.message).toContain("input 'namespace'");
  expect(error.message).not.toContain('--namespace');
  expect(error.message).toContain('[A-Za-z_][A-Za-z0-9_]*');
});

test.each(['../escape', '..', 'a/b'])("scan: input 'cluster' %j is refused, naming the input", async (cluster) => {
  const error = await usageError({ ...scanInputs, cluster });
  expect(error.message).toContain("input 'cluster'");
});

test("emit: input 'cluster' ../escape is refused", async () => {
  const error = await usageError({ command: 'emit', 'output-file': '/nonexistent/out.json', cluster: '../escape' });
  expect(error.message).toContain("input 'cluster'");
});

test("emit: input 'datahub-gms-url' must be http(s)", async () => {
  const error = await usageError({ command: 'emit', 'datahub-gms-url': 'ftp://gms.example.com' });
  expect(error.message).toContain("input 'datahub-gms-url'");
  expect(error.message).not.toContain('--gms');
});

test('a URL input with credentials: the error shows neither the password nor the user alone', async () => {
  let error = await usageError({ ...scanInputs, 'schema-registry-url': 'ftp://api-key:s3cr%40t-Reg@registry.example.com/' });
  expect(error.message).toContain('input \'schema-registry-url\' "ftp://api-key:***@registry.example.com/"');
  error = await usageError({ command: 'emit', 'datahub-gms-url': 'ftp://gms-Pa55@gms.example.com' });
  expect(error.message).toContain('ftp://***@gms.example.com');
  error = await usageError({ command: 'emit', 'datahub-gms-url': 'user:gms-Pa55@gms.example.com' });
  expect(error.message).not.toContain('gms-Pa55');
});

test.each([
  ['@user:urn:li:corpuser:{user}', 'must be @user=<urn template>'],
  ['@user=urn:li:corpuser:{login}', 'unknown placeholder {login}'],
  ['@org/team=urn:li:dataset:{team}', 'urn:li:corpuser: or urn:li:corpGroup:'],
])("emit: input 'owner-mapping' %j is refused, naming the input", async (rule, message) => {
  const error = await usageError({ command: 'emit', 'output-file': '/nonexistent/out.json', 'owner-mapping': rule });
  expect(error.message).toContain("input 'owner-mapping'");
  expect(error.message).toContain(message);
});

test.each([
  [{ brokers: 'no-port' }, "input 'brokers'"],
  [{ brokers: ' ' }, "input 'brokers'"],
  [{ 'sasl-mechanism': 'kerberos' }, "input 'sasl-mechanism'"],
  [{ 'sasl-mechanism': 'plain' }, "inputs 'sasl-username' and 'sasl-password'"],
  [{ 'ssl-cert': '-----BEGIN CERTIFICATE-----' }, "inputs 'ssl-cert' and 'ssl-key'"],
])('scan: connection inputs %j are refused naming the inputs, never a CLI flag', async (inputs, named) => {
  const error = await usageError({ ...scanInputs, ...inputs });
  expect(error.message).toContain(named);
  expect(error.message).not.toMatch(/--[a-z]/);
});
