import { UsageError } from './errors';

/**
 * URLs the user gives (GMS, schema registry) may carry credentials (`https://key:secret@host/`).
 * Whatever prints a URL prints `redactUrl(url)`; requests go to `withoutCredentials(url)` with
 * the credentials, if used at all, in a header (undici does not turn userinfo into basic auth).
 */

/**
 * `scheme://userinfo@` with the userinfo up to the authority's last `@` (a raw `@` in a
 * password); quotes and angle brackets end a URL in a message or a JSON text.
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#"'<>]*)@/gi;

/** The text with the credentials of every URL in it masked: `https://user:***@host/`, `https://***@host/` (a user alone may be a key). */
export function redactUrl(text: string): string {
  return text.replace(USERINFO, (_match, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return `${scheme}${colon < 0 ? '***' : `${userinfo.slice(0, colon)}:***`}@`;
  });
}

export interface UrlCredentials {
  /** The URL without its userinfo. */
  url: string;
  username?: string;
  password?: string;
}

/** Splits the userinfo (percent-decoded) off a URL; a URL that does not parse is returned as it is. */
export function withoutCredentials(text: string): UrlCredentials {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { url: text };
  }
  if (url.username === '' && url.password === '') return { url: text };
  const credentials: UrlCredentials = { url: '', username: decode(url.username) };
  if (url.password !== '') credentials.password = decode(url.password);
  url.username = '';
  url.password = '';
  credentials.url = url.toString();
  return credentials;
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

/** Validates an http(s) URL where it enters (`what`: the flag or input that gave it): a usage error. */
export function checkHttpUrl(text: string, what: string): void {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return;
  // A value with an `@` that redactUrl did not recognise (`user:secret@host`) is not repeated.
  const shown = redactUrl(text);
  const value = shown === text && text.includes('@') ? '' : ` ${JSON.stringify(shown)}`;
  throw new UsageError(`${what}${value} is not an http:// or https:// URL`);
}
