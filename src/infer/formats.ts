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
    text.length === 36 && text.charCodeAt(8) === 45 && text.charCodeAt(13) === 45 && text.charCodeAt(18) === 45 && text.charCodeAt(23) === 45 &&
    isHexRun(text, 0, 8) && isHexRun(text, 9, 13) && isHexRun(text, 14, 18) && isHexRun(text, 19, 23) && isHexRun(text, 24, 36)
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
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

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
