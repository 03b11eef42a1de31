/**
 * Servers echo credentials back in error bodies, and not always as they were sent: URL-encoded,
 * lower- or upper-cased, JSON-escaped, base64 (a basic-auth header). A Redactor masks a secret in
 * each of those forms before a server's text reaches a message or a log line.
 */
export class Redactor {
  private readonly pattern: RegExp | undefined;

  /** `basicAuth`: also the base64 of `username:password` as a basic-auth header carries it. */
  constructor(secrets: ReadonlyArray<string | undefined>, basicAuth?: { username: string; password: string }) {
    const forms = new Set<string>();
    for (const secret of secrets) if (secret) for (const form of secretForms(secret)) forms.add(form);
    if (basicAuth) forms.add(base64(`${basicAuth.username}:${basicAuth.password}`).replace(/=+$/, ''));
    forms.delete('');
    const sorted = [...forms].sort((a, b) => b.length - a.length); // longest first: no form is cut by a shorter one
    // Case-insensitive: covers lower-, upper- and mixed-case copies of every form (and of hex escapes).
    this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'gi') : undefined;
  }

  redact(text: string): string {
    return this.pattern ? text.replace(this.pattern, '***') : text;
  }
}

/** Below this length a secret's base64 at an offset (see below) would be too short to be telling. */
const MIN_SHIFTED_BASE64 = 8;

function secretForms(secret: string): string[] {
  const bytes = Buffer.from(secret);
  const encoded = [bytes.toString('base64')];
  // Inside a longer base64 text (`user:secret` in a basic-auth header) the secret's encoding
  // depends on its offset modulo 3: the characters that encode its bytes alone, at each offset.
  for (let shift = 1; shift <= 2; shift++) {
    const shifted = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const core = shifted.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
    if (core.length >= MIN_SHIFTED_BASE64) encoded.push(core);
  }
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    encodeURI(secret),
    JSON.stringify(secret).slice(1, -1),
    ...encoded.flatMap((text) => {
      const unpadded = text.replace(/=+$/, '');
      return [unpadded, unpadded.replace(/\+/g, '-').replace(/\//g, '_')]; // base64 and base64url
    }),
  ];
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
