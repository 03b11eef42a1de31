import { JsonDouble, type JsonObject, type JsonValue } from './value';

/**
 * Where a number literal that plain JSON.parse might not keep exactly may start (after `:`,
 * `,` or `[` and optional whitespace): an exponent (`1e3`, `1.5e1`: a double by how it is
 * written, maybe whole), a zero fraction followed by a delimiter (`1.0`, `10.00`), or 16
 * digits (and dot) in a row (an integer that may exceed 2^53, or a fraction that may round to
 * a whole number, `999999999999999.99`). The common case's only scan; a match may lie inside
 * a string (timestamps such as `12:00:00.000Z` do not match: the fraction ends at `Z`), which
 * only costs the exact path's scanner.
 */
const HINT = /[:,[]\s*-?(?:[\d.]{16}|\d+(?:\.(?:0+[\s,\]}]|\d+[eE])|[eE]))/;

/** Sentinels are JSON strings `"\u0000<index>"`: a NUL can only come from the data via this escape. */
const SENTINEL_ESCAPE = '\\u0000';

/**
 * Parses JSON text exactly (see JsonValue): integers beyond 2^53 are `bigint`, whole numbers
 * written with a fraction or exponent are `JsonDouble`, every other number a plain number.
 *
 * The common case costs one JSON.parse and one regular-expression scan (HINT). A flagged text
 * has each inexact literal rewritten into a sentinel string, is parsed once without a
 * reviver, and has the sentinels replaced by their exact values (exactPath). Rare texts (a
 * top level that is not an object or array, a `\u0000` escape in the text, invalid JSON) take
 * the reviver, which reads every literal's source (Node ≥ 21).
 */
export function parseJson(text: string): JsonValue {
  if (!startsAsContainer(text)) return parseWithReviver(text); // not `{` or `[`: small or invalid
  if (!HINT.test(text)) return JSON.parse(text) as JsonValue;
  return exactPath(text);
}

/**
 * HINT without its 16-digit branch: the literals whose JSON.parse value has another Avro type
 * than the literal itself, i.e. whole numbers written as doubles: an exponent, a zero fraction,
 * or a fraction of 17 or more digits in all (one of 16 digits or fewer never rounds to a whole
 * number, so its value is fractional and reads as a double anyway). For speed the scan stops
 * only at `.`, `e`, `E` and `9` and reads forward first: after a `.`, the digits and what ends
 * them (`e`, or a delimiter: in a container text a literal is always followed by one); only then
 * do look-behinds check what the fraction was (zeros, or 17 digits in all) and the context (a
 * delimiter, then digits). No back-reference: the former `(?=(\d+))\1` made V8's engine scan
 * 1.1–1.6× as long on the test corpus. Backtracking into `\d+` costs one step per digit (a digit
 * never matches what must follow the digits), so the scan stays linear. The last branch sends
 * the text to the exact path: `922337203685477`, the digits every integer literal rounding to
 * ±2^63 starts with (those in [2^63 − 512, 2^63 + 1024]: whether one fits a long, only its exact
 * value tells).
 * Global: typedPath continues the scan that found the first match.
 */
