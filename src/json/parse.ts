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
  let start = 0;
  let first = text.charCodeAt(0);
  while (first === 32 || first === 10 || first === 13 || first === 9) first = text.charCodeAt(++start);
  if (first !== 123 && first !== 91) return parseWithReviver(text); // not `{` or `[`: small or invalid
  if (!HINT.test(text)) return JSON.parse(text) as JsonValue;
  return exactPath(text);
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
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) break; // unterminated string: JSON.parse rejects the text
      i = end + 1;
      previous = 34;
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const start = i;
      const afterDelimiter = previous === 58 || previous === 44 || previous === 91;
      previous = 48;
      // JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
      if (c === 45) i++;
      const integerStart = i;
      if (text.charCodeAt(i) === 48) i++;
      else while (isDigit(text.charCodeAt(i))) i++;
      let digits = i - integerStart;
      if (digits === 0) continue;
      let fraction = false;
      let wholeFraction = false;
      let exponent = false;
      if (text.charCodeAt(i) === 46) {
        const fractionStart = ++i;
        let zeros = true;
        for (let d = text.charCodeAt(i); isDigit(d); d = text.charCodeAt(++i)) if (d !== 48) zeros = false;
        if (i === fractionStart) continue;
        digits += i - fractionStart;
        fraction = true;
        wholeFraction = zeros;
      }
      const e = text.charCodeAt(i);
      if (e === 101 || e === 69) {
        let sign = text.charCodeAt(++i);
        if (sign === 43 || sign === 45) sign = text.charCodeAt(++i);
        const exponentStart = i;
        while (isDigit(text.charCodeAt(i))) i++;
        if (i === exponentStart) continue;
        exponent = true;
      }
      if (!afterDelimiter || !(exponent || wholeFraction || digits >= 16)) continue;
      // Only a value literal is rewritten: after whitespace comes `,`, `]`, `}` or the end of the
      // text (a bare token in key position must stay invalid, not become a string key).
      let next = i;
      while (isWhitespace(text.charCodeAt(next))) next++;
      const after = text.charCodeAt(next);
      if (!(next === length || after === 44 || after === 93 || after === 125)) continue;
      const literal = text.slice(start, i);
      let value: JsonDouble | bigint;
      if (exponent || fraction) {
        // Written as a double: exact unless whole (JsonDouble then).
        const number = Number(literal);
        if (!Number.isInteger(number)) continue;
        value = new JsonDouble(number);
      } else {
        // An integer of 16 digits or more: beyond 2^53 - 1 it is a bigint.
        if (digits === 16 && (c === 45 ? literal.slice(1) : literal) <= MAX_SAFE_DIGITS) continue;
        value = BigInt(literal);
      }
      rewritten += `${text.slice(copied, start)}"${SENTINEL_ESCAPE}${exact.length}"`;
      copied = i;
      exact.push(value);
    } else {
      if (!isWhitespace(c)) previous = c;
      i++;
    }
  }
  return exact.length === 0 ? text : rewritten + text.slice(copied);
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
