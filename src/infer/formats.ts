/**
 * Recognizers for strings that carry data of a known form: UUIDs and RFC 3339 dates and
 * timestamps (string formats), and object keys that are data rather than field names.
 * Each checks the length and a separator first, so ordinary strings cost a comparison or two.
 */

const NUMERIC_ID = /^-?\d+$/;
/** Hex ids (hashes, object ids): 8+ hex digits with at least one decimal digit, so `deadbeef`-like words are not ids. */
const HEX_ID = /^(0x)?(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}$/;

/** 1 for the characters of a hex digit, by char code (a table read beats the UUID regex). */
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** Same as UUID.test(text), by hand: UUID columns are checked on every string. */
export function isUuid(text: string): boolean {
  return (
    text.length === 36 &&
    text.charCodeAt(8) === 45 &&
    text.charCodeAt(13) === 45 &&
    text.charCodeAt(18) === 45 &&
    text.charCodeAt(23) === 45 &&
    isHexRun(text, 0, 8) &&
    isHexRun(text, 9, 13) &&
    isHexRun(text, 14, 18) &&
    isHexRun(text, 19, 23) &&
    isHexRun(text, 24, 36)
  );
}

/** Whether the characters in [from, to) are all hex digits (runs without a test for the hyphens' places: faster). */
function isHexRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || HEX[c] === 0) return false;
  }
  return true;
}

/** `^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`, by hand (a few char codes beat the regex). */
export function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  if (digitAt(text, 0) < 0 || digitAt(text, 1) < 0 || digitAt(text, 2) < 0 || digitAt(text, 3) < 0) return false;
  const monthTens = digitAt(text, 5);
  const monthUnits = digitAt(text, 6);
  const dayTens = digitAt(text, 8);
  const dayUnits = digitAt(text, 9);
  if (monthTens < 0 || monthUnits < 0 || dayTens < 0 || dayUnits < 0) return false;
  const month = monthTens * 10 + monthUnits;
  const day = dayTens * 10 + dayUnits;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** RFC 3339 `date-time` (§5.6 allows `t`; its note allows a space). */
const DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * DATE_TIME.test(text) after the cheap checks. Date-time columns are checked on every string,
 * and on these (strings that match) the regular expression beats checks by hand.
 */
export function isDateTime(text: string): boolean {
  return text.length >= 20 && text.charCodeAt(4) === 45 && DATE_TIME.test(text);
}

/** The ASCII digit at `at` (0-9), or -1. */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** An object key that is a value (id, UUID, date, hex) rather than the name of a field. */
export function isDataKey(key: string): boolean {
  const first = key.charCodeAt(0);
  const startsLikeData = (first >= 48 && first <= 57) || first === 45 || (first >= 97 && first <= 102) || (first >= 65 && first <= 70);
  if (!startsLikeData) return false;
  return NUMERIC_ID.test(key) || isUuid(key) || isDate(key) || isDateTime(key) || HEX_ID.test(key);
}

/**
 * Kinds of object keys that are values rather than names (see map-heuristic.ts). `id`: the
 * former data keys (numeric ids, UUIDs, dates, hex ids). `spaced`: words separated by spaces (a
 * label, a title), weaker evidence than the rest.
 */
export type KeyClass = 'id' | 'email' | 'url' | 'ip' | 'host' | 'path' | 'file' | 'numbered' | 'spaced' | 'punctuated';

export const KEY_CLASS_WORDS: Record<KeyClass, string> = {
  id: 'numbers, ids, UUIDs, versions or dates',
  email: 'e-mail addresses',
  url: 'URLs',
  ip: 'IP addresses',
  host: 'host names',
  path: 'paths',
  file: 'file names',
  numbered: 'prefixed numbers or ids',
  spaced: 'phrases with spaces',
  punctuated: 'values with @, / or :',
};

const EMAIL = /^[^\s@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const URL_KEY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(:\d+)?$/;
const IPV6 = /^\[?[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}\]?$/;
/** DNS labels joined by dots, optionally with a port. */
const DOTTED = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:\d+)?$/;
/** Endings that make a dotted name a host (`api.example.com`) rather than a dotted field name (`user.name`). */
const HOST_ENDINGS = new Set([
  'com',
  'net',
  'org',
  'io',
  'dev',
  'app',
  'cloud',
  'internal',
  'local',
  'localhost',
  'lan',
  'corp',
  'example',
  'test',
  'invalid',
  'svc',
  'cluster',
  'edu',
  'gov',
  'info',
  'biz',
  'co',
  'uk',
  'de',
  'fr',
  'eu',
  'us',
  'ai',
  'me',
]);
const PATH_KEY = /^(\/[^\s/]*)+\/?$|^[^\s/]+(\/[^\s/]+)+\/?$/;
/** File names with a common extension (a gist's `files`, a repository listing). */
const FILE_KEY =
  /^[^\s/\\]*[^\s/\\.]\.(md|markdown|txt|rst|json|ya?ml|toml|ini|cfg|conf|xml|html?|css|s[ac]ss|less|jsx?|mjs|cjs|tsx?|py|rb|go|rs|java|kt|scala|c|h|cc|cpp|hpp|cs|php|swift|sh|bash|zsh|ps1|sql|csv|tsv|log|lock|png|jpe?g|gif|svg|webp|ico|pdf|zip|gz|tgz|tar|jar|whl|ipynb|r|pl|lua|ex|exs|erl|hs|ml|clj|dart|vue|svelte|proto|avsc|gradle|mk|cmake|dockerfile|env)$/i;
/** A word, a separator and a number of 2+ digits (`sku_42`, `user-123`; `line_1` is a name), or a short prefix and a long id (`cus_NffrFeUfNV2Hib`). */
const NUMBERED = /^[A-Za-z]+[-_:#]\d{2,}$/;
/** Version numbers (`1.0`, `v2.3.1`) key releases: data. */
const VERSION = /^[vV]?\d+(\.\d+)+([-+][0-9A-Za-z.-]+)?$/;
const PREFIXED_ID = /^[A-Za-z]{1,8}_(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}$/;

/**
 * The kind of data `key` looks like, or undefined for a key that looks like a field name.
 * Pure and per key: every rule built on it depends on the set of keys only.
 */
export function keyClass(key: string): KeyClass | undefined {
  if (key.length === 0) return undefined;
  if (isDataKey(key) || VERSION.test(key)) return 'id';
  const first = key.charCodeAt(0);
  // `@type`, `$ref`, `_links`: sigils of JSON-LD, JSON Schema, HAL: names.
  if (first === 64 || first === 36) return undefined;
  if (key.includes('@')) return EMAIL.test(key) ? 'email' : 'punctuated';
  if (key.includes('://')) return URL_KEY.test(key) ? 'url' : 'punctuated';
  if (IPV4.test(key) || (key.includes(':') && IPV6.test(key) && /[0-9A-Fa-f]/.test(key))) return 'ip';
  if (key.includes('/')) return PATH_KEY.test(key) ? 'path' : 'punctuated';
  if (key.includes('.')) {
    if (FILE_KEY.test(key)) return 'file';
    if (DOTTED.test(key)) {
      const labels = key.replace(/:\d+$/, '').split('.');
      const last = labels[labels.length - 1]!.toLowerCase();
      if (HOST_ENDINGS.has(last) || labels.some((label) => /[\d-]/.test(label)) || key.includes(':')) return 'host';
    }
  }
  if (NUMBERED.test(key) || PREFIXED_ID.test(key)) return 'numbered';
  if (/\s/.test(key.trim()) && key.trim().length > 0) return 'spaced';
  if (key.includes(':')) return 'punctuated';
  return undefined;
}
