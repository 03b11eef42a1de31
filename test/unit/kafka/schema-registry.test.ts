import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchemaRegistryClient } from '../../../src/kafka/schema-registry';
import { echoedForms } from '../../support/gms-standin';

/**
 * Credentials in the registry URL: used as basic auth (undici sends no userinfo), never printed;
 * an error body that repeats the password or the basic-auth header, in any form, is shown masked.
 */
const PASSWORD = 'Reg1stry/S3cret+Key=';
const requests: Array<{ url: string; authorization?: string }> = [];
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
    const id = Number(/^\/schemas\/ids\/(\d+)$/.exec(request.url ?? '')?.[1]);
    response.setHeader('content-type', 'application/vnd.schemaregistry.v1+json');
    if (id === 1) return void response.end(JSON.stringify({ schema: '"string"' }));
    const header = request.headers.authorization ?? '';
    const password = Buffer.from(header.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':')
      .slice(1)
      .join(':');
    response.writeHead(401).end(JSON.stringify({ error_code: 40101, message: `bad credentials ${header} ${echoedForms(password).join(' ')}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests.splice(0);
});

test('user and password in the URL are sent as basic auth, not in the request URL', async () => {
  const client = createSchemaRegistryClient({ url: `http://api-key:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/` });
  await expect(client.schemaById(1)).resolves.toMatchObject({ id: 1, schema: '"string"' });
  expect(requests).toEqual([{ url: '/schemas/ids/1', authorization: `Basic ${Buffer.from(`api-key:${PASSWORD}`).toString('base64')}` }]);
});

test.each([
  ['in the URL', { url: `http://api-key:${encodeURIComponent(PASSWORD)}@127.0.0.1:PORT` }],
  ['as options', { url: 'http://127.0.0.1:PORT', username: 'api-key', password: PASSWORD }],
])('credentials %s: an error names the registry (password masked) and shows the body without the password in any form', async (_name, options) => {
  const client = createSchemaRegistryClient({ ...options, url: options.url.replace('PORT', String(port)) });
  const error = (await client.schemaById(7).catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/^schema registry at http:\/\/(api-key:\*\*\*@)?127\.0\.0\.1:\d+ answered 401 for schema id 7: bad credentials Basic \*\*\*/);
  for (const form of [...echoedForms(PASSWORD), encodeURIComponent(PASSWORD), Buffer.from(`api-key:${PASSWORD}`).toString('base64')]) {
    expect(error.message).not.toContain(form);
  }
});

test('an unreachable registry: the error shows the URL with its password masked', async () => {
  const client = createSchemaRegistryClient({ url: `http://api-key:${encodeURIComponent(PASSWORD)}@127.0.0.1:1`, timeoutMs: 2000 });
  const error = (await client.schemaById(1).catch((e: unknown) => e)) as Error;
  expect(error.message).toContain('schema registry at http://api-key:***@127.0.0.1:1 did not answer');
  expect(error.message).not.toContain(encodeURIComponent(PASSWORD));
});
