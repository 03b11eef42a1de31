import { renderJobSummary } from '../../../src/github/job-summary';
import { renderPullRequestBody } from '../../../src/github/pull-request-body';
import { describeTopic, topicVersion } from '../../../src/github/topic-details';

const note =
  'value.scores looks keyed by data (3 of 3 keys look like e-mail addresses) but it was kept a record; add "overrides": {"scores":"map"} to topic.json to make it a map';

test('the pull request body and the job summary show inference notes by topic', () => {
  const topic = describeTopic(
    { topic: 'games', kind: 'new', files: [{ name: 'value.avsc', change: 'added' }] },
    undefined,
    topicVersion({ 'value.avsc': '{"type":"record","name":"Games","fields":[]}\n', 'topic.json': '{"partitions":1}' }),
  );
  const body = renderPullRequestBody({
    repository: { owner: 'acme', repo: 'schemas', serverUrl: 'https://github.com' },
    cluster: 'prod',
    clusterFolder: 'kafka-schemas/prod',
    branch: 'kafka-schema-scout/prod',
    baseBranch: 'main',
    topics: [topic],
    failedTopics: [],
    keptVanished: [],
    notes: new Map([['games', [note]]]),
  });
  expect(body).toContain('#### Near calls of the inference');
  expect(body).toContain('looks keyed by data (3 of 3 keys look like e-mail addresses)');
  const summary = renderJobSummary({
    report: {
      cluster: 'prod',
      dir: 'kafka-schemas',
      topics: [{ topic: 'games', status: 'new', records: 3, changedFiles: [], warnings: ['sample cut short by the byte budget per topic'], notes: [note] }],
      vanished: [],
      partial: false,
    },
  });
  expect(summary).toContain('looks keyed by data (3 of 3 keys look like e-mail addresses)');
  expect(summary).toContain('sample cut short');
});
