import type { JsonValue } from '../json/value';
import type { AvroSchema } from '../schema/avro';
import { fieldEvidence, type FieldEvidence } from './evidence';
import { lowerShape, type InferenceNote } from './lower';
import { isAvroNamespace, NameRegistry, pascalCase, recordNameFor } from './names';
import { observe, shapeFactory } from './observe';
import { seedPrior } from './prior';
import type { Shape } from './shape';

/**
 * Streaming Avro schema inference: values are observed one by one into a shape (a join of
 * everything seen, see shape.ts) and never kept; `result()` lowers the shape to Avro.
 * Rules are in docs/inference.md.
 */
export interface InferOptions {
  /** Topic (or other) name: the top-level record is its PascalCase (`orders.v1` → `OrdersV1`). */
  name: string;
  /** Namespace of the top-level record (and so of the records nested in it). */
  namespace?: string;
  /** The committed schema: inference starts from it (names, order, docs, defaults, attributes kept). */
  prior?: AvroSchema;
  /**
   * Forces an object position to be a `map` or a `record`, by path (see paths.ts:
   * keys joined with `.`, array items transparent, `*` for map values, `\` escapes).
   */
  overrides?: Record<string, 'map' | 'record'> | ReadonlyMap<string, 'map' | 'record'>;
  /** Prefix of the names of nested records (default: the top-level record name). */
  recordNamePrefix?: string;
}

export interface SchemaInferrer {
  add(value: JsonValue): void;
  /** Number of values added. */
  readonly count: number;
  result(): AvroSchema;
  /** Near calls of the last result(): positions kept records although their keys look like data. */
  readonly notes: readonly InferenceNote[];
  /** Presence and JSON-type counts per field path of the last result() (at most `limit` paths). */
  evidence(limit: number): Map<string, FieldEvidence>;
}

export function createInferrer(options: InferOptions): SchemaInferrer {
  // Entries validate it as a usage error (checkAvroNamespace); here it would only become invalid Avro.
  if (options.namespace !== undefined && !isAvroNamespace(options.namespace)) {
    throw new Error(`invalid Avro namespace ${JSON.stringify(options.namespace)}`);
  }
  const overrides = new Map<string, 'map' | 'record'>(options.overrides instanceof Map ? options.overrides : Object.entries(options.overrides ?? {}));
  const factory = shapeFactory(overrides);
  let root: Shape;
  let reservedNames: Set<string>;
  if (options.prior !== undefined) ({ shape: root, reservedNames } = seedPrior(options.prior, factory));
  else {
    root = factory.shape('');
    reservedNames = new Set();
  }
  const rootName = recordNameFor(options.name);
  const prefix = options.recordNamePrefix === undefined ? rootName : pascalCase(options.recordNamePrefix) || rootName;
  let count = 0;
  let notes: InferenceNote[] = [];
  let lowered: AvroSchema | undefined;
  return {
    add(value) {
      count++;
      observe(root, value, factory);
    },
    get count() {
      return count;
    },
    get notes() {
      return notes;
    },
    evidence(limit) {
      return lowered === undefined ? new Map() : fieldEvidence(root, lowered, limit);
    },
    result() {
      const context = {
        factory,
        names: new NameRegistry(reservedNames),
        namespace: options.namespace || undefined,
        rootName,
        written: new Map(),
        mapValues: new Map(),
        hints: new Map(),
        decisions: new Map(),
        notes: [],
      };
      const schema = lowerShape(root, prefix, undefined, context, true);
      notes = context.notes;
      lowered = schema;
      return schema;
    },
  };
}

export { formatSchema } from '../schema/avro';
export { MANY_KEYS, MAP_KEY_LIMIT } from './map-heuristic';
export type { InferenceNote } from './lower';
export type { FieldEvidence } from './evidence';
export { childPath as overridePath } from './paths';
