import type { AvroSchema } from './avro';
import { resolveSchema, type EnumSchema, type NamedSchema, type RecordSchema, type ResolvedField, type ResolvedSchema } from './resolve';

/**
 * Avro schema resolution as Apache Avro (Java) `SchemaCompatibility.checkReaderWriterCompatibility`
 * decides it (1.12), which is what Confluent Schema Registry applies. This is a port of Java's
 * `ReaderWriterCompatibilityChecker`, quirks included (memoization on node identity, the nested
 * checks of union branches starting from a fresh location, the enum-default rule), so verdicts,
 * incompatibility types and locations match the reference.
 */

export type IncompatibilityType =
  'NAME_MISMATCH' | 'FIXED_SIZE_MISMATCH' | 'MISSING_ENUM_SYMBOLS' | 'READER_FIELD_MISSING_DEFAULT_VALUE' | 'TYPE_MISMATCH' | 'MISSING_UNION_BRANCH';

export interface Incompatibility {
  type: IncompatibilityType;
  /** JSON pointer into the reader schema, as Java reports it (e.g. `/fields/0/type`). */
  location: string;
  message: string;
}

export interface ReaderWriterResult {
  compatible: boolean;
  incompatibilities: Incompatibility[];
}

/** Schema Registry compatibility levels for one pair of schemas. */
export type CompatibilityLevel = 'FULL' | 'BACKWARD' | 'FORWARD' | 'NONE';
export type Direction = 'BACKWARD' | 'FORWARD';

type Verdict = 'COMPATIBLE' | 'INCOMPATIBLE' | 'RECURSION_IN_PROGRESS';

interface Result {
  verdict: Verdict;
  incompatibilities: Incompatibility[];
}

const COMPATIBLE: Result = { verdict: 'COMPATIBLE', incompatibilities: [] };
const RECURSION_IN_PROGRESS: Result = { verdict: 'RECURSION_IN_PROGRESS', incompatibilities: [] };

function merged(result: Result, other: Result): Result {
  return {
    verdict: result.verdict === 'COMPATIBLE' ? other.verdict : 'INCOMPATIBLE',
    incompatibilities: [...result.incompatibilities, ...other.incompatibilities],
  };
}

/** Java's location rendering: the root token is dropped, tokens are JSON-pointer escaped. */
function pointer(location: readonly string[]): string {
  return `/${location
    .slice(1)
    .map((token) => token.replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('/')}`;
}

function incompatible(type: IncompatibilityType, message: string, location: readonly string[]): Result {
  return { verdict: 'INCOMPATIBLE', incompatibilities: [{ type, location: pointer(location), message }] };
}

/** Java's `Schema.Type` names, used in its messages. */
function typeName(schema: ResolvedSchema): string {
  return schema.type.toUpperCase();
}

/** Names match unqualified, or the reader lists the writer's full name among its aliases. */
export function schemaNamesMatch(reader: NamedSchema, writer: NamedSchema): boolean {
  return reader.name === writer.name || reader.aliases.includes(writer.fullName);
}

/** The writer field a reader field reads from: same name, or one of the reader field's aliases. */
export function lookupWriterField(writer: RecordSchema, readerField: ResolvedField): ResolvedField | undefined {
  const matches: ResolvedField[] = [];
  const direct = writer.fields.find((field) => field.name === readerField.name);
  if (direct) matches.push(direct);
  for (const alias of new Set(readerField.aliases)) {
    const aliased = writer.fields.find((field) => field.name === alias);
    if (aliased) matches.push(aliased);
  }
  if (matches.length > 1) throw new Error(`Reader record field ${readerField.name} matches multiple fields in writer record schema ${writer.fullName}`);
  return matches[0];
}

class ReaderWriterChecker {
  private readonly memo = new Map<ResolvedSchema, Map<ResolvedSchema, Result>>();

  /** `at`: pointer tokens of the reader node within its schema; empty for a whole schema. */
  check(reader: ResolvedSchema, writer: ResolvedSchema, at: readonly string[] = []): Result {
    const last = at[at.length - 1];
    if (last === undefined) return this.compatibility('', reader, writer, []);
    return this.compatibility(last, reader, writer, ['', ...at.slice(0, -1)]);
  }

  private compatibility(token: string, reader: ResolvedSchema, writer: ResolvedSchema, location: string[]): Result {
    location.push(token);
    let byWriter = this.memo.get(reader);
    if (!byWriter) this.memo.set(reader, (byWriter = new Map<ResolvedSchema, Result>()));
    let result = byWriter.get(writer);
    if (result) {
      // A pair met again while still being checked: compatible unless proven otherwise elsewhere.
      if (result.verdict === 'RECURSION_IN_PROGRESS') result = COMPATIBLE;
    } else {
      byWriter.set(writer, RECURSION_IN_PROGRESS);
      result = this.calculate(reader, writer, location);
      byWriter.set(writer, result);
    }
    location.pop();
    return result;
  }

