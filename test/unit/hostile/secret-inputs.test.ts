import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';

/** Every secret input is masked (`::add-mask::`) before anything is logged, whichever input is read first. */
const secrets: Record<string, string> = {
  'github-token': 'ghs_canaryGitHubToken0123456789',
  'sasl-password': 'canary-sasl-Pa55word',
  'ssl-key': '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7canaryline\n-----END PRIVATE KEY-----',
  'ssl-key-password': 'canary-key-passphrase',
  'schema-registry-password': 'canary-registry-secret',
  'datahub-token': 'eyJhbGciOiJIUzI1NiJ9.canary-datahub-token',
};

describe('secret inputs', () => {
  const saved = { ...process.env };
  afterAll(() => {
    process.env = saved;
  });

  it('the first input read masks all secret inputs, multi-line ones line by line too', async () => {
    for (const [name, value] of Object.entries(secrets)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    process.env['INPUT_COMMAND'] = 'emit';
    let stdout = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    try {
      const { input } = await import('../../../src/action/inputs');
      expect(input('command')).toBe('emit'); // not a secret; reading it masks the others
    } finally {
      spy.mockRestore();
    }
    const masked = stdout
      .split(/\r?\n/)
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length));
    for (const [name, value] of Object.entries(secrets)) {
      if (name === 'ssl-key') {
        // a multi-line value is sent escaped; each line is masked on its own as well
        for (const line of value.split('\n')) expect(masked).toContain(line);
      } else {
        expect(masked).toContain(value);
      }
    }
    expect(masked).not.toContain('emit');
  });

  it('the credentials of URL inputs are masked too, as written and percent-decoded', async () => {
    process.env['INPUT_SCHEMA-REGISTRY-URL'] = 'https://api-key:s3cr%40t-Reg@registry.example.com/';
    process.env['INPUT_DATAHUB-GMS-URL'] = 'https://gms-Key0123@gms.example.com/';
    let stdout = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    try {
      const { maskSecretInputs } = await import('../../../src/action/inputs');
      maskSecretInputs();
    } finally {
      spy.mockRestore();
    }
    // workflow commands escape `%` as `%25`
    const masked = stdout
      .split(/\r?\n/)
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length).replace(/%25/g, '%'));
    expect(masked).toEqual(expect.arrayContaining(['s3cr%40t-Reg', 's3cr@t-Reg', 'gms-Key0123']));
    expect(masked).not.toContain('api-key');
  });

  it('every input of action.yml that looks secret is in SECRET_INPUTS, and each is read with secretInput', async () => {
    const { SECRET_INPUTS } = await import('../../../src/action/inputs');
    const action = readFileSync(new URL('../../../action.yml', import.meta.url), 'utf8');
    const inputsBlock = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'));
    const names = [...inputsBlock.matchAll(/^ {2}([a-z][a-z0-9-]*):\s*$/gm)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(20);
    const secretLooking = names.filter((name) => /token|password|secret|(^|-)key$/.test(name));
    expect([...secretLooking].sort()).toEqual([...SECRET_INPUTS].sort());
    // and no source reads them with the plain input()
    const { spawnSync } = await import('node:child_process');
    const grep = spawnSync('grep', ['-rnE', `[^a-zA-Z]input\\('(${SECRET_INPUTS.join('|')})'`, 'src'], {
      cwd: new URL('../../..', import.meta.url).pathname,
      encoding: 'utf8',
    });
    expect(grep.stdout).toBe('');
    expect(grep.status).toBe(1); // grep ran and found nothing
  });
});
