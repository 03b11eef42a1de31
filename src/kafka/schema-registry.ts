import { request } from 'undici';
import { errorMessage } from '../util/errors';

/** A schema as registered in a Confluent-compatible Schema Registry. */
export interface RegisteredSchema {
  id: number;
  schemaType: 'AVRO' | 'PROTOBUF' | 'JSON';
  schema: string;
}

export interface SchemaRegistryOptions {
  url: string;
  /** Basic auth (Confluent Cloud: API key and secret). */
  username?: string;
  password?: string;
  timeoutMs?: number;
}

export interface SchemaRegistryClient {
  schemaById(id: number): Promise<RegisteredSchema>;
}

/** Fetches writer schemas by id (`GET /schemas/ids/{id}`), each id once per scan. */
export function createSchemaRegistryClient(options: SchemaRegistryOptions): SchemaRegistryClient {
  const base = options.url.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
  if (options.username !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
  }
  const cache = new Map<number, Promise<RegisteredSchema>>();
  const fetchSchema = async (id: number): Promise<RegisteredSchema> => {
    const url = `${base}/schemas/ids/${id}`;
    let response;
    try {
      response = await request(url, { headers, headersTimeout: options.timeoutMs ?? 10_000, bodyTimeout: options.timeoutMs ?? 10_000 });
    } catch (error) {
      throw new Error(`schema registry at ${base} did not answer for schema id ${id}: ${errorMessage(error)}`);
    }
    const text = await response.body.text();
    if (response.statusCode !== 200) {
      throw new Error(`schema registry at ${base} answered ${response.statusCode} for schema id ${id}`);
    }
    let body: { schema?: unknown; schemaType?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`schema registry at ${base} answered schema id ${id} with something that is not JSON`);
    }
    if (typeof body.schema !== 'string') throw new Error(`schema registry at ${base}: schema id ${id} has no schema text`);
    const schemaType = body.schemaType === 'PROTOBUF' || body.schemaType === 'JSON' ? body.schemaType : 'AVRO';
    return { id, schemaType, schema: body.schema };
  };
  return {
    schemaById(id) {
      let pending = cache.get(id);
      if (!pending) cache.set(id, (pending = fetchSchema(id)));
      return pending;
    },
  };
}
