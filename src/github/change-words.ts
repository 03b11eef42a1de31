import type { SchemaChange } from '../schema/diff';
import type { CompatibilityLevel } from '../schema/compatibility';
import type { TopicEvidence } from '../scan/topic-evidence';
import { naturalCompare } from '../util/natural-order';
import { escapeMarkdown, inlineCode } from './markdown';

/**
 * Schema changes in the words a reviewer reads in seconds: who breaks (old readers: consumers
 * that still hold the committed schema and read what producers now write, a FORWARD failure;
 * new readers: consumers on the new schema reading older records, a BACKWARD failure), one line
 * per field, configs in words, and the sample's evidence (counts only, never a value).
 */

export type TopicStanding = 'no-verdict' | 'breaks-both' | 'breaks-old' | 'breaks-new' | 'safe' | 'new' | 'vanished';

/** Worst first: the order topics are listed in. */
const STANDING_RANK: Record<TopicStanding, number> = { 'no-verdict': 0, 'breaks-both': 1, 'breaks-old': 2, 'breaks-new': 3, safe: 4, new: 5, vanished: 6 };

export const STANDING_WORDS: Record<TopicStanding, string> = {
  'no-verdict': '❓ no verdict',
  'breaks-both': '❌ breaks existing consumers and new readers',
  'breaks-old': '❌ breaks existing consumers',
  'breaks-new': '⚠️ breaks new readers of older records',
  safe: '✅ changed safely',
  new: '🆕 new topic',
  vanished: '🗑️ vanished',
};

export function standingOf(kind: 'new' | 'changed' | 'removed', compatibility: CompatibilityLevel | undefined): TopicStanding {
  if (kind === 'new') return 'new';
  if (kind === 'removed') return 'vanished';
  switch (compatibility) {
    case undefined:
      return 'no-verdict';
    case 'NONE':
      return 'breaks-both';
    case 'BACKWARD':
      return 'breaks-old';
    case 'FORWARD':
      return 'breaks-new';
    default:
      return 'safe';
  }
}

