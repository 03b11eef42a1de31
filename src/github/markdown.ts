import { GITHUB_COMMENT_LIMIT, escapeMarkdown, inlineCode } from '../schema/render-markdown';

export { escapeMarkdown, inlineCode };

/** What we allow ourselves of GitHub's 65,536-character cap, leaving room for its own counting. */
export const BODY_BUDGET = GITHUB_COMMENT_LIMIT - 536;

/** A hidden HTML comment to find our own issue or pull request again; the name parts are already safe. */
export function hiddenMarker(kind: string, cluster: string): string {
  return `<!-- kafka-schema-scout:${kind} cluster=${cluster} -->`;
}

/** A Markdown link whose text is escaped and whose URL cannot close the link early. */
export function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${url.replace(/[()<>\s]/g, (char) => encodeURIComponent(char))})`;
}

/**
 * Joins lines (each ending in a newline) while they fit in `budget` characters; when some do
 * not, the rest are left out and a note says how many `things` were left out.
 */
export function fitLines(lines: string[], budget: number, things: string): string {
  const note = (left: number) =>
    `\n> [!NOTE]\n> ${left} more ${things} not shown: GitHub caps a body at ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters.\n`;
  const reserve = note(lines.length).length;
  let text = '';
  let shown = 0;
  for (const line of lines) {
    if (text.length + line.length + reserve > budget) break;
    text += line;
    shown += 1;
  }
  return shown === lines.length ? text : `${text}${note(lines.length - shown)}`;
}

/** The last resort: cut text to `budget` characters with a visible note. */
export function clip(text: string, budget: number): string {
  if (text.length <= budget) return text;
  const note = '\n\n…(truncated to fit GitHub’s size limit)\n';
  return `${text.slice(0, Math.max(0, budget - note.length))}${note}`;
}
