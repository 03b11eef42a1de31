import type { CompatibilityLevel } from './compatibility';
import type { ChangeKind, SchemaChange } from './diff';

/**
 * Markdown for schema diffs, as shown in PR bodies, review comments and job summaries: one table
 * row per topic (change counts, verdict), then a collapsible details block per topic. Everything
 * that comes from schemas or topics (names, docs, defaults) is escaped, so it can neither break the
 * table nor inject HTML, comments, mentions, links or math.
 */

/** GitHub's cap for issue/PR bodies and comments. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface TopicDiffSection {
  /** Shown as-is after escaping, e.g. `prod/payments`. */
  name: string;
  compatibility: CompatibilityLevel;
  changes: SchemaChange[];
  /** A topic with no previous version: its changes are the whole schema, no verdict applies. */
  isNew?: boolean;
}

const ESCAPED = /[&<>"'|`*_~[\]\\#!@$]/g;

/**
 * Escapes text for Markdown and HTML contexts alike (table cells, `<summary>`, `<code>`): special
 * characters become numeric character references, whitespace runs (newlines too) one space.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(ESCAPED, (char) => `&#${char.charCodeAt(0)};`);
}

/** Inline code that is safe in table cells and HTML: `<code>` with escaped content. */
export function inlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

const VALUE_LIMIT = 120;

function shortValue(value: string | null): string {
  if (value === null) return '';
  const short = value.length > VALUE_LIMIT ? `${value.slice(0, VALUE_LIMIT - 1)}…` : value;
  return inlineCode(short);
}

const VERDICT_LABEL: Record<CompatibilityLevel, string> = {
  FULL: '✅ FULL',
  BACKWARD: '⚠️ BACKWARD',
  FORWARD: '⚠️ FORWARD',
  NONE: '❌ NONE',
};

export function verdictLabel(section: Pick<TopicDiffSection, 'compatibility' | 'isNew'>): string {
  return section.isNew ? '🆕 new' : VERDICT_LABEL[section.compatibility];
}

const COUNT_ORDER: ChangeKind[] = [
  'added',
  'removed',
  'renamed',
  'type-changed',
  'widened',
  'nullability-changed',
  'symbol-added',
  'symbol-removed',
  'default-changed',
  'doc-changed',
  'changed',
];

/** `2 added, 1 removed` (fixed kind order); `no changes` when empty. */
export function changeCounts(changes: SchemaChange[]): string {
  const parts = COUNT_ORDER.flatMap((kind) => {
    const count = changes.filter((change) => change.kind === kind).length;
    return count > 0 ? [`${count} ${kind}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}

export function summaryTableHeader(): string {
  return '| Topic | Changes | Verdict |\n| --- | --- | --- |\n';
}

export function summaryTableRow(section: TopicDiffSection): string {
  return `| ${inlineCode(section.name)} | ${escapeMarkdown(changeCounts(section.changes))} | ${verdictLabel(section)} |\n`;
}

/** The change table of one topic, without the surrounding details block. */
export function changesTable(changes: SchemaChange[]): string {
  if (changes.length === 0) return '_No changes._\n';
  const rows = changes.map(
    (change) =>
      `| ${inlineCode(change.path === '' ? '(root)' : change.path)} | ${change.kind} | ${shortValue(change.before)} | ${shortValue(change.after)} | ${change.breaks.length > 0 ? change.breaks.join(', ') : '–'} |\n`,
  );
  return `| Path | Change | Before | After | Breaks |\n| --- | --- | --- | --- | --- |\n${rows.join('')}`;
}

export function topicDetails(section: TopicDiffSection, open = false): string {
  return (
    `<details${open ? ' open' : ''}><summary>${inlineCode(section.name)}: ${escapeMarkdown(changeCounts(section.changes))} (${verdictLabel(section)})</summary>\n\n` +
    `${changesTable(section.changes)}\n</details>\n\n`
  );
}

export interface RenderOptions {
  /** Maximum length of the result in UTF-16 code units (never more than GitHub's cap by default). */
  budget?: number;
  /** Markdown put first, as is (the caller escapes what it interpolates). */
  header?: string;
  /** Markdown put last, as is; kept even when topics are left out. */
  footer?: string;
}

/**
 * Renders many topics: the summary table, then details per topic, within `budget` characters.
 * Rows and details that do not fit are left out (details first) and a note says how many.
 */
export function renderTopicsMarkdown(sections: TopicDiffSection[], options: RenderOptions = {}): string {
  const budget = options.budget ?? GITHUB_COMMENT_LIMIT;
  const header = options.header ?? '';
  const footer = options.footer ?? '';
  const note = (rowsLeft: number, detailsLeft: number): string => {
    if (rowsLeft === 0 && detailsLeft === 0) return '';
    const parts = [];
    if (rowsLeft > 0) parts.push(`${rowsLeft} topic(s) left out of the table`);
    if (detailsLeft > 0) parts.push(`details of ${detailsLeft} topic(s) left out`);
    return `> [!NOTE]\n> Truncated to fit ${budget.toLocaleString('en-US')} characters: ${parts.join('; ')}.\n\n`;
  };
  const worstNote = note(sections.length, sections.length);
  let text = header;
  const fixed = header.length + footer.length + worstNote.length;
  if (fixed > budget) return truncateHard(`${header}${footer}`, budget);

  let rows = sections.length > 0 ? summaryTableHeader() : '';
  let shownRows = 0;
  for (const section of sections) {
    const row = summaryTableRow(section);
    if (fixed + rows.length + row.length + 1 > budget) break;
    rows += row;
    shownRows += 1;
  }
  if (shownRows === 0) rows = '';
  text += rows.length > 0 ? `${rows}\n` : '';

  let details = '';
  let shownDetails = 0;
  for (const section of sections.slice(0, shownRows)) {
    const block = topicDetails(section);
    if (fixed + text.length - header.length + details.length + block.length > budget) break;
    details += block;
    shownDetails += 1;
  }
  return `${text}${details}${note(sections.length - shownRows, sections.length - shownDetails)}${footer}`;
}

function truncateHard(text: string, budget: number): string {
  const marker = '\n\n…(truncated)\n';
  return budget <= marker.length ? text.slice(0, budget) : `${text.slice(0, budget - marker.length)}${marker}`;
}

/** One schema pair (the `diff` command): verdict line and change table. */
export function renderSchemaDiffMarkdown(title: string, compatibility: CompatibilityLevel, changes: SchemaChange[]): string {
  return `### ${escapeMarkdown(title)}\n\n**Compatibility:** ${VERDICT_LABEL[compatibility]}\n\n${changesTable(changes)}`;
}
