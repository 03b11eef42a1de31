import { checkWithAvsc } from '../schema/avsc-check';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, isValidTopicName } from '../catalog/layout';
import type { TopicFile } from '../catalog/topic-file';
import { describeJsonError } from '../json/syntax-error';
import type { AvroSchema } from '../schema/avro';
import { brokenDirections, parseRequiredLevel, satisfiesLevel, strictestLevel, type CompatibilityLevel, type Direction } from '../schema/compatibility';
import type { SchemaChange } from '../schema/diff';
import { diffTopic, type TopicDiff, type TopicVersion } from '../catalog/topic-diff';
import { errorMessage } from '../util/errors';

/**
 * Pure planning of a schema review: which topics a change touches, the level each must satisfy,
 * whether the gate passes, and which files get annotations. Inputs are file texts keyed by their
 * path relative to the schema directory (`<cluster>/<topic>/<file>`); nothing here does I/O.
 */

/** Schema Registry's default level, so a repository without configuration gets the usual guarantee. */
export const DEFAULT_REQUIRED_LEVEL: CompatibilityLevel = 'BACKWARD';
export const DEFAULT_ACK_LABEL = 'schema-breaking-change-approved';
/** The scan's pull request shows data producers already write: old readers must read it. */
export const DEFAULT_SCAN_REQUIRED_LEVEL: CompatibilityLevel = 'FORWARD';

export const REVIEWED_FILES = [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE] as const;
type ReviewedFile = (typeof REVIEWED_FILES)[number];

/** Path relative to the schema directory → file text. */
export type SchemaFiles = ReadonlyMap<string, string>;

export type TopicReviewStatus = 'new' | 'changed' | 'deleted';

export interface TopicReview {
  /** `<cluster>/<topic>`. */
  name: string;
  status: TopicReviewStatus;
  /** The level this topic must satisfy: the stricter of the base's and the head's. */
  required: CompatibilityLevel;
  requiredFrom: 'default' | 'topic.json';
  /**
   * The head asks for less than the base did (its topic.json lowers or drops `compatibility`):
   * breaking by itself, as the change being judged may not pick its own gate.
   */
  levelLowered?: { from: CompatibilityLevel; to: CompatibilityLevel };
  /** For new and changed topics whose files are valid. */
  diff?: TopicDiff;
  /** A file of the head version cannot be used (invalid JSON/Avro): the gate fails whatever the label says. */
  error?: string;
  /** The verdict does not meet `required`. */
  breaking: boolean;
  /** The changes that break a direction `required` needs. */
  breakingChanges: SchemaChange[];
  warnings: string[];
}

export interface ReviewAnnotation {
  level: 'error' | 'warning';
  /** Repository-relative path of the file. */
  file: string;
  title: string;
  message: string;
  /** 1-based line of the first breaking field in the head version, when it can be found. */
  line?: number;
}

export type GateOutcome = 'passed' | 'acknowledged' | 'failed';

/** An entry of the schema directory that cannot be reviewed and is not part of one topic. */
export interface TreeError {
  /** Path relative to the schema directory (`''`: the directory itself). */
  path: string;
  message: string;
}

export interface ReviewPlan {
  defaultRequired: CompatibilityLevel;
  /** Links, submodules and other entries outside any topic folder: the gate fails. */
  treeErrors: TreeError[];
  /** Changed, new and deleted topics, sorted by name. */
  topics: TopicReview[];
  outcome: GateOutcome;
  annotations: ReviewAnnotation[];
}

export interface ReviewInput {
  base: SchemaFiles;
  head: SchemaFiles;
  defaultRequired: CompatibilityLevel;
  /** The PR carries the acknowledgement label (or the CLI was told so). */
  acknowledged: boolean;
  /** Repository-relative schema directory, for annotation paths (e.g. `kafka-schemas`). */
  schemaDir: string;
  /** Entries of the head that could not be read (links, submodules, oversized files): path → why. */
  headProblems?: ReadonlyMap<string, string>;
}

/** GitHub label names compare case-insensitively. */
export function hasLabel(labels: readonly string[], wanted: string): boolean {
  const target = wanted.trim().toLowerCase();
  return target !== '' && labels.some((label) => label.trim().toLowerCase() === target);
}

interface TopicFiles {
  name: string;
  base: Partial<Record<ReviewedFile, string>>;
  head: Partial<Record<ReviewedFile, string>>;
}

