import { join } from 'node:path';
import { describeJsonError } from '../json/syntax-error';
import type { JsonObject } from '../json/value';
import type { AvroSchema } from '../schema/avro';
import { checkWithAvsc } from '../schema/avsc-check';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, clusterDir, isValidTopicName, topicDir } from './layout';
import { CatalogFileError, listTreeFolder, readTreeFile, refusal, treeFolder, type TreeFolder } from './safe-fs';
import type { TopicFile } from './topic-file';

export { CatalogFileError } from './safe-fs';

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

function parseJsonFile(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CatalogFileError(path, `not valid JSON (${describeJsonError(text)})`); // V8's message quotes the text
  }
}

/**
 * Throws unless a committed schema is usable. The default is avsc's full validation (scan,
 * review); emit passes DataHub's own, more lenient rules (names unchecked, defaults unchecked).
 */
export type SchemaCheck = (schema: AvroSchema, text: string) => void;

const avscCheck: SchemaCheck = (schema) => checkWithAvsc(schema);

function parseSchemaFile(path: string, text: string, check: SchemaCheck = avscCheck): AvroSchema {
  const schema = parseJsonFile(path, text) as AvroSchema;
  try {
    check(schema, text);
  } catch (error) {
    throw new CatalogFileError(path, `not a valid Avro schema (${(error as Error).message})`);
  }
  return schema;
}

/** Reads one topic's committed files through safe-fs; throws CatalogFileError naming a broken file, link or folder. */
export async function readCommittedTopic(root: string, cluster: string, topic: string, options: { checkSchema?: SchemaCheck } = {}): Promise<CommittedTopic> {
  topicDir(root, cluster, topic); // validates the names
  const committed: CommittedTopic = { topic };
  const folder = await treeFolder(root, [cluster, topic]);
  if (folder === undefined) return committed;
  const [valueText, keyText, topicText] = await Promise.all([VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE].map((file) => readTreeFile(folder, file)));
  if (valueText !== undefined) {
    committed.valueText = valueText;
    committed.value = parseSchemaFile(join(folder.path, VALUE_SCHEMA_FILE), valueText, options.checkSchema);
  }
  if (keyText !== undefined) {
    committed.keyText = keyText;
    committed.key = parseSchemaFile(join(folder.path, KEY_SCHEMA_FILE), keyText, options.checkSchema);
  }
  if (topicText !== undefined) {
    committed.topicText = topicText;
    const parsed = parseJsonFile(join(folder.path, TOPIC_FILE), topicText);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CatalogFileError(join(folder.path, TOPIC_FILE), 'must be a JSON object');
    }
    committed.topicFile = parsed as TopicFile;
  }
  return committed;
}

async function clusterFolder(root: string, cluster: string): Promise<TreeFolder | undefined> {
  clusterDir(root, cluster); // validates the name
  return treeFolder(root, [cluster]);
}

/**
 * Every name in the cluster's folder (folders, files, links alike): a topic whose name is not
 * among them has nothing committed, so a scan need not look for its files.
 */
export async function clusterEntryNames(root: string, cluster: string): Promise<Set<string>> {
  const folder = await clusterFolder(root, cluster);
  return new Set(folder === undefined ? [] : (await listTreeFolder(folder)).map((entry) => entry.name));
}

export interface CommittedTopicList {
  /** Topic folders (sorted). */
  topics: string[];
  /** Entries that are not valid topic names: reported, not read. */
  invalid: string[];
  /** Entries with a topic name that are no folder (a link, a pipe…), with the error naming each: reported, not read. */
  refused: Array<{ topic: string; error: string }>;
}

/** What a cluster's folder holds; regular files next to the topics (a README) are not topics. */
export async function listCommittedTopics(root: string, cluster: string): Promise<CommittedTopicList> {
  const list: CommittedTopicList = { topics: [], invalid: [], refused: [] };
  const folder = await clusterFolder(root, cluster);
  if (folder === undefined) return list;
  const entries = (await listTreeFolder(folder)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.isFile()) continue;
    if (!isValidTopicName(entry.name)) list.invalid.push(entry.name);
    else if (entry.isDirectory()) list.topics.push(entry.name);
    else list.refused.push({ topic: entry.name, error: refusal(join(folder.path, entry.name), entry, 'a folder').message });
  }
  return list;
}

/**
 * A cluster-level JSON file (e.g. cluster.json), read as topic.json is; undefined when there is
 * none. Throws CatalogFileError naming the file when it is unreadable or not a JSON object.
 */
export async function readClusterFile(root: string, cluster: string, name: string): Promise<{ text: string; json: JsonObject } | undefined> {
  const folder = await clusterFolder(root, cluster);
  if (folder === undefined) return undefined;
  const path = join(folder.path, name);
  const text = await readTreeFile(folder, name);
  if (text === undefined) return undefined;
  const parsed = parseJsonFile(path, text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CatalogFileError(path, 'must be a JSON object');
  return { text, json: parsed as JsonObject };
}