/** Worst first, then natural name order. */
export function byStanding<T>(items: T[], standing: (item: T) => TopicStanding, name: (item: T) => string): T[] {
  return [...items].sort((a, b) => STANDING_RANK[standing(a)] - STANDING_RANK[standing(b)] || naturalCompare(name(a), name(b)));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The headline: how many topics break which consumers, changed safely, are new, vanished; the
 * worst first, and only what is there ("nothing changed" when nothing is).
 */
export function headline(standings: TopicStanding[], vanishedWord = 'vanished'): string {
  const count = (...which: TopicStanding[]) => standings.filter((standing) => which.includes(standing)).length;
  const parts: string[] = [];
  const old = count('breaks-both', 'breaks-old');
  const fresh = count('breaks-both', 'breaks-new');
  if (count('no-verdict') > 0) parts.push(`❓ **${plural(count('no-verdict'), 'topic has', 'topics have')} no verdict** (a schema file does not parse)`);
  if (old > 0) parts.push(`❌ **${plural(old, 'topic breaks', 'topics break')} existing consumers** (old readers fail on what producers now write)`);
  if (fresh > 0) parts.push(`⚠️ **${plural(fresh, 'topic breaks', 'topics break')} new readers** (the new schema cannot read older records)`);
  if (count('safe') > 0) parts.push(`✅ ${plural(count('safe'), 'topic', 'topics')} changed safely`);
  if (count('new') > 0) parts.push(`🆕 ${plural(count('new'), 'new topic', 'new topics')}`);
  if (count('vanished') > 0) parts.push(`🗑️ ${plural(count('vanished'), 'topic', 'topics')} ${vanishedWord}`);
  return parts.length === 0 ? 'No topic changed.' : parts.join(' · ');
}

/** Short counts for a pull request title: `1 breaking, 2 changed, 1 new, 1 vanished`. */
export function titleCounts(standings: TopicStanding[]): string {
  const count = (...which: TopicStanding[]) => standings.filter((standing) => which.includes(standing)).length;
  const parts: string[] = [];
  const breaking = count('breaks-both', 'breaks-old', 'breaks-new', 'no-verdict');
  if (breaking > 0) parts.push(`${breaking} breaking`);
  if (count('safe') > 0) parts.push(`${count('safe')} changed`);
  if (count('new') > 0) parts.push(`${count('new')} new`);
  if (count('vanished') > 0) parts.push(`${count('vanished')} vanished`);
  return parts.join(', ');
}

// ---- fields ----

interface FieldGroup {
  path: string;
  changes: SchemaChange[];
  breaksOld: boolean;
  breaksNew: boolean;
}

const branchesOf = (type: string | null): string[] =>
  type === null
    ? []
    : type
        .split(' | ')
        .map((branch) => branch.trim())
        .filter((branch) => branch !== 'null');
const isNullable = (type: string | null) => type !== null && type.split(' | ').some((branch) => branch.trim() === 'null');
const article = (type: string) => (/^[aeiou]/i.test(type) ? `an ${type}` : `a ${type}`);
const typeList = (types: string[]) => types.map((type) => inlineCode(type)).join(' | ');

/** The field as a reviewer names it: `amount`, `lines[].sku`, `key field id`, `the value`. */
function fieldName(path: string): string {
  if (path === 'value') return 'the value';
  if (path === 'key') return 'the key';
  if (path.startsWith('value.')) return inlineCode(path.slice('value.'.length));
  return `key field ${inlineCode(path.slice('key.'.length))}`;
}

function whatChanged(group: FieldGroup): string[] {
  const parts: string[] = [];
  const find = (kind: SchemaChange['kind']) => group.changes.filter((change) => change.kind === kind);
  const nullability = find('nullability-changed')[0];
  const typeChange = [...find('type-changed'), ...find('widened')][0];
  if (nullability) parts.push(isNullable(nullability.after) ? 'became optional (null or left out)' : 'became required (never null)');
  if (typeChange) {
    const before = branchesOf(typeChange.before);
    const after = branchesOf(typeChange.after);
    const added = after.filter((type) => !before.includes(type));
    const removed = before.filter((type) => !after.includes(type));
    if (removed.length === 0 && added.length > 0) parts.push(`is now sometimes ${added.map((type) => article(inlineCode(type))).join(' or ')}`);
    else if (added.length === 0 && removed.length > 0 && after.length > 0) parts.push(`narrowed to ${typeList(after)} (no longer ${typeList(removed)})`);
    else if (typeChange.kind === 'widened' && before.length === 1 && after.length === 1) parts.push(`widened from ${typeList(before)} to ${typeList(after)}`);
    else parts.push(`changed from ${typeList(before)} to ${typeList(after)}`);
  }
  for (const change of find('added')) parts.push(`is new (${typeList(branchesOf(change.after))}${isNullable(change.after) ? ', optional' : ''})`);
  for (const change of find('removed')) parts.push(`was removed (it was ${typeList(branchesOf(change.before))})`);
  for (const change of find('renamed')) parts.push(`was renamed from ${inlineCode(change.before ?? '')}`);
  const symbolsAdded = find('symbol-added').map((change) => inlineCode(change.after ?? ''));
  const symbolsRemoved = find('symbol-removed').map((change) => inlineCode(change.before ?? ''));
  if (symbolsAdded.length > 0) parts.push(`gained the symbol(s) ${symbolsAdded.join(', ')}`);
  if (symbolsRemoved.length > 0) parts.push(`lost the symbol(s) ${symbolsRemoved.join(', ')}`);
  // A default that comes with the field becoming optional is that same change, not another one.
  if (!nullability || !isNullable(nullability.after)) {
    for (const change of find('default-changed'))
      parts.push(change.before === null ? 'got a default' : change.after === null ? 'lost its default' : 'has a new default');
  }
  if (find('doc-changed').length > 0) parts.push('has a new doc');
  if (find('changed').length > 0 && parts.length === 0) parts.push('changed');
  return parts;
}

function consequence(group: FieldGroup): string {
  const typeChange = group.changes.find((change) => change.kind === 'type-changed' || change.kind === 'widened');
  const said: string[] = [];
  if (group.breaksOld) {
    if (typeChange) said.push(`consumers that decode it as ${typeList(branchesOf(typeChange.before))} fail`);
    else if (group.changes.some((change) => change.kind === 'nullability-changed')) said.push('consumers that expect it always set fail');
    else if (group.changes.some((change) => change.kind === 'removed')) said.push('consumers that need it fail (it has no default)');
    else said.push('existing consumers fail on the new records');
  }
  if (group.breaksNew) {
    said.push(
      group.changes.some((change) => change.kind === 'added')
        ? 'new readers fail on older records, which lack it (no default)'
        : 'new readers cannot read older records',
    );
  }
  return said.length === 0 ? 'safe for consumers' : said.join('; ');
}

const TYPE_ORDER = ['string', 'number', 'boolean', 'object', 'array', 'null'] as const;

/** `present in 97 of 100; string 3, number 94, null 3`, or that the sample did not see it. */
export function evidenceText(evidence: TopicEvidence | undefined, path: string): string | undefined {
  if (evidence === undefined || !path.startsWith('value.')) return undefined;
  const field = evidence.fields.find((item) => item.path === path.slice('value.'.length));
  if (field === undefined) return undefined;
  if (field.present === 0) return `not seen in the last ${plural(evidence.records, 'record', 'records')}; kept from the committed schema`;
  const types = TYPE_ORDER.filter((type) => field.types[type] > 0).map((type) => `${type} ${field.types[type]}`);
  return `present in ${field.present} of ${field.of}${types.length > 0 ? `; ${types.join(', ')}` : ''}`;
}

/** One line per changed key or value field, worst first, then natural path order. */
export function fieldLines(changes: SchemaChange[], evidence: TopicEvidence | undefined): string[] {
  const groups = new Map<string, FieldGroup>();
  for (const change of changes) {
    if (change.path.startsWith('topic.')) continue;
    let group = groups.get(change.path);
    if (!group) groups.set(change.path, (group = { path: change.path, changes: [], breaksOld: false, breaksNew: false }));
    group.changes.push(change);
    group.breaksOld ||= change.breaks.includes('FORWARD');
    group.breaksNew ||= change.breaks.includes('BACKWARD');
  }
  const rank = (group: FieldGroup) => (group.breaksOld ? 0 : group.breaksNew ? 1 : 2);
  return [...groups.values()]
    .sort((a, b) => rank(a) - rank(b) || naturalCompare(a.path, b.path))
    .map((group) => {
      const mark = group.breaksOld || group.breaksNew ? '❌' : '✅';
      const seen = evidenceText(evidence, group.path);
      return `${mark} ${fieldName(group.path)} ${whatChanged(group).join(' and ')}: ${consequence(group)}.${seen ? ` <sub>${escapeMarkdown(seen)}</sub>` : ''}`;
    });
}

// ---- topic.json ----

/** `7 days`, `1 day`, `36 hours`, `forever` (-1); other values as given. */
export function durationWords(ms: string | null): string {
  if (ms === null) return 'unset';
  const value = Number(ms);
  if (!Number.isFinite(value)) return escapeMarkdown(ms);
  if (value < 0) return 'forever';
  const units: Array<[number, string]> = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, unit] of units) if (value >= size && value % size === 0) return plural(value / size, unit, `${unit}s`);
  return `${value} ms`;
}

