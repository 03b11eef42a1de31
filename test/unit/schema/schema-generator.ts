/**
 * A seeded generator of Avro schemas and of schema evolutions (mutations), for cross-checking the
 * compatibility checker and the diff against Apache Avro (Java). Deterministic for a given seed.
 * Names come from counters, so a renamed field's alias never collides with a newer field.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Json;
type Obj = { [key: string]: Json };

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
}

const PRIMITIVES = ['boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;

export class SchemaGenerator {
  private counter = 0;
  constructor(private readonly rng: Rng) {}

  private fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  record(depth = 0, namespace?: string): Obj {
    const fields: Json[] = [];
    const count = 1 + this.rng.int(depth === 0 ? 5 : 3);
    for (let index = 0; index < count; index++) fields.push(this.field(depth + 1));
    const record: Obj = { type: 'record', name: this.fresh('R'), fields };
    if (namespace) record.namespace = namespace;
    return record;
  }

  field(depth: number): Obj {
    const type = this.type(depth);
    const field: Obj = { name: this.fresh('f'), type };
    if (this.rng.chance(0.4)) {
      const value = defaultFor(type);
      if (value !== undefined) field.default = value;
    }
    return field;
  }

  type(depth: number): Schema {
    const roll = this.rng.int(depth > 2 ? 3 : 10);
    switch (roll) {
      case 0:
      case 1:
        return this.rng.pick(PRIMITIVES);
      case 2:
        return ['null', this.rng.pick(PRIMITIVES)];
      case 3:
        return { type: 'array', items: this.type(depth + 1) };
      case 4:
        return { type: 'map', values: this.type(depth + 1) };
      case 5:
        return this.record(depth);
      case 6:
        return this.enumType();
      case 7:
        return { type: 'fixed', name: this.fresh('F'), size: 1 + this.rng.int(4) };
      case 8:
        return ['null', this.record(depth)];
      default: {
        const branches = new Set<string>();
        while (branches.size < 2 + this.rng.int(2)) branches.add(this.rng.pick(PRIMITIVES));
        return this.rng.chance(0.5) ? ['null', ...branches] : [...branches];
      }
    }
  }

  enumType(): Obj {
    const symbols = Array.from({ length: 1 + this.rng.int(4) }, () => this.fresh('S'));
    const schema: Obj = { type: 'enum', name: this.fresh('E'), symbols };
    if (this.rng.chance(0.3)) schema.default = this.rng.pick(symbols);
    return schema;
  }

  /** A copy of `schema` with 1–3 random evolutions applied. */
  mutate(schema: Obj): Obj {
    const copy = structuredClone(schema);
    const steps = 1 + this.rng.int(3);
    for (let step = 0; step < steps; step++) this.mutateOnce(copy);
    return copy;
  }

  private mutateOnce(root: Obj): void {
    const records = collect(root, (node) => isObj(node) && node.type === 'record') as Obj[];
    const record = this.rng.pick(records);
    const fields = record.fields as Obj[];
    const action = this.rng.int(16);
    switch (action) {
      case 0: // add a field, maybe with a default
      case 1: {
        const field = this.field(2);
        if (action === 1) delete field.default;
        fields.splice(this.rng.int(fields.length + 1), 0, field);
        return;
      }
      case 2: // remove a field
        if (fields.length > 1) fields.splice(this.rng.int(fields.length), 1);
        return;
      case 3: // change a field's type
        return this.retype(this.rng.pick(fields), this.type(2));
      case 4: // numeric promotion or string/bytes swap (either way)
        return this.promote(this.rng.pick(fields));
      case 5: {
        // wrap in / unwrap from a nullable union
        const field = this.rng.pick(fields);
        const type = field.type;
        if (Array.isArray(type)) {
          const rest = type.filter((branch) => branch !== 'null');
          if (rest.length === 1 && rest[0] !== undefined) this.retype(field, rest[0]);
          else if (rest.length < type.length) this.retype(field, rest);
        } else {
          this.retype(field, ['null', type as Json]);
          if (this.rng.chance(0.6)) field.default = null;
        }
        return;
      }
      case 6: {
        // enum symbols and default
        const enums = collect(root, (node) => isObj(node) && node.type === 'enum') as Obj[];
        if (enums.length === 0) return;
        const enumType = this.rng.pick(enums);
        const symbols = enumType.symbols as string[];
        const roll = this.rng.int(4);
        if (roll === 0) symbols.push(this.fresh('S'));
        else if (roll === 1 && symbols.length > 1) {
          const [removed] = symbols.splice(this.rng.int(symbols.length), 1);
          if (enumType.default === removed) delete enumType.default;
        } else if (roll === 2) enumType.default = this.rng.pick(symbols);
        else delete enumType.default;
        return;
      }
      case 7: {
        // rename a named type, with or without an alias to the old name; or change only its namespace
        const named = collect(root, (node) => isObj(node) && ['record', 'enum', 'fixed'].includes(node.type as string)) as Obj[];
        const target = this.rng.pick(named);
        const old = target.name as string;
        const roll = this.rng.int(3);
        if (roll === 2) {
          target.namespace = this.rng.pick(['com.example', 'org.other', '']);
          return;
        }
        target.name = this.fresh(old.replace(/\d+$/, ''));
        if (roll === 1) target.aliases = [old];
        return;
      }
      case 8: {
        // rename a field, with or without an alias
        const field = this.rng.pick(fields);
        const old = field.name as string;
        field.name = this.fresh('f');
        if (this.rng.chance(0.6)) field.aliases = [old];
        return;
      }
      case 9: {
        // add or drop a default
        const field = this.rng.pick(fields);
        if ('default' in field) delete field.default;
        else {
          const value = defaultFor(field.type as Json);
          if (value !== undefined) field.default = value;
        }
        return;
      }
      case 10: {
        // add or remove a union branch
        const field = this.rng.pick(fields);
        const type = field.type;
        if (Array.isArray(type)) {
          const missing = PRIMITIVES.filter((primitive) => !type.includes(primitive));
          if (this.rng.chance(0.5) && missing.length > 0) this.retype(field, [...type, this.rng.pick(missing)]);
          else if (type.length > 2) this.retype(field, type.slice(0, -1));
        } else if (typeof type === 'string') {
          const other = this.rng.pick(PRIMITIVES.filter((primitive) => primitive !== type));
          this.retype(field, [type, other]);
        }
        return;
      }
      case 11: {
        // fixed size
        const fixed = collect(root, (node) => isObj(node) && node.type === 'fixed') as Obj[];
        if (fixed.length > 0) this.rng.pick(fixed).size = 1 + this.rng.int(5);
        return;
      }
      case 12: {
        // array <-> map, or promote inside a container
        const containers = collect(root, (node) => isObj(node) && (node.type === 'array' || node.type === 'map')) as Obj[];
        if (containers.length === 0) return;
        const container = this.rng.pick(containers);
        if (this.rng.chance(0.5)) {
          if (container.type === 'array') {
            container.type = 'map';
            container.values = container.items as Json;
            delete container.items;
          } else {
            container.type = 'array';
            container.items = container.values as Json;
            delete container.values;
          }
          dropDefaultsUsing(root, container);
        } else {
          const key = container.type === 'array' ? 'items' : 'values';
          const inner = container[key];
          if (typeof inner === 'string' && PROMOTIONS[inner]) {
            container[key] = this.rng.pick(PROMOTIONS[inner]);
            dropDefaultsUsing(root, container);
          }
        }
        return;
      }
      case 13: {
        // reorder fields (no effect on compatibility)
        fields.reverse();
        return;
      }
      case 14: {
        // doc change (no effect on compatibility)
        this.rng.pick(fields).doc = this.fresh('doc ');
        return;
      }
      default: {
        // add a field aliased to an existing one's name (a rename that keeps reading old data)
        const field = this.rng.pick(fields);
        const renamed: Obj = { ...field, name: this.fresh('f'), aliases: [field.name as string] };
        fields.splice(fields.indexOf(field), 1, renamed);
        return;
      }
    }
  }

  private retype(field: Obj, type: Json): void {
    field.type = type;
    delete field.default;
    if (this.rng.chance(0.5)) {
      const value = defaultFor(type);
      if (value !== undefined) field.default = value;
    }
  }

  private promote(field: Obj): void {
    const type = field.type;
    if (typeof type === 'string' && PROMOTIONS[type]) {
      this.retype(field, this.rng.pick(PROMOTIONS[type]));
    } else if (Array.isArray(type)) {
      const index = type.findIndex((branch) => typeof branch === 'string' && PROMOTIONS[branch]);
      const branch = type[index];
      if (typeof branch === 'string' && PROMOTIONS[branch]) {
        const next = this.rng.pick(PROMOTIONS[branch]);
        if (!type.includes(next)) {
          const copy = [...type];
          copy[index] = next;
          this.retype(field, copy);
        }
      }
    }
  }
}

