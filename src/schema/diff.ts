import type { AvroSchema } from './avro';
import { checkResolvedReaderWriter, compatibilityOf, lookupWriterField, schemaNamesMatch, type CompatibilityVerdict, type Direction } from './compatibility';
import { describeDefault, describeType } from './describe';
import { resolveSchema, type EnumSchema, type NamedSchema, type RecordSchema, type ResolvedField, type ResolvedSchema } from './resolve';

/**
 * Structured diff of two Avro schemas (old → new), field path by field path.
 *
 * Field paths (see docs/compatibility.md):
 *   `a.b`        field `b` of the record in field `a` (the root record's fields have no prefix)
 *   `a[]`        the items of array `a`;   `a[].b` a field of record items
 *   `a{}`        the values of map `a`;    `a{}.b` a field of record values
 *   `a(Name)`    the branch `Name` of a union with several non-null branches; `a(Name).b`
 *   ``           the root schema itself (empty path)
 * A nullable union `["null", T]` is transparent: its `T` has the field's own path.
 *
 * `breaks` says in which direction the change alone makes data unreadable, by the rules of Avro
 * Java's `SchemaCompatibility`: BACKWARD = the new schema cannot read data written with the old
 * one; FORWARD = the old schema cannot read data written with the new one.
 */

export type ChangeKind =
  | 'added'
  | 'removed'
  | 'renamed'
  | 'type-changed'
  | 'widened'
  | 'nullability-changed'
  | 'default-changed'
  | 'doc-changed'
  | 'symbol-added'
  | 'symbol-removed'
  | 'changed';

export interface SchemaChange {
  path: string;
  kind: ChangeKind;
  before: string | null;
  after: string | null;
  breaks: Direction[];
}

export interface SchemaDiff {
  changes: SchemaChange[];
  verdict: CompatibilityVerdict;
}

/** Diffs two schemas in JSON form; throws `SchemaError` if either is not valid Avro. */
export function diffSchemas(before: AvroSchema, after: AvroSchema): SchemaDiff {
  return diffResolvedSchemas(resolveSchema(before), resolveSchema(after));
}

export function diffResolvedSchemas(before: ResolvedSchema, after: ResolvedSchema): SchemaDiff {
  const walker = new DiffWalker();
  walker.node(before, after, '');
  return { changes: sortChanges(walker.changes), verdict: compatibilityOf(before, after) };
}

const KIND_ORDER: ChangeKind[] = [
  'removed',
  'added',
  'renamed',
  'changed',
  'type-changed',
  'widened',
  'nullability-changed',
  'symbol-removed',
  'symbol-added',
  'default-changed',
  'doc-changed',
];