  private calculate(reader: ResolvedSchema, writer: ResolvedSchema, location: string[]): Result {
    let result = COMPATIBLE;
    if (reader.type === writer.type) {
      switch (reader.type) {
        case 'array':
          return merged(result, this.compatibility('items', reader.items, (writer as typeof reader).items, location));
        case 'map':
          return merged(result, this.compatibility('values', reader.values, (writer as typeof reader).values, location));
        case 'fixed': {
          const fixedWriter = writer as typeof reader;
          result = merged(result, this.names(reader, fixedWriter, location));
          return merged(result, this.fixedSize(reader, fixedWriter, location));
        }
        case 'enum': {
          const enumWriter = writer as typeof reader;
          result = merged(result, this.names(reader, enumWriter, location));
          return merged(result, this.enumSymbols(reader, enumWriter, location));
        }
        case 'record': {
          const recordWriter = writer as typeof reader;
          result = merged(result, this.names(reader, recordWriter, location));
          return merged(result, this.recordFields(reader, recordWriter, location));
        }
        case 'union': {
          (writer as typeof reader).branches.forEach((writerBranch, index) => {
            location.push(String(index));
            // Java checks each branch from a fresh location (its two-argument overload) and keeps only the verdict.
            if (this.check(reader, writerBranch).verdict === 'INCOMPATIBLE') {
              result = merged(result, incompatible('MISSING_UNION_BRANCH', `reader union lacking writer type: ${typeName(writerBranch)}`, location));
            }
            location.pop();
          });
          return result;
        }
        default:
          return result;
      }
    }

    if (writer.type === 'union') {
      writer.branches.forEach((branch, index) => {
        result = merged(result, this.compatibility(String(index), reader, branch, location));
      });
      return result;
    }

    switch (reader.type) {
      case 'long':
        return writer.type === 'int' ? result : merged(result, this.typeMismatch(reader, writer, location));
      case 'float':
        return writer.type === 'int' || writer.type === 'long' ? result : merged(result, this.typeMismatch(reader, writer, location));
      case 'double':
        return writer.type === 'int' || writer.type === 'long' || writer.type === 'float'
          ? result
          : merged(result, this.typeMismatch(reader, writer, location));
      case 'bytes':
        return writer.type === 'string' ? result : merged(result, this.typeMismatch(reader, writer, location));
      case 'string':
        return writer.type === 'bytes' ? result : merged(result, this.typeMismatch(reader, writer, location));
      case 'union': {
        for (const readerBranch of reader.branches) {
          if (this.check(readerBranch, writer).verdict === 'COMPATIBLE') return result;
        }
        return merged(result, incompatible('MISSING_UNION_BRANCH', `reader union lacking writer type: ${typeName(writer)}`, location));
      }
      default:
        return merged(result, this.typeMismatch(reader, writer, location));
    }
  }

  private recordFields(reader: RecordSchema, writer: RecordSchema, location: string[]): Result {
    let result = COMPATIBLE;
    location.push('fields');
    reader.fields.forEach((readerField, position) => {
      location.push(String(position));
      const writerField = lookupWriterField(writer, readerField);
      if (!writerField) {
        if (!readerField.hasDefault) {
          if (readerField.type.type === 'enum' && readerField.type.default !== undefined) {
            // Java's rule, verbatim: the reader's enum is checked against the writer *record*.
            result = merged(result, this.compatibility('type', readerField.type, writer, location));
          } else {
            result = merged(result, incompatible('READER_FIELD_MISSING_DEFAULT_VALUE', readerField.name, location));
          }
        }
      } else {
        result = merged(result, this.compatibility('type', readerField.type, writerField.type, location));
      }
      location.pop();
    });
    location.pop();
    return result;
  }

  private enumSymbols(reader: EnumSchema, writer: EnumSchema, location: string[]): Result {
    let result = COMPATIBLE;
    location.push('symbols');
    const missing = [...new Set(writer.symbols)].filter((symbol) => !reader.symbols.includes(symbol)).sort(javaStringOrder);
    if (missing.length > 0 && !(reader.default !== undefined && reader.symbols.includes(reader.default))) {
      result = incompatible('MISSING_ENUM_SYMBOLS', `[${missing.join(', ')}]`, location);
    }
    location.pop();
    return result;
  }

