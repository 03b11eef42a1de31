/**
 * Recognizers for strings that carry data of a known form: UUIDs and RFC 3339 dates and
 * timestamps (string formats), and object keys that are data rather than field names.
 * Each checks the length and a separator first, so ordinary strings cost a comparison or two.
 */

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** RFC 3339 `date-time`: full date, `T` (RFC 3339 §5.6 allows `t`; its note allows a space), time, offset. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const NUMERIC_ID = /^-?\d+$/;
/** Hex ids (hashes, object ids): 8+ hex digits with at least one decimal digit, so `deadbeef`-like words are not ids. */
const HEX_ID = /^(0x)?(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{8,}$/;

export function isUuid(text: string): boolean {
  return text.length === 36 && text.charCodeAt(8) === 45 && UUID.test(text);
}

export function isDate(text: string): boolean {
  return text.length === 10 && text.charCodeAt(4) === 45 && DATE.test(text);
}

export function isDateTime(text: string): boolean {
  return text.length >= 20 && text.charCodeAt(4) === 45 && DATE_TIME.test(text);
}

/** An object key that is a value (id, UUID, date, hex) rather than the name of a field. */
export function isDataKey(key: string): boolean {
  const first = key.charCodeAt(0);
  const startsLikeData = (first >= 48 && first <= 57) || first === 45 || (first >= 97 && first <= 102) || (first >= 65 && first <= 70);
  if (!startsLikeData) return false;
  return NUMERIC_ID.test(key) || isUuid(key) || isDate(key) || isDateTime(key) || HEX_ID.test(key);
}