/** Path order (so nested changes follow their parent), then a fixed kind order, then values. */
export function sortChanges<T extends SchemaChange>(changes: T[]): T[] {
  const text = (value: string | null): string => value ?? '';
  return [...changes].sort(
    (a, b) =>
      compareText(a.path, b.path) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compareText(text(a.before), text(b.before)) ||
      compareText(text(a.after), text(b.after)),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fieldPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** The directions in which the new schema `after` and the old `before` fail to read each other. */
function brokenBetween(before: ResolvedSchema, after: ResolvedSchema): Direction[] {
  const breaks: Direction[] = [];
  if (!checkResolvedReaderWriter(after, before).compatible) breaks.push('BACKWARD');
  if (!checkResolvedReaderWriter(before, after).compatible) breaks.push('FORWARD');
  return breaks;
}

function nonNullBranches(schema: ResolvedSchema): ResolvedSchema[] {
  return schema.type === 'union' ? schema.branches.filter((branch) => branch.type !== 'null') : [schema];
}

function isNullable(schema: ResolvedSchema): boolean {
  return schema.type === 'union' && schema.branches.some((branch) => branch.type === 'null');
}

function branchLabel(schema: ResolvedSchema): string {
  return 'name' in schema && typeof schema.name === 'string' ? schema.name : schema.type;
}

function sameBranch(before: ResolvedSchema, after: ResolvedSchema): boolean {
  if ('fullName' in before && 'fullName' in after) {
    return before.type === after.type && (before.fullName === after.fullName || schemaNamesMatch(after, before));
  }
  return before.type === after.type && !('fullName' in before) && !('fullName' in after);
}

const NUMERIC_WIDENINGS: Record<string, string[]> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
};

class DiffWalker {
  readonly changes: SchemaChange[] = [];
  private readonly visited = new Map<ResolvedSchema, Set<ResolvedSchema>>();
  /**
   * Directions in which the current node is read at all. Under a field that old readers do not find
   * in new data (they use their default), nothing below can break FORWARD.
   */
  private active: Direction[] = ['BACKWARD', 'FORWARD'];

  private add(path: string, kind: ChangeKind, before: string | null, after: string | null, breaks: Direction[]): void {
    this.changes.push({ path, kind, before, after, breaks: breaks.filter((direction) => this.active.includes(direction)) });
  }

  node(before: ResolvedSchema, after: ResolvedSchema, path: string): void {
    const beforeRest = nonNullBranches(before);
    const afterRest = nonNullBranches(after);
    const nullableBefore = isNullable(before);
    const nullableAfter = isNullable(after);
    if (nullableBefore !== nullableAfter && beforeRest.length > 0 && afterRest.length > 0) {
      // Adding null: old readers without a null branch fail on new nulls; removing it: the reverse.
      this.add(path, 'nullability-changed', describeType(before), describeType(after), [nullableAfter ? 'FORWARD' : 'BACKWARD']);
    }
    const [onlyBefore] = beforeRest;
    const [onlyAfter] = afterRest;
    if (beforeRest.length === 1 && afterRest.length === 1 && onlyBefore && onlyAfter) {
      this.core(onlyBefore, onlyAfter, path);
    } else if (beforeRest.length === 0 || afterRest.length === 0) {
      if (beforeRest.length !== afterRest.length) {
        this.add(path, 'type-changed', describeType(before), describeType(after), brokenBetween(before, after));
      }
    } else {
      this.unionBranches(before, after, beforeRest, afterRest, path);
    }
  }

  /** Unions with several non-null branches: one change for the branch set, then into matching branches. */
  private unionBranches(before: ResolvedSchema, after: ResolvedSchema, beforeRest: ResolvedSchema[], afterRest: ResolvedSchema[], path: string): void {
    const pairs: Array<[ResolvedSchema, ResolvedSchema]> = [];
    const removed: ResolvedSchema[] = [];
    const added = new Set(afterRest);
    for (const branch of beforeRest) {
      const match = afterRest.find((candidate) => added.has(candidate) && sameBranch(branch, candidate));
      if (match) {
        pairs.push([branch, match]);
        added.delete(match);
      } else removed.push(branch);
    }
    if (removed.length > 0 || added.size > 0) {
      const breaks = new Set<Direction>();
      // A removed branch breaks BACKWARD when no new branch reads it; an added one breaks FORWARD when no old branch does.
      for (const branch of removed) if (!checkResolvedReaderWriter(after, branch).compatible) breaks.add('BACKWARD');
      for (const branch of added) if (!checkResolvedReaderWriter(before, branch).compatible) breaks.add('FORWARD');
      const kind: ChangeKind = removed.length === 0 ? 'widened' : 'type-changed';
      this.add(path, kind, describeType(before), describeType(after), orderDirections(breaks));
    }
    const single = pairs.length === 1 && beforeRest.length === 1 && afterRest.length === 1;
    for (const [branchBefore, branchAfter] of pairs) {
      this.core(branchBefore, branchAfter, single ? path : `${path}(${branchLabel(branchAfter)})`);
    }
  }

  private core(before: ResolvedSchema, after: ResolvedSchema, path: string): void {
    if (before.type !== after.type) return this.typeChange(before, after, path);
    switch (before.type) {
      case 'array':
        return this.node(before.items, (after as typeof before).items, `${path}[]`);
      case 'map':
        return this.node(before.values, (after as typeof before).values, `${path}{}`);
      case 'record':
      case 'enum':
      case 'fixed': {
        const afterNamed = after as NamedSchema;
        if (this.seen(before, afterNamed)) return;
        this.named(before, afterNamed, path);
        if (before.type === 'record') return this.record(before, after as RecordSchema, path);
        if (before.type === 'enum') return this.enumSymbols(before, after as EnumSchema, path);
        if (before.size !== (after as typeof before).size) {
          this.add(path, 'type-changed', describeType(before), describeType(after), ['BACKWARD', 'FORWARD']);
        }
        return;
      }
      case 'union':
        return; // a union directly inside a union is not valid Avro
      default:
        if (before.logicalType !== (after as typeof before).logicalType) {
          this.add(path, 'type-changed', describeType(before), describeType(after), []);
        }
    }
  }

  private typeChange(before: ResolvedSchema, after: ResolvedSchema, path: string): void {
    const breaks = brokenBetween(before, after);
    const widening = (NUMERIC_WIDENINGS[before.type] ?? []).includes(after.type);
    this.add(path, widening ? 'widened' : 'type-changed', describeType(before), describeType(after), breaks);
  }

  /** Named pairs already compared (recursive schemas, types used in several places). */
  private seen(before: ResolvedSchema, after: ResolvedSchema): boolean {
    let afters = this.visited.get(before);
    if (!afters) this.visited.set(before, (afters = new Set()));
    if (afters.has(after)) return true;
    afters.add(after);
    return false;
  }

  private named(before: NamedSchema, after: NamedSchema, path: string): void {
    if (before.fullName !== after.fullName) {
      const breaks: Direction[] = [];
      if (!schemaNamesMatch(after, before)) breaks.push('BACKWARD');
      if (!schemaNamesMatch(before, after)) breaks.push('FORWARD');
      this.add(path, 'renamed', before.fullName, after.fullName, breaks);
    }
    if ((before.doc ?? null) !== (after.doc ?? null)) this.add(path, 'doc-changed', before.doc ?? null, after.doc ?? null, []);
  }

  private record(before: RecordSchema, after: RecordSchema, path: string): void {
    const matched = new Set<ResolvedField>();
    for (const afterField of after.fields) {
      const beforeField = writerFieldOf(before, afterField);
      const childPath = fieldPath(path, afterField.name);
      if (!beforeField) {
        // New readers need a default for data written without the field.
        this.add(childPath, 'added', null, describeType(afterField.type), afterField.hasDefault ? [] : ['BACKWARD']);
        continue;
      }
      matched.add(beforeField);
      // Old readers look the field up by its old name (or their own aliases) in new data.
      const oldReaderFinds = writerFieldOf(after, beforeField) === afterField;
      if (beforeField.name !== afterField.name) {
        this.add(childPath, 'renamed', beforeField.name, afterField.name, oldReaderFinds || beforeField.hasDefault ? [] : ['FORWARD']);
      }
      this.fieldAttributes(beforeField, afterField, childPath);
      const outer = this.active;
      if (!oldReaderFinds) this.active = outer.filter((direction) => direction !== 'FORWARD');
      this.node(beforeField.type, afterField.type, childPath);
      this.active = outer;
    }
    for (const beforeField of before.fields) {
      if (matched.has(beforeField)) continue;
      const oldReaderFinds = writerFieldOf(after, beforeField) !== undefined;
      this.add(fieldPath(path, beforeField.name), 'removed', describeType(beforeField.type), null, oldReaderFinds || beforeField.hasDefault ? [] : ['FORWARD']);
    }
  }

  private fieldAttributes(before: ResolvedField, after: ResolvedField, path: string): void {
    const defaultBefore = describeDefault(before.hasDefault, before.default);
    const defaultAfter = describeDefault(after.hasDefault, after.default);
    if (defaultBefore !== defaultAfter) this.add(path, 'default-changed', defaultBefore, defaultAfter, []);
    if ((before.doc ?? null) !== (after.doc ?? null)) this.add(path, 'doc-changed', before.doc ?? null, after.doc ?? null, []);
  }

  private enumSymbols(before: EnumSchema, after: EnumSchema, path: string): void {
    for (const symbol of after.symbols) {
      if (!before.symbols.includes(symbol)) this.add(path, 'symbol-added', null, symbol, before.default === undefined ? ['FORWARD'] : []);
    }
    for (const symbol of before.symbols) {
      if (!after.symbols.includes(symbol)) this.add(path, 'symbol-removed', symbol, null, after.default === undefined ? ['BACKWARD'] : []);
    }
    if (before.default !== after.default) this.add(path, 'default-changed', before.default ?? null, after.default ?? null, []);
  }
}

/** Java's field lookup, but a reader field matching several writer fields (which Java rejects) takes the same-named one. */
function writerFieldOf(writer: RecordSchema, readerField: ResolvedField): ResolvedField | undefined {
  try {
    return lookupWriterField(writer, readerField);
  } catch {
    return writer.fields.find((field) => field.name === readerField.name);
  }
}

function orderDirections(directions: Set<Direction>): Direction[] {
  return (['BACKWARD', 'FORWARD'] as const).filter((direction) => directions.has(direction));
}
