import type { EvidenceLookup, TopicEvidence } from '../scan/topic-evidence';
import { naturalCompare } from '../util/natural-order';
import {
  byStanding,
  evidenceText,
  fieldLines,
  sampleLine,
  STANDING_WORDS,
  standingOf,
  topicFactsLine,
  topicFileLines,
  type TopicStanding,
} from './change-words';
import { escapeMarkdown, fitLines, inlineCode } from './markdown';
import type { TopicDetails } from './topic-details';

/** Lines of one topic shown before "and N more". */
const LINES_PER_TOPIC = 25;

export function standingOfDetails(details: TopicDetails): TopicStanding {
  if (details.diffError !== undefined) return 'no-verdict';
  return standingOf(details.kind, details.diff?.compatibility);
}

/** New and changed topics, worst first, then natural name order (vanished ones are listed apart). */
export function orderTopics(topics: TopicDetails[]): TopicDetails[] {
  return byStanding(topics, standingOfDetails, (topic) => topic.topic);
}

function capped(lines: string[], more: (left: number) => string): string[] {
  if (lines.length <= LINES_PER_TOPIC) return lines;
  return [...lines.slice(0, LINES_PER_TOPIC), more(lines.length - LINES_PER_TOPIC)];
}

function newTopicBlock(details: TopicDetails, evidence: TopicEvidence | undefined): string {
  const facts = topicFactsLine(details);
  let block = facts === '' ? '' : `${facts}\n\n`;
  const fields = [...(details.valueFields ?? [])].sort((a, b) => naturalCompare(a.path, b.path));
  if (fields.length === 0) return block;
  block += '| Field | Type | Optional | In the sample |\n| --- | --- | --- | --- |\n';
  const rows = fields.map(
    (field) =>
      `| ${inlineCode(field.path)} | ${inlineCode(field.type)} | ${field.optional ? 'yes' : 'no'} | ${escapeMarkdown(evidenceText(evidence, `value.${field.path}`) ?? '–')} |`,
  );
  block += `${capped(rows, (left) => `\n… and ${left} more field(s), in its ${inlineCode('value.avsc')}.`).join('\n')}\n`;
  return block;
}

/** Markdown of one topic: heading with its standing, the sample line, then one line per change in words. */
export function topicImpactBlock(details: TopicDetails, evidence: TopicEvidence | undefined): string {
  const standing = standingOfDetails(details);
  let block = `##### ${inlineCode(details.topic)}: ${STANDING_WORDS[standing]}${details.diff && details.kind !== 'new' ? ` (compatibility ${details.diff.compatibility})` : ''}\n\n`;
  if (details.diffError !== undefined) return `${block}No verdict: ${escapeMarkdown(details.diffError)}.\n\n`;
  if (evidence) block += `${sampleLine(evidence)}\n\n`;
  if (details.kind === 'new') return `${block}${newTopicBlock(details, evidence)}\n`;
  const changes = details.diff?.changes ?? [];
  const keyed = details.keyFormat !== undefined && details.keyFormat !== 'none';
  const lines = [...fieldLines(changes, evidence), ...topicFileLines(changes, keyed)];
  if (lines.length === 0) return `${block}No schema change.\n\n`;
  return `${block}${capped(lines, (left) => `… and ${left} more change(s), in the full change table below.`)
    .map((line) => `- ${line}\n`)
    .join('')}\n`;
}

/** The new and changed topics' blocks, worst first, within `budget` characters ("N more" when cut). */
export function renderImpactSections(topics: TopicDetails[], evidence: EvidenceLookup | undefined, budget: number): string {
  const blocks = orderTopics(topics.filter((topic) => topic.kind !== 'removed')).map((topic) => topicImpactBlock(topic, evidence?.get(topic.topic)));
  return fitLines(blocks, budget, 'topic(s)');
}
