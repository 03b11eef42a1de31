import { KEY_CLASS_WORDS, keyClass, type KeyClass } from './formats';
import type { ObjectShape, Shape } from './shape';

/**
 * When an object is a map (its keys are data) rather than a record (its keys are field names).
 * Keys that are data never become names: an e-mail, a host, an id or a feature name written as
 * a field name would put customer data in the schema and change the schema with every new key.
 *
 * An object position whose mode is `auto` (no override, not fixed by the committed schema) is
 * judged on evidence gathered over all the objects seen there, none of it depending on their
 * order (only on the set of keys and on each key's share of the objects):
 * 1. **key shapes**: every key looks like data (see {@link keyClass}: ids, UUIDs, dates,
 *    versions, e-mail addresses, URLs, IP addresses, host names, paths, file names, prefixed
 *    numbers such as `sku_42`, phrases with spaces), or at least 2 keys do and they outnumber
 *    the others → map; and one key of a kind no field is ever named like (an e-mail address,
 *    a URL, an IP address, a host, a path, a file name) → map, whatever the others;
 * 2. **many keys, one shape**: more than {@link MANY_KEYS} keys besides the fixed ones (below)
 *    whose values share one kind besides null → map;
 * 3. **keys that keep coming**: at least {@link MIN_VARYING_KEYS} keys besides the fixed ones,
 *    most of them (the median) in at most {@link RARE_SHARE} of the objects — field names
 *    saturate, data keys keep coming — and their values share one kind; objects among them
 *    alike (the keys most of them have make up at least half of their keys) → map. Records
 *    with optional fields (GitHub payloads) have few rare keys or values of several kinds;
 * 4. **too many keys**: more than {@link MAP_KEY_LIMIT} distinct keys → map. The fields are then
 *    folded into the map's value shape while observing (bounded memory and time), all but the
 *    keys missing from at most {@link FOLDED_MISSES} objects (the structural keys below).
 *
 * A map keeps its **fixed keys** apart: keys that look like names and are in at least half of
 * the objects (past the limit of rule 4, also missing from at most {@link FOLDED_MISSES}); rules
 * 2 and 3 count only when there are a few ({@link MAX_FIXED_KEYS} at most, fewer than half the
 * other keys). Their values join the map's value type, a record among them as a type of its own
 * when it differs from the data values' records (`{"meta": {...}, "<feature>": {...}}`:
 * `map<[Meta, ...]>`).
 *
 * An override (`map` / `record` per path) or the committed schema decides instead; a forced
 * `record` is never folded. A record that rule 1 would make a map is a **near call**, reported
 * with the override that settles it; so is a record with some data-like keys (at least 2, a
 * quarter of the keys).
 */
export const MANY_KEYS = 64;
export const MAP_KEY_LIMIT = 1000;
export const MIN_VARYING_KEYS = 8;
export const RARE_SHARE = 0.1;
/** Share of the objects from which a name-like key is a fixed key of a map. */
export const FIXED_SHARE = 0.5;
/** At most this many fixed keys (and fewer than half the data keys) beside the data keys. */
export const MAX_FIXED_KEYS = 4;
/**
 * Past the limit of rule 4, a key stays apart while it is missing from at most this many objects.
 * A count, not a share: misses only grow, so a key dropped (its values joined with the data
 * values) can never qualify again, and the keys kept apart are exactly the keys missing from at
 * most this many objects of the whole sample, whatever the order. No share can be kept exact
 * that way with bounded memory (a key's share can rise again after it was dropped). Enough for a
 * catalogue's few grouping nodes without its structural key (browser-compat-data: 4 of 17,764).
 */
export const FOLDED_MISSES = 64;

export interface ObjectDecision {
  kind: 'record' | 'map';
  /** Keys of a map kept apart (structural keys), sorted. */
  fixed: string[];
  /** For notes: what the keys look like (classes and counts, never a key). */
  evidence?: string;
  /** A record by the rules whose keys look like data. */
  nearCall?: boolean;
}

const WEAK: ReadonlySet<KeyClass> = new Set(['spaced', 'punctuated']);
const NEVER_NAMES: ReadonlySet<KeyClass> = new Set(['email', 'url', 'ip', 'host', 'path', 'file']);

/** Keys by what they look like: counts per class, and the keys with a class. */
export function classifyKeys(keys: Iterable<string>): { total: number; data: Set<string>; strong: number; classes: Map<KeyClass, number> } {
  const data = new Set<string>();
  const classes = new Map<KeyClass, number>();
  let total = 0;
  let strong = 0;
  for (const key of keys) {
    total++;
    const kind = keyClass(key);
    if (kind === undefined) continue;
    data.add(key);
    classes.set(kind, (classes.get(kind) ?? 0) + 1);
    if (!WEAK.has(kind)) strong++;
  }
  return { total, data, strong, classes };
}