const TYPE_HINT =
  /\.\d+(?:[eE]|[\s,\]}](?<=\.0+[\s\S]|[\d.]{18}[\s\S]))(?<=[:,[]\s*-?\d+\.\d+[\s\S]?)|[eE][+-]?\d(?<=[:,[]\s*-?\d+[eE][+-]?\d)|922337203685477/g;

/**
 * Parses JSON text as exactly as its Avro types need (what inference reads): the same values
 * as parseJson, except that an integer literal beyond 2^53 may come back as the rounded
 * `number` when the text needs the exact path for nothing else. The rounding never changes
 * the type: a rounded integer below 2^63 in magnitude was a long literal, one beyond was not
 * (and the literals rounding to ±2^63 itself always take the exact path). Saves the common
 * big-id message (a 64-bit id in every message) the exact path's scan.
 */
export function parseJsonTyped(text: string): JsonValue {
  if (!startsAsContainer(text)) return parseWithReviver(text);
  if (text.length > 2 * MAX_JSON_DEPTH && nestedDeeperThan(text, MAX_JSON_DEPTH)) throw new JsonDepthError();
  TYPE_HINT.lastIndex = 0;
  const first = TYPE_HINT.exec(text);
  if (first === null) return JSON.parse(text) as JsonValue;
  return typedPath(text, first);
}

/**
 * How deep a message (what parseJsonTyped reads) may nest objects and arrays. Deeper ones are
 * refused with JsonDepthError: the reviver path and the schema's formatting (JSON.stringify)
 * recurse, fine at 1,000 levels, out of stack at 5,000; and a schema 1,000 levels deep is already
 * far over the size limit of a schema file. Schema texts (parseJson) are not limited. A text
 * nesting deeper than the limit is at least twice as long as it.
 */
export const MAX_JSON_DEPTH = 1000;

/** The text nests objects and arrays deeper than MAX_JSON_DEPTH; callers skip it like text that is not JSON. */
export class JsonDepthError extends Error {
  override name = 'JsonDepthError';
  constructor() {
    super(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/**
 * Whether objects and arrays nest deeper than `limit` in the text. Nesting is bounded by the
 * number of `{` and `[`, which indexOf counts at a few percent of JSON.parse's time; only a
 * text with more of them than `limit` is scanned (outside strings) for its actual depth.
 */
function nestedDeeperThan(text: string, limit: number): boolean {
  let brackets = 0;
  for (let i = text.indexOf('{'); i !== -1 && brackets <= limit; i = text.indexOf('{', i + 1)) brackets++;
  for (let i = text.indexOf('['); i !== -1 && brackets <= limit; i = text.indexOf('[', i + 1)) brackets++;
  if (brackets <= limit) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = closingQuote(text, i);
      if (i === -1) return false; // unterminated string: JSON.parse rejects the text
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Whether the text starts (after whitespace) with `{` or `[`. */
function startsAsContainer(text: string): boolean {
  let start = 0;
  let first = text.charCodeAt(0);
  while (isWhitespace(first)) first = text.charCodeAt(++start);
  return first === 123 || first === 91;
}

/**
 * The exact path for an object or array text that the hint flagged: a scanner that lexes like
 * JSON.parse (strings skipped with indexOf, escapes honoured) rewrites each number literal
 * whose exact value is not JSON.parse's into a sentinel string; the text is parsed once,
 * without a reviver, and the sentinels are replaced by their values.
 */
function exactPath(text: string): JsonValue {
  if (text.includes(SENTINEL_ESCAPE)) return parseWithReviver(text);
  const exact: Array<JsonDouble | bigint> = [];
  const rewritten = rewriteInexact(text, exact);
  if (exact.length === 0) return JSON.parse(text) as JsonValue;
  let value: JsonValue;
  try {
    value = JSON.parse(rewritten) as JsonValue;
  } catch {
    // Only invalid text gets here (a number token became a string token, which leaves valid
    // text valid and invalid text invalid): the reviver path throws JSON.parse's own error.
    return parseWithReviver(text);
  }
  replaceSentinels(value as JsonObject | JsonValue[], exact);
  return value;
}

/** The text with each inexact literal replaced by the sentinel of its exact value (pushed to `exact`). */
function rewriteInexact(text: string, exact: Array<JsonDouble | bigint>): string {
  let rewritten = '';
  let copied = 0;
  const length = text.length;
  /** The last character outside strings that is not whitespace. */
  let previous = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = closingQuote(text, i);
      if (end === -1) break; // unterminated string: JSON.parse rejects the text
      i = end + 1;
      previous = 34;
    } else if (c === 45 || isDigit(c)) {
      const start = i;
      const afterDelimiter = previous === 58 || previous === 44 || previous === 91;
      previous = 48;
      const end = numberEnd(text, start);
      if (end === -1) {
        // Not a number: JSON.parse rejects the text; skip the token in one step.
        while (isNumberCharacter(text.charCodeAt(++i)));
        continue;
      }
      i = end;
      if (!afterDelimiter || !isValueEnd(text, end)) continue;
      const value = exactValue(text.slice(start, end));
      if (value === undefined) continue;
      rewritten += `${text.slice(copied, start)}"${SENTINEL_ESCAPE}${exact.length}"`;
      copied = end;
      exact.push(value);
    } else {
      if (!isWhitespace(c)) previous = c;
      i++;
    }
  }
  return exact.length === 0 ? text : rewritten + text.slice(copied);
}

/**
 * parseJsonTyped's path for a flagged text (`first`: the first match): TYPE_HINT's matches
 * (its global scan continued) are the candidates, each a literal written as a double; the
 * whole ones are rewritten into sentinels without checking that they lie outside strings. A
 * sentinel put inside a string closes it there and leaves `\u0000…` outside any string, which
 * JSON.parse always rejects: then (and for invalid text) the exact path decides.
 */
function typedPath(text: string, first: RegExpExecArray): JsonValue {
  const doubles: JsonDouble[] = [];
  let rewritten = '';
  let copied = 0;
  for (let match: RegExpExecArray | null = first; match !== null; match = TYPE_HINT.exec(text)) {
    if (match[0].charCodeAt(0) === 57) return exactPath(text); // `9223…`
    let start = match.index; // at the `.`, `e` or `E`: the literal starts before its digits and sign
    while (isDigit(text.charCodeAt(start - 1))) start--;
    if (text.charCodeAt(start - 1) === 45) start--;
    const end = numberEnd(text, start);
    if (end === -1 || !isValueEnd(text, end)) continue;
    TYPE_HINT.lastIndex = end;
    const number = Number(text.slice(start, end));
    if (!Number.isInteger(number)) continue;
    rewritten += `${text.slice(copied, start)}"${SENTINEL_ESCAPE}${doubles.length}"`;
    copied = end;
    doubles.push(new JsonDouble(number));
  }
  if (doubles.length === 0) return JSON.parse(text) as JsonValue;
  if (text.includes(SENTINEL_ESCAPE)) return exactPath(text); // a NUL in the data could pass for a sentinel
  let value: JsonValue;
  try {
    value = JSON.parse(rewritten + text.slice(copied)) as JsonValue;
  } catch {
    return exactPath(text);
  }
  replaceSentinels(value as JsonObject | JsonValue[], doubles);
  return value;
}

/** The end of the JSON number at `start` (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or -1 when none starts there. */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const integerStart = i;
  if (text.charCodeAt(i) === 48) i++;
  else while (isDigit(text.charCodeAt(i))) i++;
  if (i === integerStart) return -1;
  if (text.charCodeAt(i) === 46) {
    const fractionStart = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === fractionStart) return -1;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    const sign = text.charCodeAt(++i);
    if (sign === 43 || sign === 45) i++;
    const exponentStart = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === exponentStart) return -1;
  }
  return i;
}

/**
 * Whether a number ending at `end` is a value: after whitespace comes `,`, `]`, `}` or the
 * end of the text. Only values are rewritten: a bare token in key position must stay invalid,
 * not become a string key.
 */
function isValueEnd(text: string, end: number): boolean {
  let next = end;
  while (isWhitespace(text.charCodeAt(next))) next++;
  const after = text.charCodeAt(next);
  return next === text.length || after === 44 || after === 93 || after === 125;
}

/**
 * The exact value of a number literal when JSON.parse's is not it: a whole number written with
 * a fraction or exponent (JsonDouble), or an integer beyond 2^53 - 1 (bigint).
 */
function exactValue(literal: string): JsonDouble | bigint | undefined {
  const digits = literal.charCodeAt(0) === 45 ? literal.slice(1) : literal;
  if (INTEGER.test(digits)) {
    if (digits.length < 16 || (digits.length === 16 && digits <= MAX_SAFE_DIGITS)) return undefined;
    return BigInt(literal);
  }
  const number = Number(literal);
  return Number.isInteger(number) ? new JsonDouble(number) : undefined;
}

const INTEGER = /^\d+$/;

function isNumberCharacter(code: number): boolean {
  return isDigit(code) || code === 45 || code === 43 || code === 46 || code === 101 || code === 69;
}

/** The index of the quote closing the string opened at `open`, or -1 when it is unterminated. */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Whether the quote at `at` is escaped: preceded by an odd number of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let before = at - 1;
  while (text.charCodeAt(before) === 92) before--;
  return (at - 1 - before) % 2 === 1;
}

