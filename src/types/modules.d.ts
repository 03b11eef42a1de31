declare module 'kafkajs-snappy' {
  const codec: () => { compress(encoder: { buffer: Buffer }): Promise<Buffer>; decompress(buffer: Buffer): Promise<Buffer> };
  export default codec;
}

declare module 'lz4js' {
  export function decompress(data: Uint8Array, maxSize?: number): Uint8Array;
}

declare module 'kafkajs/src/consumer/filterAbortedMessages.js' {
  /** kafkajs's consumer filter: drops the records of aborted transactions (control records stay). */
  const filterAbortedMessages: <T extends { offset: string; key: Buffer | null; batchContext: { producerId: string; inTransaction: boolean } }>(batch: {
    messages: T[];
    abortedTransactions?: Array<{ producerId: string; firstOffset: string }>;
  }) => T[];
  export default filterAbortedMessages;
}

declare module 'kafkajs/src/protocol/requests/metadata/index.js' {
  /** The Metadata request versions kafkajs may negotiate (`'0'` … `'6'` in 2.2.4). */
  const requests: { versions: string[] };
  export default requests;
}

declare module 'kafkajs/src/protocol/requests/metadata/v*/response.js' {
  /** A Metadata response version's decoder and its parse (which throws on any topic or partition error). */
  const response: {
    decode(rawData: Buffer): Promise<unknown>;
    parse(data: unknown): Promise<unknown>;
  };
  export default response;
}

declare module 'kafkajs/src/broker/index.js' {
  /** kafkajs's Broker class: one connection to one broker (the scan checks its methods at start-up). */
  const Broker: { prototype: Record<string, unknown> };
  export default Broker;
}

declare module 'kafkajs/src/network/connectionPool.js' {
  /** kafkajs's ConnectionPool class: a broker's connections, one of them for Fetch alone. */
  const ConnectionPool: { prototype: Record<string, unknown> };
  export default ConnectionPool;
}

declare module 'kafkajs/src/protocol/requests/fetch/index.js' {
  /** kafkajs's Fetch request versions (`'0'` … `'11'` in 2.2.4); protocol builds one version's request and its response decoder. */
  const fetchRequests: {
    versions: string[];
    protocol(selected: { version: number }): (request: object) => {
      request: { apiVersion: number };
      response: { decode(rawData: Buffer): Promise<unknown>; parse(data: unknown): Promise<unknown> };
    };
  };
  export default fetchRequests;
}

declare module 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js' {
  /** Reads a record set (its int32 size first) of any message format from a kafkajs Decoder. */
  const decodeMessages: (decoder: unknown) => Promise<unknown>;
  export default decodeMessages;
}

declare module 'kafkajs/src/protocol/decoder.js' {
  /** kafkajs's reader of protocol bytes. */
  const Decoder: new (buffer: Buffer) => unknown;
  export default Decoder;
}
