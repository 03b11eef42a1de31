import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import avro from 'avsc';
import type { JsonObject } from '../json/value';
import type { AvroSchema } from '../schema/avro';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, clusterDir, isValidTopicName } from './layout';
import type { TopicFile } from './topic-file';

/** What is committed for one topic. Missing files are undefined. */
export interface CommittedTopic {
  topic: string;
  value?: AvroSchema;
  key?: AvroSchema;
  /** The exact committed text of the schemas (DataHub hashes these). */
  valueText?: string;
  keyText?: string;
  topicFile?: TopicFile;
  topicText?: string;
}

/** A committed file that cannot be used; the message names the file. */
export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CatalogFileError(path, (error as Error).message);
  }
}

function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogFileError(path, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Throws unless a committed schema is usable. The default is avsc's full validation (scan,
 * review); emit passes DataHub's own, more lenient rules (names unchecked, defaults unchecked).
 */
export type SchemaCheck = (schema: AvroSchema, text: string) => void;

const avscCheck: SchemaCheck = (schema) => {
  avro.Type.forSchema(schema as avro.Schema, { wrapUnions: true });
};

function parseSchemaFile(path: string, text: string, check: SchemaCheck = avscCheck): AvroSchema {
  const schema = parseJsonFile(path, text) as AvroSchema;
  try {
    check(schema, text);
  } catch (error) {
    throw new CatalogFileError(path, `not a valid Avro schema (${(error as Error).message})`);
  }
  return schema;
}

/** Reads one topic's committed files; throws CatalogFileError naming a broken file. */
export async function readCommittedTopic(root: string, cluster: string, topic: string, options: { checkSchema?: SchemaCheck } = {}): Promise<CommittedTopic> {
  const dir = join(clusterDir(root, cluster), topic);
  const committed: CommittedTopic = { topic };
  const [valueText, keyText, topicText] = await Promise.all(
    [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE].map((file) => readOptional(join(dir, file))),
  );
  if (valueText !== undefined) {
    committed.valueText = valueText;
    committed.value = parseSchemaFile(join(dir, VALUE_SCHEMA_FILE), valueText, options.checkSchema);
  }
  if (keyText !== undefined) {
    committed.keyText = keyText;
    committed.key = parseSchemaFile(join(dir, KEY_SCHEMA_FILE), keyText, options.checkSchema);
  }
  if (topicText !== undefined) {
    committed.topicText = topicText;
    const parsed = parseJsonFile(join(dir, TOPIC_FILE), topicText);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CatalogFileError(join(dir, TOPIC_FILE), 'must be a JSON object');
    }
    committed.topicFile = parsed as TopicFile;
  }
  return committed;
}

/**
 * Every name in the cluster's folder (folders, files, links alike): a topic whose name is not
 * among them has nothing committed, so a scan need not look for its files.
 */
export async function clusterEntryNames(root: string, cluster: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(clusterDir(root, cluster)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw new CatalogFileError(clusterDir(root, cluster), (error as Error).message);
  }
}

/** Topic folders committed for a cluster (sorted); folders that are not valid topic names are reported, not read. */
export async function listCommittedTopics(
  root: string,
  cluster: string,
): Promise<{ topics: string[]; invalid: string[] }> {
  let entries;
  try {
    entries = await readdir(clusterDir(root, cluster), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { topics: [], invalid: [] };
    throw error;
  }
  const topics: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    (isValidTopicName(entry.name) ? topics : invalid).push(entry.name);
  }
  return { topics: topics.sort(), invalid: invalid.sort() };
}

/**
 * A cluster-level JSON file (e.g. cluster.json), read as topic.json is; undefined when there is
 * none. Throws CatalogFileError naming the file when it is unreadable or not a JSON object.
 */
export async function readClusterFile(root: string, cluster: string, name: string): Promise<{ text: string; json: JsonObject } | undefined> {
  const path = join(clusterDir(root, cluster), name);
  const text = await readOptional(path);
  if (text === undefined) return undefined;
  const parsed = parseJsonFile(path, text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CatalogFileError(path, 'must be a JSON object');
  return { text, json: parsed as JsonObject };
}