/** `1 GiB`, `500 MiB`, `unlimited` (-1). */
export function bytesWords(bytes: string | null): string {
  if (bytes === null) return 'unset';
  const value = Number(bytes);
  if (!Number.isFinite(value)) return escapeMarkdown(bytes);
  if (value < 0) return 'unlimited';
  for (const [size, unit] of [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ] as const)
    if (value >= size && value % size === 0) return `${value / size} ${unit}`;
  return `${value} bytes`;
}

const text = (value: string | null) => (value === null ? 'unset' : inlineCode(value));
/** topic.json of a pull request is anyone's text: escaped even where a number belongs. */
const plain = (value: string | null) => (value === null ? 'unset' : escapeMarkdown(value));

/**
 * topic.json changes in words: partitions (per-key ordering), formats (who fails), retention and
 * cleanup policy by name; the other configs and attributes folded into one line each.
 */
export function topicFileLines(changes: SchemaChange[], keyed: boolean): string[] {
  const first: string[] = [];
  const lines: string[] = [];
  const otherConfigs: string[] = [];
  const otherAttributes: string[] = [];
  for (const change of changes) {
    if (!change.path.startsWith('topic.')) continue;
    const name = change.path.slice('topic.'.length);
    if (name === 'partitions') {
      const ordering = keyed ? ': per-key ordering breaks for records in flight (a key’s new records can land on another partition than its older ones)' : '';
      first.push(`⚠️ partitions ${plain(change.before)} → ${plain(change.after)}${ordering}.`);
    } else if (name === 'keyFormat' || name === 'valueFormat') {
      const part = name === 'keyFormat' ? 'key' : 'value';
      const breaks = change.breaks.length > 0 ? `: consumers that decode ${part}s as ${text(change.before)} fail` : '';
      first.push(`${breaks ? '❌' : '✅'} ${part} format ${text(change.before)} → ${text(change.after)}${breaks}.`);
    } else if (name === 'replicationFactor') lines.push(`replication factor ${plain(change.before)} → ${plain(change.after)}.`);
    else if (name === 'configs.retention.ms') lines.push(`retention ${durationWords(change.before)} → ${durationWords(change.after)}.`);
    else if (name === 'configs.retention.bytes') lines.push(`retention by size ${bytesWords(change.before)} → ${bytesWords(change.after)}.`);
    else if (name === 'configs.cleanup.policy') lines.push(`cleanup policy ${text(change.before)} → ${text(change.after)}.`);
    else if (name.startsWith('configs.')) otherConfigs.push(`${inlineCode(name.slice('configs.'.length))} ${text(change.before)} → ${text(change.after)}`);
    else otherAttributes.push(inlineCode(name));
  }
  if (otherConfigs.length > 0) lines.push(`other configs: ${otherConfigs.join(', ')}.`);
  if (otherAttributes.length > 0) lines.push(`${inlineCode('topic.json')} ${otherAttributes.join(', ')} changed.`);
  return [...first, ...lines];
}

