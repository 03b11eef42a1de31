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
  if (text.length !== 36 || text.charCodeAt(8) !== 45 || text.charCodeAt(13) !== 45 || text.charCodeAt(18) !== 45 || text.charCodeAt(23) !== 45) return false;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) continue;
    const c = text.charCodeAt(i);
    if (c >= 128 || HEX[c] === 0) return false;
  }
  return true;
}

/** `^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`, by hand (a table of char codes beats the regex). */
export function isDate(text: string): boolean {
  return text.length === 10 && isDatePrefix(text);
}

/**
 * RFC 3339 `date-time` (§5.6 allows `t`; its note allows a space), by hand:
 * `^<date>[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$`.
 */
export function isDateTime(text: string): boolean {
  const length = text.length;
  if (length < 20 || !isDatePrefix(text)) return false;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return false; // T, t, space
  if (!isTime(text, 11) || text.charCodeAt(16) !== 58) return false;
  const secondTens = digitAt(text, 17);
  const secondUnits = digitAt(text, 18);
  if (secondUnits < 0 || !((secondTens >= 0 && secondTens <= 5) || (secondTens === 6 && secondUnits === 0))) return false;
  let i = 19;
  if (text.charCodeAt(i) === 46) {
    const fractionStart = ++i;
    while (digitAt(text, i) >= 0) i++;
    if (i === fractionStart) return false;
  }
  const zone = text.charCodeAt(i);
  if (zone === 90 || zone === 122) return i + 1 === length; // Z, z
  return (zone === 43 || zone === 45) && i + 6 === length && isTime(text, i + 1); // +hh:mm, -hh:mm
}

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** `\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])` at the start of the text. */
function isDatePrefix(text: string): boolean {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (const at of DATE_DIGITS) if (digitAt(text, at) < 0) return false;
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** `([01]\d|2[0-3]):[0-5]\d` at `at`. */
function isTime(text: string, at: number): boolean {
  const hourTens = digitAt(text, at);
  const hourUnits = digitAt(text, at + 1);
  const minuteTens = digitAt(text, at + 3);
  return (
    hourTens >= 0 && hourUnits >= 0 && hourTens * 10 + hourUnits <= 23 &&
    text.charCodeAt(at + 2) === 58 && minuteTens >= 0 && minuteTens <= 5 && digitAt(text, at + 4) >= 0
  );
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
