/**
 * Where a text stops being JSON, told by line and column only. V8's JSON.parse messages quote
 * the text (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and an error about a
 * file must not print what the file holds. Called only after JSON.parse has thrown, so this
 * scan is not on any hot path.
 */
export function describeJsonError(text: string): string {
  const offset = firstErrorOffset(text);
  if (offset === undefined) return 'position unknown';
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const where = `line ${line}, column ${offset - lineStart + 1}`;
  return offset >= text.length ? `unexpected end at ${where}` : `at ${where}`;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const LITERALS = new Map(['true', 'false', 'null'].map((word) => [word.charCodeAt(0), word]));
const ESCAPES = new Set([...'"\\/bfnrtu'].map((c) => c.charCodeAt(0)));

/**
 * The offset of the first character that RFC 8259 JSON (what JSON.parse accepts) does not
 * allow there: text.length when the text ends too early, undefined when the text is valid.
 * Iterative (a stack of open containers), so any nesting depth is fine.
 */
export function firstErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  };
  /** End of the string starting at i (a quote), or the negated offset of its error minus one. */
  const string = (start: number): number => {
    for (let j = start + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c < 0x20) return -j - 1;
      if (c !== 0x5c) continue;
      const escaped = text.charCodeAt(++j);
      if (j >= n) return -n - 1;
      if (!ESCAPES.has(escaped)) return -j - 1;
      if (escaped !== 0x75) continue;
      for (let k = 0; k < 4; k++) {
        if (++j >= n) return -n - 1;
        if (!isHex(text.charCodeAt(j))) return -j - 1;
      }
    }
    return -n - 1;
  };
  const digits = (start: number): number => {
    let j = start;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    return j;
  };
  const number = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 0x2d) j++;
    if (j >= n) return -n - 1;
    if (text.charCodeAt(j) === 0x30) j++;
    else if (isDigit(text.charCodeAt(j))) j = digits(j);
    else return -j - 1;
    if (text.charCodeAt(j) === 0x2e) {
      const end = digits(j + 1);
      if (end === j + 1) return -Math.min(end, n) - 1;
      j = end;
    }
    const e = text.charCodeAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const sign = text.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      const end = digits(j);
      if (end === j) return -Math.min(end, n) - 1;
      j = end;
    }
    return j;
  };

  const open: number[] = []; // 0x7b '{' or 0x5b '['
  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    if (state === 'after') {
      if (open.length === 0) return i < n ? i : undefined;
      if (i >= n) return n;
      const c = text.charCodeAt(i);
      const top = open[open.length - 1];
      if (c === 0x2c) {
        i++;
        state = top === 0x7b ? 'key' : 'value';
      } else if ((top === 0x7b && c === 0x7d) || (top === 0x5b && c === 0x5d)) {
        i++;
        open.pop();
      } else return i;
      continue;
    }
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (state === 'key') {
      if (c !== 0x22) return i;
      const end = string(i);
      if (end < 0) return -end - 1;
      i = end;
      skipSpace();
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      state = 'value';
      continue;
    }
    state = 'after';
    if (c === 0x7b || c === 0x5b) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) === c + 2)
        i++; // '}' is '{' + 2, ']' is '[' + 2
      else {
        open.push(c);
        state = c === 0x7b ? 'key' : 'value';
      }
      continue;
    }
    let end: number;
    if (c === 0x22) end = string(i);
    else if (c === 0x2d || isDigit(c)) end = number(i);
    else {
      const literal = LITERALS.get(c);
      if (literal === undefined) return i;
      let j = i + 1;
      while (j - i < literal.length && text.charCodeAt(j) === literal.charCodeAt(j - i)) j++;
      if (j - i < literal.length) return Math.min(j, n); // where it stops matching, as V8 says
      end = j;
    }
    if (end < 0) return -end - 1;
    i = end;
  }
}
