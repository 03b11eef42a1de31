import type { AvroSchema } from '../schema/avro';

/**
 * What has been observed at one position of the values (a field, array items, map values),
 * as a join-semilattice: observing a value or merging two shapes only ever widens it.
 * Its size grows with the schema, never with the number of values observed.
 */
export interface Shape {
  /** Override path of this position (see paths.ts). */
  readonly path: string;
  nulls: boolean;
  booleans: boolean;
  integers: IntegerWidth;
  /** A number with a fraction or exponent (JsonDouble included) was seen. */
  doubles: boolean;
  strings: StringFormats | undefined;
  object: ObjectShape | undefined;
  /** Items of the arrays seen here. */
  array: Shape | undefined;
  /**
   * Records besides `object` at this position, each its own type in the union (before `object`):
   * a map's values that mix structural records with data (`map<[Meta, ...]>`). From the
   * committed schema (objects go to the one whose committed fields cover most of their keys)
   * or built when lowering.
   */
  records?: ObjectShape[];
  /**
   * The values of the deepest map of a committed folded catalogue (`map<[Meta, map<Meta>]>`):
   * an object that fits none of `records` is a node one level deeper, a map whose values are
   * this position again (see prior.ts).
   */
  deeper?: boolean;
  /** Branches of the committed schema at this position, kept so hand edits survive. */
  prior: PriorBranches | undefined;
  /** The fullname of the committed record enclosing this position that it refers back to (a recursive type). */
  refersTo?: string;
  /**
   * Values observed here by JSON type: the evidence the pull request shows (counts only). Plain
   * fields of the shape rather than an object of their own: they are bumped for every value.
   */
  nullsSeen: number;
  booleansSeen: number;
  numbersSeen: number;
  stringsSeen: number;
  objectsSeen: number;
  arraysSeen: number;
}

export interface JsonTypeCounts {
  null: number;
  boolean: number;
  number: number;
  string: number;
  object: number;
  array: number;
}

export const IntegerWidth = { none: 0, int: 1, long: 2 } as const;
export type IntegerWidth = (typeof IntegerWidth)[keyof typeof IntegerWidth];

/** Whether every string seen so far had the format (AND over the strings). */
export interface StringFormats {
  uuid: boolean;
  dateTime: boolean;
  date: boolean;
}

export type ObjectMode = 'auto' | 'map' | 'record';

export interface ObjectShape {
  /** Objects observed (the prior counts for none). */
  count: number;
  /** `auto` lets the map heuristic decide; `map`/`record` come from an override or the prior. */
  mode: ObjectMode;
  /**
   * Fields by JSON key, while the object is described field by field. Once folded into a map
   * (too many keys), only the keys missing from at most FOLDED_MISSES objects so far stay here
   * (the map's structural keys); a forced or committed map has none.
   */
  fields: Map<string, FieldShape>;
  /** Set once the object is a map: the join of its values (but the fields above). */
  values: Shape | undefined;
  /** An object had more than MAP_KEY_LIMIT keys: such a map keeps no structural keys apart. */
  oversized: boolean;
  /** The committed record's attributes (name, namespace, doc, aliases, extras). */
  priorAttributes: Record<string, unknown> | undefined;
  /** The field met at each key position of the last object observed (a look-up cache). */
  lastFields: FieldShape[];
}

export interface FieldShape {
  /** The JSON key. */
  readonly key: string;
  /** Objects that had this key. */
  present: number;
  /** Sum of the key's position in those objects: new fields are ordered by mean position. */
  positionSum: number;
  shape: Shape;
  /** The committed field (name, default, doc, originalName, extras); prior fields keep their place. */
  prior: PriorField | undefined;
}

export interface PriorField {
  /** Position in the committed record. */
  index: number;
  name: string;
  /** Every attribute except `name` and `type` (so `default`, `doc`, `originalName`, extras). */
  attributes: Record<string, unknown>;
}

export type NumberName = 'int' | 'long' | 'float' | 'double';

/** The committed schema's branch at one position, per kind of branch. */
export interface PriorBranches {
  /** Kinds in the committed union order. */
  order: BranchKind[];
  null?: AvroSchema;
  boolean?: AvroSchema;
  number?: { name: NumberName; schema: AvroSchema };
  bytes?: AvroSchema;
  string?: AvroSchema;
  enum?: { schema: Record<string, unknown>; symbols: Set<string> };
  fixed?: { schema: Record<string, unknown>; size: number };
  /** Extra attributes of the committed array / map type (besides type and items/values). */
  array?: Record<string, unknown>;
  map?: Record<string, unknown>;
}

export type BranchKind = 'null' | 'boolean' | 'number' | 'bytes' | 'string' | 'enum' | 'fixed' | 'array' | 'object';

/** Canonical union order: the order branches appear in when the prior says nothing. */
export const branchRank: Record<BranchKind, number> = {
  null: 0,
  boolean: 1,
  number: 2,
  bytes: 3,
  string: 4,
  enum: 5,
  fixed: 6,
  array: 7,
  object: 8,
};

export function createShape(path: string): Shape {
  return {
    path,
    nulls: false,
    booleans: false,
    integers: IntegerWidth.none,
    doubles: false,
    strings: undefined,
    object: undefined,
    array: undefined,
    prior: undefined,
    nullsSeen: 0,
    booleansSeen: 0,
    numbersSeen: 0,
    stringsSeen: 0,
    objectsSeen: 0,
    arraysSeen: 0,
  };
}

export function typeCounts(shape: Shape): JsonTypeCounts {
  return {
    null: shape.nullsSeen,
    boolean: shape.booleansSeen,
    number: shape.numbersSeen,
    string: shape.stringsSeen,
    object: shape.objectsSeen,
    array: shape.arraysSeen,
  };
}

export function createObjectShape(mode: ObjectMode): ObjectShape {
  return { count: 0, mode, fields: new Map(), values: undefined, oversized: false, priorAttributes: undefined, lastFields: [] };
}
