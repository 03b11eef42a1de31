/** DataHub's `SchemaField` in its Rest.li JSON form (`com.linkedin.schema.*` type unions). */
export interface SchemaFieldDataType {
  type: Record<string, Record<string, unknown>>;
}

export interface SchemaField {
  fieldPath: string;
  nullable: boolean;
  description?: string;
  type?: SchemaFieldDataType;
  nativeDataType?: string;
  recursive?: boolean;
  globalTags?: { tags: Array<{ tag: string }> };
  isPartOfKey?: boolean;
  jsonProps?: string;
}
