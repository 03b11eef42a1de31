import v0 from 'kafkajs/src/protocol/requests/metadata/v0/response.js';
import v1 from 'kafkajs/src/protocol/requests/metadata/v1/response.js';
import v2 from 'kafkajs/src/protocol/requests/metadata/v2/response.js';
import v3 from 'kafkajs/src/protocol/requests/metadata/v3/response.js';
import v4 from 'kafkajs/src/protocol/requests/metadata/v4/response.js';
import v5 from 'kafkajs/src/protocol/requests/metadata/v5/response.js';
import v6 from 'kafkajs/src/protocol/requests/metadata/v6/response.js';

/**
 * Partition errors of a Metadata response that describe one partition's state, not the
 * request: LEADER_NOT_AVAILABLE (5: offline, or an election under way), REPLICA_NOT_AVAILABLE
 * (9: a replica down while the leader serves), LISTENER_NOT_FOUND (72: the leader has no
 * listener of this name).
 */
const PARTITION_STATE_ERRORS = new Set([5, 9, 72]);

interface MetadataData {
  topicMetadata?: Array<{ partitionMetadata?: Array<{ partitionErrorCode: number }> }>;
}

const patched = Symbol('kafka-schema-scout:lenient-metadata');

/**
 * kafkajs 2.2.4 (final release, pinned) rejects a whole Metadata response when one partition
 * reports an error, and keeps the topic among the ones it refreshes: one offline partition then
 * fails listing topics, every later metadata refresh and so the whole scan. Once this has run,
 * such partitions come through with their leader as reported (-1 when there is none): sampling
 * fails that topic alone, by name. Topic errors and other partition errors still throw, as
 * kafkajs's retries and its handling of unknown topics expect.
 */
export function tolerateOfflinePartitions(): void {
  for (const response of [v0, v1, v2, v3, v4, v5, v6]) {
    const holder = response as typeof response & { [patched]?: true };
    if (holder[patched]) continue;
    const parse = response.parse;
    response.parse = (data: unknown) => {
      for (const topic of (data as MetadataData).topicMetadata ?? []) {
        for (const partition of topic.partitionMetadata ?? []) {
          if (PARTITION_STATE_ERRORS.has(partition.partitionErrorCode)) partition.partitionErrorCode = 0;
        }
      }
      return parse(data);
    };
    holder[patched] = true;
  }
}
