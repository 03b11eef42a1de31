import * as core from '@actions/core';
import { checkIdentity } from '../catalog/cluster-file';
import { checkClusterName } from '../catalog/layout';
import { DEFAULT_MAX_VANISHED_PERCENT, DEFAULT_SCAN_BRANCH_PREFIX, prepareScanBranch, publishScan, type ScanGitHubSettings } from '../github/publish-scan';
import { checkAvroNamespace } from '../infer/names';
import { ACTION_INPUT_NAMES } from '../kafka/connect';
import { connectionFromFlags } from '../kafka/connection-options';
import { defaultSampleOptions } from '../kafka/sample';
import { formatScanReport } from '../scan/report-text';
import { runScan, type ScanReport } from '../scan/run-scan';
import { UsageError } from '../util/errors';
import type { Logger } from '../util/log';
import { DONE, type Outcome } from '../util/outcome';
import { checkHttpUrl } from '../util/url';
import { actionContext, repositoryOf } from './context';
import { booleanInput, input, integerInput, listInput, requiredInput, secretInput } from './inputs';
import { actionLogger } from './logger';

function schemaRegistryFromInputs() {
  const url = input('schema-registry-url');
  if (url === undefined) return undefined;
  checkHttpUrl(url, "input 'schema-registry-url'");
  return { url, username: input('schema-registry-username'), password: secretInput('schema-registry-password') };
}

/** `command: scan`: inputs → the scan → pull request and topics issue → outputs and summary. */
export async function scanFromInputs(): Promise<Outcome> {
  const sampleFrom = input('sample-from') ?? defaultSampleOptions.from;
  if (sampleFrom !== 'latest' && sampleFrom !== 'earliest') {
    throw new UsageError(`input 'sample-from' must be latest or earliest, got ${JSON.stringify(sampleFrom)}`);
  }
  const connection = connectionFromFlags(
    {
      brokers: requiredInput('brokers'),
      saslMechanism: input('sasl-mechanism'),
      saslUsername: input('sasl-username'),
      saslPassword: secretInput('sasl-password'),
      ssl: booleanInput('ssl', false),
      sslCa: input('ssl-ca'),
      sslCert: input('ssl-cert'),
      sslKey: secretInput('ssl-key'),
      sslKeyPassword: secretInput('ssl-key-password'),
    },
    process.env,
    ACTION_INPUT_NAMES,
  );
  const cluster = input('cluster') ?? 'default';
  checkClusterName(cluster, "input 'cluster'");
  const namespace = input('namespace');
  if (namespace !== undefined) checkAvroNamespace(namespace, "input 'namespace'");
  const schemaRegistry = schemaRegistryFromInputs();
  const datahub = { platformInstance: input('platform-instance'), env: input('datahub-env') };
  checkIdentity(datahub, { env: "input 'datahub-env'", platformInstance: "input 'platform-instance'" });
  const dir = input('schema-dir') ?? 'kafka-schemas';
  const github = gitHubSettingsFromInputs();
  // Before the scan reads the checkout: an edited scan branch's files become its prior.
  const editedBranch = github?.createPullRequest ? await core.group('Scan branch', () => prepareScanBranch(github, dir, cluster, actionLogger)) : undefined;
  const report = await core.group('Scan the cluster', () =>
    runScan(
      {
        connection,
        cluster,
        dir,
        filter: {
          include: listInput('include'),
          exclude: listInput('exclude'),
          includeInternal: booleanInput('include-internal', false),
        },
        sampling: {
          samplesPerPartition: integerInput('samples', defaultSampleOptions.samplesPerPartition),
          from: sampleFrom,
          maxBytesPerTopic: integerInput('max-bytes-per-topic', defaultSampleOptions.maxBytesPerTopic),
          topicTimeoutMs: integerInput('topic-timeout-ms', defaultSampleOptions.topicTimeoutMs),
          scanTimeoutMs: integerInput('scan-timeout-ms', defaultSampleOptions.scanTimeoutMs),
        },
        naming: { namespace },
        schemaRegistry,
        datahub,
      },
      actionLogger,
    ),
  );
  core.info(formatScanReport(report));
  const names = (status: string) => report.topics.filter((topic) => topic.status === status).map((topic) => topic.topic);
  core.setOutput('new-topics', JSON.stringify(names('new')));
  core.setOutput('changed-topics', JSON.stringify(names('changed')));
  core.setOutput('failed-topics', JSON.stringify(names('failed')));
  core.setOutput('vanished-topics', JSON.stringify(report.vanished));
  if (github === undefined) core.setOutput('pull-request-operation', 'none');
  else await publishScanResult(report, { ...github, editedBranch }, actionLogger);
  return report.partial ? { status: 'partial', reason: `scan was partial: ${names('failed').join(', ')} could not be read` } : DONE;
}

/** A whole number from 0 to 100. */
function percentInput(name: string, fallback: number): number {
  const value = input(name);
  if (value === undefined) return fallback;
  const number = Number(value.replace(/%$/, ''));
  if (!Number.isInteger(number) || number < 0 || number > 100)
    throw new UsageError(`input '${name}' must be a percentage from 0 to 100, got ${JSON.stringify(value)}`);
  return number;
}

/** The GitHub side's settings, or undefined when neither the pull request nor the issue is wanted. */
function gitHubSettingsFromInputs(): ScanGitHubSettings | undefined {
  const createPullRequest = booleanInput('create-pull-request', true);
  const createIssue = booleanInput('create-issue', true);
  if (!createPullRequest && !createIssue) return undefined;
  const token = secretInput('github-token');
  if (token === undefined) throw new Error("input 'github-token' is empty: pass ${{ github.token }}, a PAT or an App token");
  const context = actionContext();
  return {
    token,
    apiUrl: context.apiUrl,
    repository: repositoryOf(context),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    baseBranch: input('base-branch'),
    branchPrefix: input('pr-branch-prefix') ?? DEFAULT_SCAN_BRANCH_PREFIX,
    pullRequestTitle: input('pr-title'),
    pullRequestLabels: listInput('pr-labels'),
    pullRequestReviewers: listInput('pr-reviewers'),
    issueLabels: listInput('issue-labels').length > 0 ? listInput('issue-labels') : ['kafka-schema-scout'],
    createPullRequest,
    createIssue,
    maxVanishedPercent: percentInput('max-vanished-percent', DEFAULT_MAX_VANISHED_PERCENT),
  };
}

/** The action's side around `publishScan`: log groups, outputs and the job summary. */
async function publishScanResult(report: ScanReport, settings: ScanGitHubSettings, logger: Logger): Promise<void> {
  const result = await publishScan(report, settings, logger, (name, stage) => core.group(name, stage));
  core.setOutput('pull-request-operation', result.pullRequest.operation);
  core.setOutput('pull-request-number', result.pullRequest.number?.toString() ?? '');
  core.setOutput('pull-request-url', result.pullRequest.url ?? '');
  core.setOutput('issue-number', result.issue?.number?.toString() ?? '');
  await core.summary.addRaw(result.summary).write();
}
