/** An Avro schema in its JSON form, as written to `.avsc` files. */
export type AvroSchema = string | AvroSchema[] | AvroComplexSchema;

export interface AvroComplexSchema {
  type: string | AvroSchema;
  [attribute: string]: unknown;
}

export interface AvroField {
  name: string;
  type: AvroSchema;
  default?: unknown;
  doc?: string;
  [attribute: string]: unknown;
}

/** The committed text of a schema: 2-space JSON with a trailing newline. */
export function formatSchema(schema: AvroSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
