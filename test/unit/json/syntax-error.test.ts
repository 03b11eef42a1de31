import fc from 'fast-check';
import { describeJsonError, firstErrorOffset } from '../../../src/json/syntax-error';

/** JSON texts, and texts one edit away from JSON (a character deleted, inserted, replaced, or the rest cut). */
const damagedJson = fc
  .tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace', 'cut'), fc.constantFrom(...'{}[]",:01-.eE+tfnu \\\n\tx\u0001\ufeff'))
  .map(([text, at, edit, char]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'insert') return text.slice(0, i) + char + text.slice(i);
    if (edit === 'cut') return text.slice(0, i);
    return text.slice(0, i) + char + text.slice(i + 1);
  });

function parseError(text: string): Error | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('describeJsonError', () => {
  it('finds an error exactly where JSON.parse does (V8 states the position in most of its messages)', () => {
    let positioned = 0;
    fc.assert(
      fc.property(damagedJson, (text) => {
        const error = parseError(text);
        const offset = firstErrorOffset(text);
        expect([text, offset === undefined]).toEqual([text, error === undefined]);
        if (error === undefined) return;
        const stated = /at position (\d+)/.exec(error.message)?.[1];
        if (stated !== undefined) {
          positioned++;
          expect([text, offset]).toEqual([text, Number(stated)]);
        }
        if (/Unexpected end of JSON input/.test(error.message)) expect([text, offset]).toEqual([text, text.length]);
      }),
      { numRuns: 5000 },
    );
    expect(positioned).toBeGreaterThan(1000);
  });

  it('says line and column only, where V8 quotes the text', () => {
    const text = '{\n  "user": "root",\n  root:x:0:0:root:/root:/bin/bash\n}';
    expect(parseError('root:x:0:0:root:/root:/bin/bash')?.message).toContain('root:x:0:0'); // the leak this avoids
    expect(describeJsonError(text)).toBe('at line 3, column 3');
    expect(describeJsonError('{"a": [1, 2')).toBe('unexpected end at line 1, column 12');
    expect(describeJsonError('')).toBe('unexpected end at line 1, column 1');
    fc.assert(
      fc.property(damagedJson, (text) => {
        if (parseError(text) !== undefined) expect(describeJsonError(text)).toMatch(/^(unexpected end )?at line \d+, column \d+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('handles any nesting depth', () => {
    expect(firstErrorOffset(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(firstErrorOffset(`${'['.repeat(100_000)}x`)).toBe(100_000);
  });
});
