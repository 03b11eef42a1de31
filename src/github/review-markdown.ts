import { GITHUB_COMMENT_LIMIT, escapeMarkdown, inlineCode, renderTopicsMarkdown, type TopicDiffSection } from '../schema/render-markdown';
import type { CompatibilityLevel } from '../schema/compatibility';
import { byStanding, headline, standingOf, type TopicStanding } from './change-words';
import { topicImpactBlock } from './impact-sections';
import { fitLines } from './markdown';
import type { PullRequestKindVerdict } from './pull-request-kind';
import type { ReviewPlan, TopicReview } from './review-plan';

/** Finds the sticky review comment again; it never varies, so one PR has at most one such comment. */
export const REVIEW_MARKER = '<!-- kafka-schema-scout:review -->';

/** What we allow ourselves of GitHub's cap, leaving room for its own counting. */
export const REVIEW_BUDGET = GITHUB_COMMENT_LIMIT - 536;

export interface ReviewRenderOptions {
  /** Repository-relative schema directory, shown in the text. */
  schemaDir: string;
  ackLabel: string;
  /** Markdown naming what accepts a breaking change; default: the label `ackLabel`. */
  acknowledgedWith?: string;
  /** Why the review is not (also) a PR comment; shown in the job summary. */
  noCommentReason?: string;
  /** Authors of comments that imitate the review (carry its marker); the job summary names them. */
  impostors?: string[];
  /** Which question the review asked (the scan's own pull request or a planned change), said under the outcome. */
  kind?: PullRequestKindVerdict;
  /** The text is the PR comment: it starts with the marker. */
  forComment?: boolean;
  budget?: number;
}

const OUTCOME_LINES: Record<ReviewPlan['outcome'], string> = {
  passed: '**✅ Passed**: every changed topic meets its required compatibility level.',
  acknowledged: '**⚠️ Passed with acknowledged breaking changes**',
  failed: '**❌ Failed**',
};

function requiredText(level: CompatibilityLevel, review: TopicReview): string {
  return `${level}${review.requiredFrom === 'topic.json' ? ' (topic.json)' : ''}`;
}

function problemRow(review: TopicReview, acknowledged: boolean): string {
  const verdict = review.error !== undefined ? 'invalid file' : (review.diff?.compatibility ?? '–');
  const breaking = review.levelLowered ? `breaking: lowers the required level ${review.levelLowered.from} → ${review.levelLowered.to}` : 'breaking';
  const status = review.error !== undefined ? `❌ ${escapeMarkdown(review.error)}` : acknowledged ? `⚠️ ${breaking}, acknowledged` : `❌ ${breaking}`;
  return `| ${inlineCode(review.name)} | ${requiredText(review.required, review)} | ${verdict} | ${status} |\n`;
}

function outcomeText(plan: ReviewPlan, options: ReviewRenderOptions, listBudget: number): string {
  const breaking = plan.topics.filter((topic) => topic.breaking).length;
  const invalid = plan.topics.filter((topic) => topic.error !== undefined).length + plan.treeErrors.length;
  const how = options.acknowledgedWith ?? `the label ${inlineCode(options.ackLabel)}`;
  let text = OUTCOME_LINES[plan.outcome];
  if (plan.outcome === 'acknowledged') text += `: ${breaking} topic(s) break their required level, accepted with ${how}.`;
  if (plan.outcome === 'failed') {
    const reasons = [];
    if (invalid > 0) reasons.push(`${invalid} topic(s) or entries have schema files that cannot be read`);
    if (breaking > 0) reasons.push(`${breaking} topic(s) break their required compatibility level`);
    text += `: ${reasons.join('; ')}.`;
    if (breaking > 0 && invalid === 0) text += ` If consumers and producers are ready for this, accept it with ${how}.`;
  }
  // Whatever would weaken the gate comes first, where nobody can miss it.
  const alarms = [
    ...plan.treeErrors.map((problem) => `- ❌ ${escapeMarkdown(problem.message)}\n`),
    ...plan.topics
      .filter((review) => review.levelLowered)
      .map(
        (topic) =>
          `- ❌ ${inlineCode(topic.name)}: this pull request lowers the required compatibility level from ${topic.levelLowered!.from} to ${topic.levelLowered!.to}. Lowering a level is itself a breaking change; ${topic.required} still applies here.\n`,
      ),
  ];
  return `${text}\n\n${alarms.length > 0 ? `${fitLines(alarms, listBudget, 'problem(s)')}\n` : ''}`;
}

