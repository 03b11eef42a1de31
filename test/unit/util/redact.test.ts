import { Redactor } from '../../../src/util/redact';
import { redactUrl, withoutCredentials } from '../../../src/util/url';

describe('Redactor', () => {
  const secret = 'Tok3n/With+Special=Chars&Ünï "q"';
  const b64 = (text: string) => Buffer.from(text).toString('base64');

  test('masks the secret as sent, URL- and form-encoded, JSON-escaped, in any case, base64 and base64url', () => {
    const redactor = new Redactor([secret]);
    const forms = [
      secret,
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
      encodeURIComponent(secret).replace(/%20/g, '+'),
      JSON.stringify(secret),
      secret.toLowerCase(),
      secret.toUpperCase(),
      b64(secret),
      Buffer.from(secret).toString('base64url'),
    ];
    for (const form of forms) {
      const text = redactor.redact(`before ${form} after`);
      expect(text).toMatch(/^before \S*\*\*\*\S* after$/);
      expect(text).not.toContain(form.replace(/^"|"$/g, ''));
    }
  });

  test('masks the secret inside a longer base64 text, at any offset, and a basic-auth pair', () => {
    const redactor = new Redactor(['s3cret-Passw0rd'], { username: 'api-key', password: 's3cret-Passw0rd' });
    for (const prefix of ['', 'x', 'xy', 'Bearer ']) {
      const encoded = b64(`${prefix}s3cret-Passw0rd`);
      const text = redactor.redact(`header: ${encoded}`);
      expect(text).toContain('***');
      expect(text.length).toBeLessThan(`header: ${encoded}`.length - 10);
    }
    expect(redactor.redact(`Authorization: Basic ${b64('api-key:s3cret-Passw0rd')}`)).toMatch(/^Authorization: Basic \*\*\*=*$/);
  });

  test('no secret: the text as it is', () => {
    expect(new Redactor([undefined, '']).redact('nothing to hide')).toBe('nothing to hide');
  });
});

describe('URL credentials', () => {
  test('redactUrl masks the password (or a lone user name) of every URL in a text, up to the last @ of the authority', () => {
    expect(redactUrl('https://user:pa55@host/')).toBe('https://user:***@host/');
    expect(redactUrl('schema registry at http://key@host:8081/x?mail=a@b failed')).toBe('schema registry at http://***@host:8081/x?mail=a@b failed');
    expect(redactUrl('GET https://u:p@ss@host/path')).toBe('GET https://u:***@host/path');
    expect(redactUrl('https://host/no/credentials')).toBe('https://host/no/credentials');
    expect(redactUrl('{"url":"http://host","owner":"a@b.c"}')).toBe('{"url":"http://host","owner":"a@b.c"}');
  });

  test('withoutCredentials takes the userinfo off, percent-decoded', () => {
    expect(withoutCredentials('https://api%2Dkey:s3cr%40t@registry.example.com/base')).toEqual({
      url: 'https://registry.example.com/base',
      username: 'api-key',
      password: 's3cr@t',
    });
    expect(withoutCredentials('https://registry.example.com')).toEqual({ url: 'https://registry.example.com' });
  });
});
