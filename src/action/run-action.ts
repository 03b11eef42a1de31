import * as core from '@actions/core';
import { connectionFromFlags } from '../kafka/connection-options';
import { formatScanReport } from '../scan/report-text';
import { defaultSampleOptions } from '../kafka/sample';
import { publishScanFromInputs } from '../github/scan-action';
import { emitFromInputs } from './emit-action';
import { runReviewAction } from '../github/review-action';
import { runScan } from '../scan/run-scan';
import { UsageError } from '../util/errors';
import type { Logger } from '../util/log';
import { checkClusterName } from '../catalog/layout';
import { checkIdentity } from '../catalog/cluster-file';
import { checkAvroNamespace } from '../infer/names';
import { checkHttpUrl } from '../util/url';
import { booleanInput, input, integerInput, listInput, requiredInput, secretInput } from './inputs';

const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

function schemaRegistryFromInputs() {
  const url = input('schema-registry-url');
  if (url === undefined) return undefined;
  checkHttpUrl(url, "input 'schema-registry-url'");
  return { url, username: input('schema-registry-username'), password: secretInput('schema-registry-password') };
}

async function scan(): Promise<void> {
  const sampleFrom = input('sample-from') ?? defaultSampleOptions.from;
  if (sampleFrom !== 'latest' && sampleFrom !== 'earliest') {
    throw new UsageError(`input 'sample-from' must be latest or earliest, got ${JSON.stringify(sampleFrom)}`);
  }
  const connection = connectionFromFlags({
    brokers: requiredInput('brokers'),
    saslMechanism: input('sasl-mechanism'),
    saslUsername: input('sasl-username'),
    saslPassword: secretInput('sasl-password'),
    ssl: booleanInput('ssl', false),
    sslCa: input('ssl-ca'),
    sslCert: input('ssl-cert'),
    sslKey: secretInput('ssl-key'),
    sslKeyPassword: secretInput('ssl-key-password'),
  });
  const cluster = input('cluster') ?? 'default';
  checkClusterName(cluster, "input 'cluster'");
  const namespace = input('namespace');
  if (namespace !== undefined) checkAvroNamespace(namespace, "input 'namespace'");
  const schemaRegistry = schemaRegistryFromInputs();
  const datahub = { platformInstance: input('platform-instance'), env: input('datahub-env') };
  checkIdentity(datahub, { env: "input 'datahub-env'", platformInstance: "input 'platform-instance'" });
  const report = await core.group('Scan the cluster', () =>
    runScan(
      {
        connection,
        cluster,
        dir: input('schema-dir') ?? 'kafka-schemas',
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
  await publishScanFromInputs(report, actionLogger);
  if (report.partial) core.setFailed(`scan was partial: ${names('failed').join(', ')} could not be read`);
}

const commands: Record<string, () => Promise<void>> = {
  scan,
  review: async () => {
    await runReviewAction();
  },
  emit: () => emitFromInputs(actionLogger),
};

export async function runAction(): Promise<void> {
  const command = input('command') ?? 'scan';
  const run = commands[command];
  if (!run) throw new UsageError(`input 'command' must be one of ${Object.keys(commands).join(', ')}, got ${JSON.stringify(command)}`);
  await run();
}