/** `3 of 3 keys look like e-mail addresses`, `5 of 6 keys look like host names (2) and paths (3)`. */
export function describeKeyClasses(classes: Map<KeyClass, number>, total: number): string {
  const found = [...classes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const count = found.reduce((sum, [, n]) => sum + n, 0);
  const words =
    found.length === 1
      ? KEY_CLASS_WORDS[found[0]![0]]
      : found
          .map(([kind, n]) => `${KEY_CLASS_WORDS[kind]} (${n})`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' and $1');
  return `${count} of ${total} keys look like ${words}`;
}

/**
 * Decides an object position from its shape. `join(keys)` gives the join of the values of
 * those keys (and of the folded values, past rule 4).
 */
export function decideObject(object: ObjectShape, joinOf: (object: ObjectShape, keys: string[]) => Shape): ObjectDecision {
  const join = (keys: string[]) => joinOf(object, keys);
  const keys = [...object.fields.keys()];
  const { total, data, strong, classes } = classifyKeys(keys);
  const fixedKeys = (minimum: (present: number) => boolean) => keys.filter((key) => !data.has(key) && minimum(object.fields.get(key)!.present)).sort(compare);

  if (object.values !== undefined) {
    // Rule 4 (folded while observing): the fields left are the keys missing from at most FOLDED_MISSES objects.
    return { kind: 'map', fixed: object.oversized ? [] : fixedKeys((present) => present >= FIXED_SHARE * object.count) };
  }
  if (total === 0) return { kind: 'record', fixed: [] };
  const shapes = data.size > 0 ? describeKeyClasses(classes, total) : undefined;
  // Rule 1.
  if (data.size === total && (strong > 0 || total >= 2)) return { kind: 'map', fixed: [], evidence: shapes };
  const fixed = fixedKeys((present) => present >= FIXED_SHARE * object.count);
  // Rule 1, a key no field is ever named like (an e-mail address, a URL, a file name...).
  if ([...classes.keys()].some((kind) => NEVER_NAMES.has(kind))) return { kind: 'map', fixed: fixed.length <= MAX_FIXED_KEYS ? fixed : [], evidence: shapes };
  if (data.size >= 2 && data.size > total - data.size) return { kind: 'map', fixed, evidence: shapes };
  const varying = keys.filter((key) => !fixed.includes(key));
  // Structural keys are a few beside many data keys; more, and they are a record's fields.
  const few = fixed.length <= MAX_FIXED_KEYS && fixed.length * 2 < varying.length;
  // Rule 2 (over all keys when the fixed ones are not a few).
  if (few && varying.length > MANY_KEYS && kindsBesidesNull(join(varying)) <= 1) return { kind: 'map', fixed };
  if (total > MANY_KEYS && kindsBesidesNull(join(keys)) <= 1) return { kind: 'map', fixed: [] };
  // Rule 3.
  if (few && varying.length >= MIN_VARYING_KEYS && object.count > 0) {
    const shares = varying.map((key) => object.fields.get(key)!.present / object.count).sort((a, b) => a - b);
    const median = shares[Math.floor((shares.length - 1) / 2)]!;
    if (median <= RARE_SHARE) {
      const values = join(varying);
      if (kindsBesidesNull(values) <= 1 && (values.object === undefined || objectsAlike(values.object, joinOf, 1))) {
        return { kind: 'map', fixed, evidence: `${varying.length} distinct keys, most in ≤ ${RARE_SHARE * 100}% of the objects, values of one shape` };
      }
    }
  }
  const nearCall = data.size >= 2 && data.size * 4 >= total;
  return { kind: 'record', fixed: [], evidence: shapes, nearCall };
}

/** Rule 1 alone, for a record the committed schema keeps: does it look keyed by data? */
export function looksKeyedByData(keys: Iterable<string>): string | undefined {
  const { total, data, strong, classes } = classifyKeys(keys);
  if (total === 0) return undefined;
  const all = data.size === total && (strong > 0 || total >= 2);
  const most = data.size >= 2 && data.size > total - data.size;
  return all || most ? describeKeyClasses(classes, total) : undefined;
}

/**
 * Whether the objects of a joined shape are alike: the keys most of them have make up at least
 * half of their keys, or they share such keys and their other keys look like data keys again
 * (rare, values of one kind, alike: `{"meta", "<sub-feature>": {...}}`). Records of different
 * kinds (an issue, a repository) share a few keys (`id`, `url`) and each has many of its own,
 * of several kinds.
 */
function objectsAlike(object: ObjectShape, joinOf: (object: ObjectShape, keys: string[]) => Shape, depth: number): boolean {
  if (object.values !== undefined || object.count === 0) return true;
  let all = 0;
  let core = 0;
  const others: string[] = [];
  for (const [key, field] of object.fields) {
    all += field.present;
    if (field.present * 2 >= object.count) core += field.present;
    else others.push(key);
  }
  if (core * 2 >= all) return true;
  if (core === 0) return false;
  const shares = others.map((key) => object.fields.get(key)!.present / object.count).sort((a, b) => a - b);
  if (shares[Math.floor((shares.length - 1) / 2)]! > RARE_SHARE) return false;
  const values = joinOf(object, others);
  if (kindsBesidesNull(values) > 1) return false;
  return values.object === undefined || depth === 0 || objectsAlike(values.object, joinOf, depth - 1);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function kindsBesidesNull(shape: Shape): number {
  let kinds = 0;
  if (shape.booleans) kinds++;
  if (shape.integers !== 0 || shape.doubles || shape.prior?.number) kinds++;
  if (shape.strings !== undefined || shape.prior?.string || shape.prior?.enum || shape.prior?.bytes || shape.prior?.fixed) kinds++;
  if (shape.object !== undefined || shape.records !== undefined) kinds++;
  if (shape.array !== undefined) kinds++;
  return kinds;
}
