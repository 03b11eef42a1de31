import { describe, expect, it } from '@jest/globals';
import { ownerReviewers } from '../../../src/github/publish-scan';
import type { SchemaPlan } from '../../../src/github/schema-plan';

describe('reviewers from topic.json owners', () => {
  it('asks the GitHub users and teams among the owners of the changed topics, each once', () => {
    const local = new Map([
      ['orders/topic.json', JSON.stringify({ owners: ['@alice', { owner: '@acme/payments', type: 'BUSINESS_OWNER' }, 'urn:li:corpuser:bob', 'carol'] })],
      ['users/topic.json', JSON.stringify({ owners: '@alice' })],
      ['quiet/topic.json', JSON.stringify({ owners: ['@dave'] })],
      ['broken/topic.json', '{ not json'],
      ['odd/topic.json', JSON.stringify({ owners: ['@not a handle', '@x/y/z', 42] })],
    ]);
    const plan = { topics: ['orders', 'users', 'broken', 'odd'].map((topic) => ({ topic, kind: 'changed', files: [] })) } as unknown as SchemaPlan;
    expect(ownerReviewers(local, plan)).toEqual(['acme/payments', 'alice']);
  });
});