/** A new topic's metadata on one line: partitions, formats, retention, cleanup policy, other configs. */
export function topicFactsLine(facts: {
  partitions?: number;
  replicationFactor?: number;
  keyFormat?: string;
  valueFormat?: string;
  configs?: Record<string, string>;
}): string {
  const parts: string[] = [];
  if (facts.partitions !== undefined) parts.push(plural(facts.partitions, 'partition', 'partitions'));
  if (facts.replicationFactor !== undefined) parts.push(`replication factor ${facts.replicationFactor}`);
  if (facts.keyFormat !== undefined) parts.push(`key ${inlineCode(facts.keyFormat)}`);
  if (facts.valueFormat !== undefined) parts.push(`value ${inlineCode(facts.valueFormat)}`);
  const configs = facts.configs ?? {};
  const own = (name: string) => (Object.hasOwn(configs, name) ? configs[name]! : null);
  if (own('cleanup.policy') !== null) parts.push(`cleanup policy ${inlineCode(own('cleanup.policy')!)}`);
  if (own('retention.ms') !== null) parts.push(`retention ${durationWords(own('retention.ms'))}`);
  if (own('retention.bytes') !== null) parts.push(`retention by size ${bytesWords(own('retention.bytes'))}`);
  const rest = Object.keys(configs)
    .filter((name) => !['cleanup.policy', 'retention.ms', 'retention.bytes'].includes(name))
    .sort(naturalCompare)
    .map((name) => `${escapeMarkdown(name)}=${escapeMarkdown(configs[name]!)}`);
  if (rest.length > 0) parts.push(`configs ${rest.join(', ')}`);
  return parts.join(' · ');
}

/** `300 records from partition 0 offsets 200–299, …; written 2026-12-06 10:00:00Z – 12:00:00Z`. */
export function sampleLine(evidence: TopicEvidence, partitionsShown = 4): string {
  const ranges = evidence.partitions.slice(0, partitionsShown).map((range) => `partition ${range.partition} offsets ${range.first}–${range.last}`);
  const more = evidence.partitions.length - partitionsShown;
  if (more > 0) ranges.push(`and ${plural(more, 'more partition', 'more partitions')}`);
  const time = (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
  const when = evidence.from === undefined ? '' : `; written ${time(evidence.from)} – ${time(evidence.to ?? evidence.from)}`;
  return `Sampled ${plural(evidence.records, 'record', 'records')}${ranges.length > 0 ? ` (${ranges.join(', ')})` : ''}${when}.`;
}