/** The level and why it applies: consumers of observed data for the scan's own pull request, Schema Registry's default otherwise. */
function requiredLevelLine(plan: ReviewPlan, kind: PullRequestKindVerdict | undefined): string {
  const own = `a topic's ${inlineCode('topic.json')} can set its own ${inlineCode('compatibility')}`;
  if (kind?.kind === 'scan') {
    return `This is ${escapeMarkdown(kind.reason)}: the question is whether consumers that still hold the committed schema can read it, so every topic must be ${plan.defaultRequired} compatible (input ${inlineCode('scan-fail-on')}); ${own}.`;
  }
  if (kind?.kind === 'scan-edited') {
    return `This is ${escapeMarkdown(kind.reason)}: both the level for planned changes and the scan's apply, ${plan.defaultRequired}; ${own}.`;
  }
  return `Required level: ${plan.defaultRequired} by default (input ${inlineCode('fail-on')}); ${own}.`;
}

function standingOfReview(review: TopicReview): TopicStanding {
  if (review.error !== undefined) return 'no-verdict';
  if (review.status === 'new') return 'new';
  if (review.status === 'deleted') return 'vanished';
  return standingOf('changed', review.diff?.compatibility ?? 'NONE');
}

function sectionOf(review: TopicReview): TopicDiffSection {
  return { name: review.name, compatibility: review.diff?.compatibility ?? 'NONE', changes: review.diff?.changes ?? [], isNew: review.status === 'new' };
}

/**
 * Pure: the review as Markdown, for the sticky comment and the job summary. Names and messages
 * are escaped; only names, types and counts appear. Fits `budget` with notes where cut.
 */
export function renderReviewMarkdown(plan: ReviewPlan, options: ReviewRenderOptions): string {
  const budget = options.budget ?? REVIEW_BUDGET;
  const listBudget = Math.floor(budget / 5);
  let header = options.forComment ? `${REVIEW_MARKER}\n` : '';
  header += '### Kafka schema review\n\n';
  if (options.noCommentReason) header += `> [!NOTE]\n> No pull request comment: ${escapeMarkdown(options.noCommentReason)}.\n\n`;
  if (options.impostors && options.impostors.length > 0) {
    const authors = [...new Set(options.impostors)].slice(0, 10).map((author) => inlineCode(author));
    header += `> [!WARNING]\n> Ignored ${options.impostors.length} comment(s) that imitate this review but were not written by the review's own account (by ${authors.join(', ')}).\n\n`;
  }
  if (plan.topics.length === 0 && plan.treeErrors.length === 0) {
    return `${header}No schema files under ${inlineCode(options.schemaDir)} change in this pull request.\n`;
  }
  header += outcomeText(plan, options, listBudget);
  header += `${headline(plan.topics.map(standingOfReview), 'deleted')}\n\n`;
  header += `${requiredLevelLine(plan, options.kind)}\n\n`;
  const problems = plan.topics.filter((topic) => topic.breaking || topic.error !== undefined);
  if (problems.length > 0) {
    header += '| Topic | Required | Verdict | Status |\n| --- | --- | --- | --- |\n';
    header += fitLines(
      problems.map((topic) => problemRow(topic, plan.outcome === 'acknowledged')),
      listBudget,
      'topic(s)',
    );
    header += '\n';
  }

  // New topics are counted in the headline; their fields are in the change table.
  const explained = plan.topics.filter((topic) => topic.diff !== undefined && topic.status === 'changed');
  if (explained.length > 0) {
    const blocks = byStanding(explained, standingOfReview, (topic) => topic.name).map((topic) =>
      topicImpactBlock({ topic: topic.name, kind: 'changed', files: [], diff: topic.diff }, undefined),
    );
    header += `#### What changes for consumers\n\nOld readers are the consumers that still hold the base branch's schema; new readers use this pull request's schema on older records.\n\n`;
    header += fitLines(blocks, listBudget, 'topic(s)');
  }

  let footer = '';
  const deleted = plan.topics.filter((topic) => topic.status === 'deleted');
  if (deleted.length > 0) {
    footer += `**Deleted topics** (${deleted.length}): their schema folders are removed.\n\n`;
    footer += fitLines(
      deleted.map((topic) => `- ${inlineCode(topic.name)}\n`),
      listBudget,
      'topic(s)',
    );
    footer += '\n';
  }
  const warnings = plan.topics.flatMap((topic) => topic.warnings.map((warning) => `- ${inlineCode(topic.name)}: ${escapeMarkdown(warning)}\n`));
  if (warnings.length > 0) footer += `**Warnings**\n\n${fitLines(warnings, listBudget, 'warning(s)')}\n`;

  const sections = byStanding(
    plan.topics.filter((topic) => topic.diff !== undefined),
    standingOfReview,
    (topic) => topic.name,
  ).map(sectionOf);
  return renderTopicsMarkdown(sections, { budget, header, footer });
}