  private fixedSize(reader: { size: number }, writer: { size: number }, location: string[]): Result {
    let result = COMPATIBLE;
    location.push('size');
    if (reader.size !== writer.size) {
      result = incompatible('FIXED_SIZE_MISMATCH', `expected: ${writer.size}, found: ${reader.size}`, location);
    }
    location.pop();
    return result;
  }

  private names(reader: NamedSchema, writer: NamedSchema, location: string[]): Result {
    let result = COMPATIBLE;
    location.push('name');
    if (!schemaNamesMatch(reader, writer)) result = incompatible('NAME_MISMATCH', `expected: ${writer.fullName}`, location);
    location.pop();
    return result;
  }

  private typeMismatch(reader: ResolvedSchema, writer: ResolvedSchema, location: string[]): Result {
    return incompatible('TYPE_MISMATCH', `reader type: ${typeName(reader)} not compatible with writer type: ${typeName(writer)}`, location);
  }
}

/** Java's `String.compareTo` (UTF-16 code units), which `TreeSet` uses for the missing symbols. */
function javaStringOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolved(schema: AvroSchema | ResolvedSchema, resolvedAlready: boolean): ResolvedSchema {
  return resolvedAlready ? (schema as ResolvedSchema) : resolveSchema(schema as AvroSchema);
}

/** Can data written with `writer` be read with `reader`? Throws `SchemaError` for invalid schemas. */
export function checkReaderWriter(reader: AvroSchema, writer: AvroSchema): ReaderWriterResult {
  return checkResolvedReaderWriter(resolved(reader, false), resolved(writer, false));
}

/**
 * The same check on resolved schemas. `location` is where the reader node sits in its schema (JSON
 * pointer tokens), so nested checks report locations as a whole-schema check would.
 */
export function checkResolvedReaderWriter(reader: ResolvedSchema, writer: ResolvedSchema, location: readonly string[] = []): ReaderWriterResult {
  const result = new ReaderWriterChecker().check(reader, writer, location);
  return { compatible: result.verdict !== 'INCOMPATIBLE', incompatibilities: result.incompatibilities };
}

export interface CompatibilityVerdict {
  level: CompatibilityLevel;
  /** New schema reading data written with the old one. */
  backward: ReaderWriterResult;
  /** Old schema reading data written with the new one. */
  forward: ReaderWriterResult;
}

/** The Schema Registry level an evolution from `before` to `after` satisfies. */
export function compatibilityOf(before: ResolvedSchema, after: ResolvedSchema): CompatibilityVerdict {
  const backward = checkResolvedReaderWriter(after, before);
  const forward = checkResolvedReaderWriter(before, after);
  return { level: levelOf(backward.compatible, forward.compatible), backward, forward };
}

export function levelOf(backward: boolean, forward: boolean): CompatibilityLevel {
  if (backward && forward) return 'FULL';
  if (backward) return 'BACKWARD';
  if (forward) return 'FORWARD';
  return 'NONE';
}

/** The levels Schema Registry accepts; the `_TRANSITIVE` variants mean the plain level for one pair. */
export const REQUIRED_LEVELS = ['NONE', 'BACKWARD', 'FORWARD', 'FULL', 'BACKWARD_TRANSITIVE', 'FORWARD_TRANSITIVE', 'FULL_TRANSITIVE'] as const;
export type RequiredLevel = (typeof REQUIRED_LEVELS)[number];

export function parseRequiredLevel(text: string): CompatibilityLevel | undefined {
  const upper = text.trim().toUpperCase();
  if (!(REQUIRED_LEVELS as readonly string[]).includes(upper)) return undefined;
  return upper.replace(/_TRANSITIVE$/, '') as CompatibilityLevel;
}

/** Does an evolution with level `actual` meet the `required` level? */
export function satisfiesLevel(actual: CompatibilityLevel, required: CompatibilityLevel): boolean {
  if (required === 'NONE' || actual === 'FULL') return true;
  return actual === required;
}

/** The level that asks for every direction any of `levels` asks for (BACKWARD and FORWARD together: FULL). */
export function strictestLevel(...levels: CompatibilityLevel[]): CompatibilityLevel {
  const needs = (direction: Direction) => levels.some((level) => level === 'FULL' || level === direction);
  return levelOf(needs('BACKWARD'), needs('FORWARD'));
}

/** The directions in which a level fails. */
export function brokenDirections(level: CompatibilityLevel): Direction[] {
  if (level === 'FULL') return [];
  if (level === 'BACKWARD') return ['FORWARD'];
  if (level === 'FORWARD') return ['BACKWARD'];
  return ['BACKWARD', 'FORWARD'];
}