/** Groups `<cluster>/<topic>/<file>` paths by topic; other paths are not part of the layout and are ignored. */
export function groupByTopic(base: SchemaFiles, head: SchemaFiles): TopicFiles[] {
  const topics = new Map<string, TopicFiles>();
  const add = (files: SchemaFiles, side: 'base' | 'head') => {
    for (const [path, text] of files) {
      const parts = path.split('/');
      const file = parts[2] as ReviewedFile | undefined;
      if (parts.length !== 3 || file === undefined || !REVIEWED_FILES.includes(file)) continue;
      const name = `${parts[0]}/${parts[1]}`;
      let topic = topics.get(name);
      if (!topic) topics.set(name, (topic = { name, base: {}, head: {} }));
      topic[side][file] = text;
    }
  };
  add(base, 'base');
  add(head, 'head');
  return [...topics.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function sameFiles(a: TopicFiles['base'], b: TopicFiles['head']): boolean {
  return REVIEWED_FILES.every((file) => a[file] === b[file]);
}

function hasFiles(files: TopicFiles['base']): boolean {
  return REVIEWED_FILES.some((file) => files[file] !== undefined);
}

/** Parses one side of a topic; throws with the file named. */
function parseVersion(files: TopicFiles['base']): TopicVersion {
  const version: TopicVersion = {};
  for (const [file, part] of [
    [VALUE_SCHEMA_FILE, 'value'],
    [KEY_SCHEMA_FILE, 'key'],
  ] as const) {
    const text = files[file];
    if (text === undefined) continue;
    const schema = parseJson(file, text) as AvroSchema;
    try {
      // avsc also checks defaults against their types, which the resolver behind diffTopic does not.
      checkWithAvsc(schema);
    } catch (error) {
      throw new Error(`${file}: not a valid Avro schema (${errorMessage(error)})`);
    }
    version[part] = schema;
  }
  const topicText = files[TOPIC_FILE];
  if (topicText !== undefined) {
    const parsed = parseJson(TOPIC_FILE, topicText);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${TOPIC_FILE}: must be a JSON object`);
    version.topicFile = parsed as TopicFile;
  }
  return version;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${file}: not valid JSON (${describeJsonError(text)})`); // V8's message quotes the text
  }
}

/** The directions a required level needs intact. */
export function requiredDirections(level: CompatibilityLevel): Direction[] {
  if (level === 'NONE') return [];
  if (level === 'FULL') return ['BACKWARD', 'FORWARD'];
  return [level];
}

/**
 * The level one version of a topic asks for: `compatibility` in its topic.json, as Schema
 * Registry's per-subject config overrides the global one. A review applies the stricter of the
 * base's and the head's.
 */
export function requiredLevelOf(
  topicFile: TopicFile | undefined,
  fallback: CompatibilityLevel,
): { level: CompatibilityLevel; from: TopicReview['requiredFrom']; warning?: string } {
  const configured = topicFile?.compatibility;
  if (configured === undefined) return { level: fallback, from: 'default' };
  const level = typeof configured === 'string' ? parseRequiredLevel(configured) : undefined;
  if (level === undefined) {
    return {
      level: fallback,
      from: 'default',
      warning: `topic.json: unknown compatibility ${JSON.stringify(configured)} (BACKWARD, FORWARD, FULL, NONE or a _TRANSITIVE variant); ${fallback} applies`,
    };
  }
  return { level, from: 'topic.json' };
}

/** The `topic.compatibility` change of a lowered level, marked with the directions no longer required. */
function loweredLevelChange(review: TopicReview, changes: SchemaChange[]): SchemaChange {
  const { from, to } = review.levelLowered!;
  const lost = requiredDirections(from).filter((direction) => !requiredDirections(to).includes(direction));
  const existing = changes.find((change) => change.path === 'topic.compatibility');
  return { ...(existing ?? { path: 'topic.compatibility', kind: 'changed', before: from, after: to }), breaks: lost };
}

function reviewTopic(files: TopicFiles, defaultRequired: CompatibilityLevel, problems: string[]): TopicReview | undefined {
  if (problems.length === 0 && sameFiles(files.base, files.head)) return undefined;
  const inBase = hasFiles(files.base);
  const inHead = hasFiles(files.head) || problems.length > 0;
  const status: TopicReviewStatus = !inBase ? 'new' : !inHead ? 'deleted' : 'changed';
  const warnings: string[] = [];
  const topicName = files.name.slice(files.name.indexOf('/') + 1);
  if (!isValidTopicName(topicName)) warnings.push('the folder name is not a valid Kafka topic name');

  let before: TopicVersion | undefined;
  if (inBase) {
    try {
      before = parseVersion(files.base);
    } catch (error) {
      warnings.push(`the base version cannot be read (${errorMessage(error)}); compared as a new topic`);
    }
  }
  let after: TopicVersion | undefined;
  let error: string | undefined = problems.length > 0 ? problems.join('; ') : undefined;
  if (inHead && error === undefined) {
    try {
      after = parseVersion(files.head);
    } catch (caught) {
      error = errorMessage(caught);
    }
  }
  // The base's level holds until the change is merged: the head can only add to it.
  const baseLevel = before !== undefined ? requiredLevelOf(before.topicFile, defaultRequired) : undefined;
  const headLevel = after !== undefined ? requiredLevelOf(after.topicFile, defaultRequired) : undefined;
  for (const warning of new Set([baseLevel?.warning, headLevel?.warning])) if (warning) warnings.push(warning);
  const levels = [baseLevel, headLevel].filter((level) => level !== undefined);
  const required = levels.length > 0 ? strictestLevel(...levels.map((level) => level.level)) : defaultRequired;
  const requiredFrom = levels.some((level) => level.from === 'topic.json' && requiredDirections(level.level).length > 0) ? 'topic.json' : 'default';
  const review: TopicReview = { name: files.name, status, required, requiredFrom, breaking: false, breakingChanges: [], warnings };
  if (baseLevel && headLevel && strictestLevel(baseLevel.level, headLevel.level) !== headLevel.level) {
    review.levelLowered = { from: baseLevel.level, to: headLevel.level };
  }
  if (error !== undefined) return { ...review, error };
  if (status === 'deleted') return review;
  try {
    review.diff = diffTopic(status === 'new' ? undefined : before, after);
  } catch (caught) {
    return { ...review, error: errorMessage(caught) };
  }
  if (status === 'changed' && before !== undefined) {
    const needed = requiredDirections(review.required);
    review.breakingChanges = review.diff.changes.filter((change) => change.breaks.some((direction) => needed.includes(direction)));
    review.breaking = !satisfiesLevel(review.diff.compatibility, review.required);
    if (review.levelLowered) {
      review.breakingChanges = [
        loweredLevelChange(review, review.diff.changes),
        ...review.breakingChanges.filter((change) => change.path !== 'topic.compatibility'),
      ];
      review.breaking = true;
    }
  }
  return review;
}

/** Head problems grouped by the topic folder they are in; the rest belong to no topic. */
function problemsByTopic(problems: ReadonlyMap<string, string> | undefined): { byTopic: Map<string, string[]>; tree: TreeError[] } {
  const byTopic = new Map<string, string[]>();
  const tree: TreeError[] = [];
  for (const [path, reason] of [...(problems ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const parts = path.split('/');
    if (parts.length < 3) {
      tree.push({ path, message: `${path === '' ? 'the schema directory' : path}: ${reason}` });
      continue;
    }
    const topic = `${parts[0]}/${parts[1]}`;
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), `${parts.slice(2).join('/')}: ${reason}`]);
  }
  return { byTopic, tree };
}

