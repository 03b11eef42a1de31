import { request } from 'undici';
import { errorMessage } from '../util/errors';
import { Redactor } from '../util/redact';
import { redactUrl, withoutCredentials } from '../util/url';

/** A schema as registered in a Confluent-compatible Schema Registry. */
export interface RegisteredSchema {
  id: number;
  schemaType: 'AVRO' | 'PROTOBUF' | 'JSON';
  schema: string;
}

export interface SchemaRegistryOptions {
  /** May carry the credentials (`https://key:secret@host`) when `username` is not given. */
  url: string;
  /** Basic auth (Confluent Cloud: API key and secret). */
  username?: string;
  password?: string;
  timeoutMs?: number;
}

export interface SchemaRegistryClient {
  schemaById(id: number): Promise<RegisteredSchema>;
}

/** The `message` of a registry's error body (`{"error_code":40403,"message":"Schema not found"}`), if any. */
function errorBodyMessage(text: string): string | undefined {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === 'string' && message !== '' ? message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches writer schemas by id (`GET /schemas/ids/{id}`), each id once per scan. Credentials in
 * the URL are sent as basic auth (undici sends no userinfo) unless `username` is given; the URL
 * is printed with them masked, and an error body only with the password masked in any form.
 */
export function createSchemaRegistryClient(options: SchemaRegistryOptions): SchemaRegistryClient {
  const inUrl = withoutCredentials(options.url);
  const base = inUrl.url.replace(/\/+$/, '');
  const shown = redactUrl(options.url).replace(/\/+$/, '');
  const username = options.username ?? inUrl.username;
  const password = options.username !== undefined ? options.password : inUrl.password;
  const headers: Record<string, string> = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
  if (username !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
  }
  const redactor = new Redactor([password, inUrl.password], username !== undefined ? { username, password: password ?? '' } : undefined);
  const redact = (text: string) => redactor.redact(redactUrl(text));
  const cache = new Map<number, Promise<RegisteredSchema>>();
  const fetchSchema = async (id: number): Promise<RegisteredSchema> => {
    const url = `${base}/schemas/ids/${id}`;
    let response;
    try {
      response = await request(url, { headers, headersTimeout: options.timeoutMs ?? 10_000, bodyTimeout: options.timeoutMs ?? 10_000 });
    } catch (error) {
      throw new Error(`schema registry at ${shown} did not answer for schema id ${id}: ${redact(errorMessage(error))}`);
    }
    const text = await response.body.text();
    if (response.statusCode !== 200) {
      const message = errorBodyMessage(text);
      // Masked before it is cut, so that no cut-off form of the password is left.
      const detail = message === undefined ? '' : `: ${redact(message).slice(0, 300)}`;
      throw new Error(`schema registry at ${shown} answered ${response.statusCode} for schema id ${id}${detail}`);
    }
    let body: { schema?: unknown; schemaType?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`schema registry at ${shown} answered schema id ${id} with something that is not JSON`);
    }
    if (typeof body.schema !== 'string') throw new Error(`schema registry at ${shown}: schema id ${id} has no schema text`);
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
