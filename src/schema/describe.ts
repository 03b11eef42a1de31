import type { ResolvedSchema } from './resolve';

/**
 * A short, human-readable type: `long`, `long (timestamp-millis)`, `null | string`, `array<int>`,
 * `map<record com.acme.Address>`, `enum Color`, `fixed Md5(16)`. Named types show their name only,
 * so recursive schemas terminate and a description stays one line.
 */
export function describeType(schema: ResolvedSchema): string {
  switch (schema.type) {
    case 'record':
      return `record ${schema.fullName}`;
    case 'enum':
      return `enum ${schema.fullName}`;
    case 'fixed':
      return `fixed ${schema.fullName}(${schema.size})${schema.logicalType ? ` (${schema.logicalType})` : ''}`;
    case 'array':
      return `array<${describeType(schema.items)}>`;
    case 'map':
      return `map<${describeType(schema.values)}>`;
    case 'union':
      return schema.branches.map(describeType).join(' | ');
    default:
      return schema.logicalType ? `${schema.type} (${schema.logicalType})` : schema.type;
  }
}

/** A default value as it reads in the schema (JSON); `undefined` when there is none. */
export function describeDefault(hasDefault: boolean, value: unknown): string | null {
  return hasDefault ? JSON.stringify(value) : null;
}
