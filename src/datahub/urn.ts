/** DataHub URNs for Kafka topics and the user-owned metadata around them. */

export const KAFKA_PLATFORM_URN = 'urn:li:dataPlatform:kafka';

/** `urn:li:dataset:(urn:li:dataPlatform:kafka,[<instance>.]<topic>,<ENV>)`, as DataHub's Kafka source builds it. */
export function datasetUrn(topic: string, env: string, platformInstance?: string): string {
  const name = platformInstance ? `${platformInstance}.${topic}` : topic;
  return `urn:li:dataset:(${KAFKA_PLATFORM_URN},${name},${env})`;
}

export function platformInstanceUrn(platformInstance: string): string {
  return `urn:li:dataPlatformInstance:(${KAFKA_PLATFORM_URN},${platformInstance})`;
}

/** The dataset name inside a Kafka dataset URN (`[<instance>.]<topic>`), or undefined for other URNs. */
export function datasetNameOf(urn: string): { name: string; env: string } | undefined {
  const match = /^urn:li:dataset:\(urn:li:dataPlatform:kafka,(.+),([^,()]+)\)$/.exec(urn);
  return match ? { name: match[1]!, env: match[2]! } : undefined;
}
