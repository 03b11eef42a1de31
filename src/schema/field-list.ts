import { describeType } from './describe';
import type { ResolvedSchema } from './resolve';

export interface ListedField {
  /** The diff's field path (`a.b`, `a[].b`, `a{}.b`). */
  path: string;
  /** describeType of the field's type without its null branch. */
  type: string;
  /** Its union has a null branch: records may leave it out. */
  optional: boolean;
}

/** Pure: the fields of a record schema, nested ones after their parent, up to `limit`; each record type once. */
export function listFields(schema: ResolvedSchema, limit: number): ListedField[] {
  const listed: ListedField[] = [];
  const seen = new Set<ResolvedSchema>();
  const walk = (node: ResolvedSchema, path: string): void => {
    const rest = node.type === 'union' ? node.branches.filter((branch) => branch.type !== 'null') : [node];
    if (rest.length !== 1) return;
    const only = rest[0]!;
    if (only.type === 'array') return walk(only.items, `${path}[]`);
    if (only.type === 'map') return walk(only.values, `${path}{}`);
    if (only.type !== 'record' || seen.has(only)) return;
    seen.add(only);
    for (const field of only.fields) {
      if (listed.length >= limit) return;
      const fieldPath = path === '' ? field.name : `${path}.${field.name}`;
      const branches = field.type.type === 'union' ? field.type.branches : [field.type];
      const nonNull = branches.filter((branch) => branch.type !== 'null');
      listed.push({
        path: fieldPath,
        type: nonNull.map(describeType).join(' | ') || 'null',
        optional: nonNull.length < branches.length,
      });
      walk(field.type, fieldPath);
    }
  };
  walk(schema, '');
  return listed;
}