/** Number.MAX_SAFE_INTEGER's digits: a 16-digit integer is safe when it sorts no later. */
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

function isSentinel(value: unknown): value is string {
  return typeof value === 'string' && value.charCodeAt(0) === 0;
}

/**
 * Puts the exact values in place of their sentinels. Iterative (any depth); stops once every
 * sentinel is replaced (fewer are found when a duplicate key dropped one: then it walks all).
 */
function replaceSentinels(root: JsonObject | JsonValue[], exact: Array<JsonDouble | bigint>): void {
  let left = exact.length;
  const stack: Array<JsonObject | JsonValue[]> = [root];
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const item = container[i];
        if (typeof item === 'object') {
          if (item !== null) stack.push(item as JsonObject | JsonValue[]);
        } else if (isSentinel(item)) {
          container[i] = exact[Number(item.slice(1))]!;
          if (--left === 0) return;
        }
      }
    } else {
      // An own `__proto__` key is a data property: assigning to it sets that property.
      for (const key in container) {
        const item = container[key];
        if (typeof item === 'object') {
          if (item !== null) stack.push(item as JsonObject | JsonValue[]);
        } else if (isSentinel(item)) {
          container[key] = exact[Number(item.slice(1))]!;
          if (--left === 0) return;
        }
      }
    }
  }
}

function parseWithReviver(text: string): JsonValue {
  return JSON.parse(text, reviveExactNumber) as JsonValue;
}

function reviveExactNumber(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
  if (typeof value !== 'number' || context?.source === undefined) return value;
  const source = context.source;
  if (source.includes('.') || source.includes('e') || source.includes('E')) return Number.isInteger(value) ? new JsonDouble(value) : value;
  if (!Number.isSafeInteger(value)) return BigInt(source);
  return value;
}