const PART_FILES: Record<string, ReviewedFile> = { value: VALUE_SCHEMA_FILE, key: KEY_SCHEMA_FILE, topic: TOPIC_FILE };

function partOf(path: string): string {
  return path.split(/[.[{(]/, 1)[0] ?? path;
}

/** The last field name of a change path (`a.b[]` → `b`), to find its line. */
function lastFieldName(path: string): string | undefined {
  const segments = path.split('.').slice(1);
  const last = segments[segments.length - 1];
  return last?.replace(/(\[\]|\{\}|\([^)]*\))+$/, '') || undefined;
}

/** 1-based line where `"name": "<field>"` appears in the committed (2-space JSON) text. */
export function lineOfField(text: string | undefined, field: string | undefined): number | undefined {
  if (text === undefined || field === undefined) return undefined;
  const needle = `"name": ${JSON.stringify(field)}`;
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? undefined : index + 1;
}

const ANNOTATION_MESSAGE_LIMIT = 2_000;

function annotationsOf(review: TopicReview, files: TopicFiles | undefined, schemaDir: string, acknowledged: boolean): ReviewAnnotation[] {
  const prefix = schemaDir === '' || schemaDir === '.' ? '' : `${schemaDir.replace(/\/+$/, '')}/`;
  if (review.error !== undefined) {
    const file = /^([^:/]+(?:\/[^:/]+)*):/.exec(review.error)?.[1] ?? VALUE_SCHEMA_FILE;
    return [{ level: 'error', file: `${prefix}${review.name}/${file}`, title: `Invalid schema file in ${review.name}`, message: review.error }];
  }
  if (!review.breaking) return [];
  const verdict = review.diff?.compatibility ?? 'NONE';
  const byFile = new Map<ReviewedFile, SchemaChange[]>();
  for (const change of review.breakingChanges) {
    const file = PART_FILES[partOf(change.path)] ?? VALUE_SCHEMA_FILE;
    byFile.set(file, [...(byFile.get(file) ?? []), change]);
  }
  if (byFile.size === 0) byFile.set(files?.head[VALUE_SCHEMA_FILE] !== undefined ? VALUE_SCHEMA_FILE : KEY_SCHEMA_FILE, []);
  const broken = brokenDirections(verdict).filter((direction) => requiredDirections(review.required).includes(direction));
  return [...byFile].map(([file, changes]) => {
    const listed = changes.map((change) => `${change.path === '' ? '(root)' : change.path} ${change.kind} (breaks ${change.breaks.join(', ')})`);
    let message = review.levelLowered
      ? `${review.name}: this pull request lowers the required compatibility level from ${review.levelLowered.from} to ${review.levelLowered.to}; lowering a level is itself a breaking change. ${review.required} still applies to this review.`
      : `${review.name} must be ${review.required} compatible (${review.requiredFrom === 'topic.json' ? 'topic.json' : 'fail-on'}) but this change is ${verdict}: it breaks ${broken.join(' and ')}.`;
    if (listed.length > 0) message += ` ${listed.join('; ')}.`;
    if (acknowledged) message += ' Acknowledged by label.';
    const firstChange = changes.find((change) => change.kind !== 'removed');
    return {
      level: acknowledged ? 'warning' : 'error',
      file: `${prefix}${review.name}/${file}`,
      title: acknowledged ? `Acknowledged breaking change in ${review.name}` : `Breaking schema change in ${review.name}`,
      message: message.length > ANNOTATION_MESSAGE_LIMIT ? `${message.slice(0, ANNOTATION_MESSAGE_LIMIT - 1)}…` : message,
      line: file === TOPIC_FILE ? undefined : lineOfField(files?.head[file], firstChange && lastFieldName(firstChange.path)),
    };
  });
}

export function planReview(input: ReviewInput): ReviewPlan {
  const { byTopic, tree } = problemsByTopic(input.headProblems);
  const grouped = groupByTopic(input.base, input.head);
  for (const name of byTopic.keys()) if (!grouped.some((files) => files.name === name)) grouped.push({ name, base: {}, head: {} });
  grouped.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const topics: TopicReview[] = [];
  const filesByName = new Map<string, TopicFiles>();
  for (const files of grouped) {
    const review = reviewTopic(files, input.defaultRequired, byTopic.get(files.name) ?? []);
    if (!review) continue;
    topics.push(review);
    filesByName.set(review.name, files);
  }
  const invalid = tree.length > 0 || topics.some((topic) => topic.error !== undefined);
  const breaking = topics.some((topic) => topic.breaking);
  const outcome: GateOutcome = invalid || (breaking && !input.acknowledged) ? 'failed' : breaking ? 'acknowledged' : 'passed';
  const prefix = input.schemaDir === '' || input.schemaDir === '.' ? '' : `${input.schemaDir.replace(/\/+$/, '')}/`;
  const annotations: ReviewAnnotation[] = [
    ...tree.map((problem): ReviewAnnotation => ({
      level: 'error',
      file: problem.path === '' ? input.schemaDir : `${prefix}${problem.path}`,
      title: 'Not allowed in the schema directory',
      message: problem.message,
    })),
    ...topics.flatMap((topic) => annotationsOf(topic, filesByName.get(topic.name), input.schemaDir, input.acknowledged)),
  ];
  return { defaultRequired: input.defaultRequired, treeErrors: tree, topics, outcome, annotations };
}

/** Where the review can be posted: forks get a read-only token, so only the job summary is left. */
export interface DeliveryDecision {
  comment: boolean;
  /** Why there is no comment, for the summary. */
  reason?: string;
}

export function decideDelivery(pull: { baseRepo?: string | null; headRepo?: string | null; eventName?: string }): DeliveryDecision {
  const base = pull.baseRepo?.toLowerCase();
  const head = pull.headRepo?.toLowerCase();
  // pull_request_target runs the base branch's workflow with the base repository's token.
  if (pull.eventName === 'pull_request_target') return { comment: true };
  if (head === undefined || head !== base) {
    return {
      comment: false,
      reason: `the pull request comes from a fork (${pull.headRepo ?? 'a deleted repository'}), and the token of workflows run for forks cannot comment`,
    };
  }
  return { comment: true };
}
