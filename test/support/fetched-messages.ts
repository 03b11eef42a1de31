import type { FetchedMessage } from '../../src/kafka/kafkajs-internals';

/** What the scan reads of fetched records (kafkajs's records carry more: magic byte, attributes, the whole batch context). */
export function seenMessages(messages: FetchedMessage[]) {
  return messages.map((message) => ({
    offset: message.offset,
    timestamp: message.timestamp,
    key: message.key,
    value: message.value,
    headers: { ...message.headers },
    isControlRecord: message.isControlRecord,
    producerId: message.batchContext.producerId,
    inTransaction: message.batchContext.inTransaction,
  }));
}