/** Promotions and their reverses, so evolutions go both ways. */
const PROMOTIONS: Record<string, string[]> = {
  int: ['long', 'float', 'double'],
  long: ['int', 'float', 'double'],
  float: ['double', 'long'],
  double: ['float', 'int'],
  string: ['bytes'],
  bytes: ['string'],
};

function isObj(node: Json | undefined): node is Obj {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function collect(node: Json, predicate: (node: Json) => boolean, into: Json[] = []): Json[] {
  if (predicate(node)) into.push(node);
  if (Array.isArray(node)) for (const item of node) collect(item, predicate, into);
  else if (isObj(node)) for (const value of Object.values(node)) collect(value, predicate, into);
  return into;
}

/** Drops defaults of fields whose type contains `changed` (they may no longer be valid). */
function dropDefaultsUsing(root: Obj, changed: Obj): void {
  for (const field of collect(root, (node) => isObj(node) && 'name' in node && 'type' in node && !('fields' in node)) as Obj[]) {
    if (collect(field.type as Json, (node) => node === changed).length > 0) delete field.default;
  }
}

/** A valid default for a type, or undefined when none is easy to write. */
export function defaultFor(type: Json): Json | undefined {
  if (Array.isArray(type)) return type[0] === undefined ? undefined : defaultFor(type[0]);
  if (typeof type === 'string') {
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return false;
      case 'int':
      case 'long':
        return 0;
      case 'float':
      case 'double':
        return 1.5;
      case 'bytes':
        return '\u0000';
      case 'string':
        return 'x';
      default:
        return undefined;
    }
  }
  if (!isObj(type)) return undefined;
  switch (type.type) {
    case 'array':
      return [];
    case 'map':
      return {};
    case 'enum':
      return (type.symbols as string[])[0];
    case 'fixed':
      return '\u0000'.repeat(type.size as number);
    case 'record': {
      const value: Obj = {};
      for (const field of type.fields as Obj[]) {
        const inner = defaultFor(field.type as Json);
        if (inner === undefined) return undefined;
        value[field.name as string] = inner;
      }
      return value;
    }
    default:
      return undefined;
  }
}
