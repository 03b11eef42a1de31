import { describe, expect, it } from '@jest/globals';
import { classifyPullRequest, gateLevel, type PullRequestFacts } from '../../../src/github/pull-request-kind';

const BOT = { login: 'scout-app[bot]', type: 'Bot' };
const scanPull: PullRequestFacts = {
  headRef: 'kafka-schema-scout/prod',
  baseRepo: 'acme/schemas',
  headRepo: 'acme/schemas',
  author: BOT,
  commits: [
    { author: 'scout-app[bot]', verified: true },
    { author: 'SCOUT-APP[bot]', verified: true },
  ],
};
const kind = (facts: Partial<PullRequestFacts>) => classifyPullRequest({ ...scanPull, ...facts }, 'kafka-schema-scout/').kind;

describe('which question a review asks', () => {
  it("the scan's own pull request: its branch in this repository, opened by a bot, every commit that bot's and signed", () => {
    expect(kind({})).toBe('scan');
  });

  it('a branch name alone never picks a weaker gate', () => {
    // a fork's branch of the same name
    expect(kind({ headRepo: 'mallory/schemas' })).toBe('planned');
    // opened by a person
    expect(kind({ author: { login: 'mallory', type: 'User' } })).toBe('scan-edited');
    // a person's commit on the scan's branch, or one claiming the bot's name without GitHub's signature
    expect(kind({ commits: [...scanPull.commits!, { author: 'alice', verified: true }] })).toBe('scan-edited');
    expect(kind({ commits: [{ author: 'scout-app[bot]', verified: false }] })).toBe('scan-edited');
    // commits that could not be listed
    expect(kind({ commits: undefined })).toBe('scan-edited');
    // other branches, and a prefix without a valid cluster after it
    expect(kind({ headRef: 'feature/orders' })).toBe('planned');
    expect(kind({ headRef: 'kafka-schema-scout/' })).toBe('planned');
    expect(kind({ headRef: 'kafka-schema-scout/../x' })).toBe('planned');
  });

  it('the gate: FORWARD for the scan, both for an edited scan branch, fail-on otherwise', () => {
    expect(gateLevel('scan', 'BACKWARD', 'FORWARD')).toBe('FORWARD');
    expect(gateLevel('scan-edited', 'BACKWARD', 'FORWARD')).toBe('FULL');
    expect(gateLevel('scan-edited', 'NONE', 'FORWARD')).toBe('FORWARD');
    expect(gateLevel('planned', 'BACKWARD', 'FORWARD')).toBe('BACKWARD');
  });
});
