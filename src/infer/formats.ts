/**
 * Recognizers for strings that carry data of a known form: UUIDs and RFC 3339 dates and
 * timestamps (string formats), and object keys that are data rather than field names.
 * Each checks the length and a separator first, so ordinary strings cost a comparison or two.
 */

/** What isUuid accepts: `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** RFC 3339 `date-time`: full date, `T` (RFC 3339 §5.6 allows `t`; its note allows a space), time, offset. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const NUMERIC_ID = /^-?\d+$/;
/** Hex ids (hashes, object ids): 8+ hex digits with at least one decimal digit, so `deadbeef`-like words are not ids. */
const HEX_ID = /^(0x)?(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}$/;

/** 1 for the characters of a hex digit, by char code (a table read beats the UUID regex). */
const HEX = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

/** Same as UUID.test(text), by hand: UUID columns are checked on every string. */
export function isUuid(text: string): boolean {
  if (text.length !== 36 || text.charCodeAt(8) !== 45 || text.charCodeAt(13) !== 45 || text.charCodeAt(18) !== 45 || text.charCodeAt(23) !== 45) return false;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const c = text.charCodeAt(i);
    if (c >= 128 || HEX[c] === 0) return false;
  }
  return true;
}

export function isDate(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && DATE.test(text);
}

export function isDateTime(text: string): boolean {
  return text.length >= 20 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && DATE_TIME.test(text);
}

/** An object key that is a value (id, UUID, date, hex) rather than the name of a field. */
export function isDataKey(key: string): boolean {
  const first = key.charCodeAt(0);
  const startsLikeData = (first >= 48 && first <= 57) || first === 45 || (first >= 97 && first <= 102) || (first >= 65 && first <= 70);
  if (!startsLikeData) return false;
  return NUMERIC_ID.test(key) || isUuid(key) || isDate(key) || isDateTime(key) || HEX_ID.test(key);
}
