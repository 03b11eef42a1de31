import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_ACK_LABEL, DEFAULT_REQUIRED_LEVEL } from '../../../src/github/review-plan';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import { DEFAULT_MAX_VANISHED_PERCENT } from '../../../src/scan/vanished';
import { buildProgram } from '../../../src/program';

/**
 * The defaults live in the code (defaultSampleOptions, the review's level and label); action.yml,
 * the README's input table and the CLI's flags must say the same (scripts/check-docs.mjs checks
 * the names, this the values).
 */
const root = new URL('../../../', import.meta.url);
const actionYml = readFileSync(new URL('action.yml', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');

function actionDefault(input: string): string | undefined {
  const block = new RegExp(`^  ${input}:\\n((?:    .*\\n)*)`, 'm').exec(actionYml)?.[1] ?? '';
  const value = /^ {4}default: (.*)$/m.exec(block)?.[1];
  return value?.replace(/^"(.*)"$/, '$1');
}

function readmeDefault(input: string): string | undefined {
  return new RegExp(`^\\| \`${input}\` \\| ([^|]*) \\|`, 'm').exec(readme)?.[1]?.trim();
}

async function flagDefault(command: string, flag: string): Promise<unknown> {
  const sub = (await buildProgram()).commands.find((candidate: Command) => candidate.name() === command)!;
  return sub.options.find((option) => option.long === flag)?.defaultValue;
}

const SAMPLING: Array<[input: string, flag: string, value: string | number]> = [
  ['samples', '--samples', defaultSampleOptions.samplesPerPartition],
  ['sample-from', '--sample-from', defaultSampleOptions.from],
  ['max-bytes-per-topic', '--max-bytes-per-topic', defaultSampleOptions.maxBytesPerTopic],
  ['topic-timeout-ms', '--topic-timeout', defaultSampleOptions.topicTimeoutMs],
  ['scan-timeout-ms', '--scan-timeout', defaultSampleOptions.scanTimeoutMs],
];

describe('defaults agree between the code, action.yml, the README and the CLI', () => {
  it.each(SAMPLING)('sampling: input %s, flag %s = %s', async (input, flag, value) => {
    expect(actionDefault(input)).toBe(String(value));
    expect(readmeDefault(input)).toBe(`\`${value}\``);
    expect(await flagDefault('scan', flag)).toBe(value);
  });

  it('review: fail-on and the acknowledgement label', async () => {
    expect(actionDefault('fail-on')).toBe(DEFAULT_REQUIRED_LEVEL);
    expect(readmeDefault('fail-on')).toBe(`\`${DEFAULT_REQUIRED_LEVEL}\``);
    expect(await flagDefault('review', '--fail-on')).toBe(DEFAULT_REQUIRED_LEVEL);
    expect(actionDefault('allow-breaking-label')).toBe(DEFAULT_ACK_LABEL);
    expect(readmeDefault('allow-breaking-label')).toBe(`\`${DEFAULT_ACK_LABEL}\``);
  });

  it('the mass-deletion guard: input max-vanished-percent, flag --max-vanished-percent', async () => {
    expect(actionDefault('max-vanished-percent')).toBe(String(DEFAULT_MAX_VANISHED_PERCENT));
    expect(readmeDefault('max-vanished-percent')).toBe(`\`${DEFAULT_MAX_VANISHED_PERCENT}\``);
    expect(await flagDefault('scan', '--max-vanished-percent')).toBe(DEFAULT_MAX_VANISHED_PERCENT);
  });

  it('the schema directory', async () => {
    expect(actionDefault('schema-dir')).toBe('kafka-schemas');
    expect(readmeDefault('schema-dir')).toBe('`kafka-schemas`');
    for (const command of ['scan', 'emit', 'review']) expect(await flagDefault(command, '--dir')).toBe('kafka-schemas');
  });
});
