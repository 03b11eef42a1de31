import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CompressionTypes } from 'kafkajs';
import decodeMessages from 'kafkajs/src/protocol/requests/fetch/v4/decodeMessages.js';
import KafkajsDecoder from 'kafkajs/src/protocol/decoder.js';
import { decodeFetchResponse, decodeRecordBatches, RecordBatchError } from '../../../src/kafka/fetch-response';
import { registerCompressionCodecs } from '../../../src/kafka/codecs';
import type { FetchedMessage } from '../../../src/kafka/kafkajs-internals';
import { seenMessages as seen } from '../../support/fetched-messages';

// kafkajs's own encoders write the batches; kafkajs's own decoders are the oracle.
const require = createRequire(import.meta.url);
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0/index.js') as { RecordBatch: (batch: object) => Promise<{ buffer: Buffer }> };
const Record = require('kafkajs/src/protocol/recordBatch/record/v0/index.js') as (record: object) => unknown;
const Encoder = require('kafkajs/src/protocol/encoder.js') as new () => {
  writeInt16(value: number): unknown;
  writeInt32(value: number): unknown;
  writeInt64(value: string | number): unknown;
  writeString(value: string): unknown;
  writeBuffer(value: Buffer): unknown;
  buffer: Buffer;
};
const fetchV11 = require('kafkajs/src/protocol/requests/fetch/v11/response.js') as { decode(raw: Buffer): Promise<KafkajsResponse> };
const fetchV4 = require('kafkajs/src/protocol/requests/fetch/v4/response.js') as { decode(raw: Buffer): Promise<KafkajsResponse> };

interface KafkajsResponse {
  responses: Array<{ topicName: string; partitions: Array<Record<string, unknown> & { messages: FetchedMessage[] }> }>;
}

registerCompressionCodecs();

const ATTRIBUTES_AT = 21;

async function batch(options: {
  firstOffset?: string;
  firstTimestamp?: string | number;
  maxTimestamp?: string | number;
  compression?: number;
  transactional?: boolean;
  producerId?: string;
  records: Array<{ offsetDelta: number; timestampDelta?: number | string; key?: Buffer | null; value: Buffer | null; headers?: Record<string, unknown> }>;
  /** Bits set in the attributes after encoding (kafkajs's encoder writes neither LOG_APPEND_TIME nor control). */
  setAttributes?: number;
}): Promise<Buffer> {
  const encoded = await RecordBatch({
    firstOffset: options.firstOffset ?? '0',
    firstTimestamp: options.firstTimestamp ?? 1_700_000_000_000,
    maxTimestamp: options.maxTimestamp ?? 1_700_000_000_999,
    compression: options.compression ?? CompressionTypes.None,
    transactional: options.transactional ?? false,
    producerId: options.producerId ?? '-1',
    lastOffsetDelta: options.records.at(-1)?.offsetDelta ?? 0,
    records: options.records.map((record) => Record({ key: null, headers: {}, ...record })),
  });
  const bytes = Buffer.from(encoded.buffer);
  if (options.setAttributes) bytes.writeInt16BE(bytes.readInt16BE(ATTRIBUTES_AT) | options.setAttributes, ATTRIBUTES_AT);
  return bytes;
}

/** kafkajs's reading of a record set (its int32 size first). */
function kafkajsRecords(records: Buffer): Promise<FetchedMessage[]> {
  const size = Buffer.alloc(4);
  size.writeInt32BE(records.length);
  return decodeMessages(new KafkajsDecoder(Buffer.concat([size, records]))) as Promise<FetchedMessage[]>;
}

const text = (value: string) => Buffer.from(value);

describe('the scan’s record batch decoder, against kafkajs’s', () => {
  it('reads every record as kafkajs does: keys, nulls, empty values, headers (repeated too), many batches, every codec', async () => {
    const batches: Buffer[] = [];
    let offset = 0;
    for (const compression of [CompressionTypes.None, CompressionTypes.GZIP, CompressionTypes.Snappy, CompressionTypes.LZ4, CompressionTypes.ZSTD]) {
      if (compression === CompressionTypes.LZ4 || compression === CompressionTypes.ZSTD) continue; // read-only codecs here: produced by kcat in the integration test
      batches.push(
        await batch({
          firstOffset: String(offset),
          compression,
          records: [
            { offsetDelta: 0, timestampDelta: 0, key: text('k1'), value: text('{"id":1}') },
            { offsetDelta: 1, timestampDelta: 5, key: null, value: null },
            { offsetDelta: 2, timestampDelta: -3, key: text(''), value: text(''), headers: { trace: text('t'), multi: [text('a'), text('b')] } },
            { offsetDelta: 4, timestampDelta: 300_000, value: text('x'.repeat(300)), headers: { 'schema id': text('\u0000\u0001') } },
          ],
        }),
      );
      offset += 10;
    }
    const records = Buffer.concat(batches);
    const ours = await decodeRecordBatches(records);
    expect(ours).toHaveLength(12);
    expect(seen(ours)).toEqual(seen(await kafkajsRecords(records)));
  });

  it('reads offsets and timestamps beyond 2^53 exactly, LOG_APPEND_TIME, transactional and control batches as kafkajs does', async () => {
    const records = Buffer.concat([
      await batch({
        firstOffset: '9007199254740990',
        firstTimestamp: '9007199254740000',
        records: [
          { offsetDelta: 0, timestampDelta: 0, value: text('a') },
          { offsetDelta: 3, timestampDelta: '2000', value: text('b') },
        ],
      }),
      await batch({ firstOffset: '9223372036854775000', records: [{ offsetDelta: 7, timestampDelta: '-9000000000000000', value: text('c') }] }),
      await batch({
        firstOffset: '20',
        maxTimestamp: 1_800_000_000_000,
        setAttributes: 0x08,
        records: [{ offsetDelta: 0, timestampDelta: 1, value: text('d') }],
      }),
      await batch({ firstOffset: '21', transactional: true, producerId: '4242', records: [{ offsetDelta: 0, value: text('e') }] }),
      await batch({
        firstOffset: '22',
        transactional: true,
        producerId: '4242',
        setAttributes: 0x20,
        records: [{ offsetDelta: 0, key: Buffer.from([0, 0, 0, 0]), value: Buffer.from([0, 0, 0, 0, 0, 0]) }],
      }),
    ]);
    const ours = await decodeRecordBatches(records);
    expect(seen(ours)).toEqual(seen(await kafkajsRecords(records)));
    expect(ours.map((message) => message.offset)).toEqual(['9007199254740990', '9007199254740993', '9223372036854775007', '20', '21', '22']);
    expect(ours[1]!.timestamp).toBe('9007199254742000');
    expect(ours[3]!.timestamp).toBe('1800000000000');
    expect(ours.map((message) => message.isControlRecord)).toEqual([false, false, false, false, false, true]);
  });

  it('ends at a batch the response cut off, as kafkajs does', async () => {
    const whole = await batch({ firstOffset: '0', records: [{ offsetDelta: 0, value: text('first') }] });
    const next = await batch({ firstOffset: '1', records: [{ offsetDelta: 0, value: text('second, cut off') }] });
    for (const cut of [3, 11, 12, 30, next.length - 1]) {
      const records = Buffer.concat([whole, next.subarray(0, cut)]);
      expect(seen(await decodeRecordBatches(records))).toEqual(seen(await kafkajsRecords(records)));
      expect(await decodeRecordBatches(records)).toHaveLength(1);
    }
  });

  it('keeps a header named __proto__ as data, an own property (kafkajs makes it an array with Object.prototype)', async () => {
    const records = await batch({ records: [{ offsetDelta: 0, value: text('v'), headers: { ['__proto__']: text('p'), ok: text('o') } }] });
    const [message] = await decodeRecordBatches(records);
    expect(Object.getPrototypeOf(message!.headers)).toBe(Object.prototype);
    expect(Object.keys(message!.headers!)).toEqual(['__proto__', 'ok']);
    expect(Object.getOwnPropertyDescriptor(message!.headers, '__proto__')?.value).toEqual(text('p'));
    expect(message!.headers!.ok).toEqual(text('o'));
  });

  it('names the batch of a record that runs past it, instead of reading outside it', async () => {
    const records = await batch({ firstOffset: '77', records: [{ offsetDelta: 0, value: text('0123456789') }] });
    const corrupt = Buffer.from(records);
    corrupt[61] = 0x7e; // the record's length (zigzag 63): past the batch's end
    await expect(decodeRecordBatches(corrupt)).rejects.toThrow(new RecordBatchError(77n, "a record's length 63 runs past its batch"));
    const shortened = Buffer.from(records);
    shortened.writeInt32BE(20, 8); // a batch length shorter than its header
    await expect(decodeRecordBatches(shortened)).rejects.toThrow(RecordBatchError);
  });

  it('names the batch whose compressed data does not decompress', async () => {
    const records = await batch({ firstOffset: '5', compression: CompressionTypes.GZIP, records: [{ offsetDelta: 0, value: text('v'.repeat(100)) }] });
    const corrupt = Buffer.from(records);
    corrupt.fill(0x55, 61, 71); // the gzip header
    await expect(decodeRecordBatches(corrupt)).rejects.toThrow(/^the record batch at offset 5 does not decode: its gzip data does not decompress \(/);
  });

  it('reads any damaged record set (400 random damages) to records or a RecordBatchError naming its batch, never another exception', async () => {
    const sets = [
      await batch({
        records: [
          { offsetDelta: 0, key: text('k'), value: text('{"a":1}'), headers: { h: text('x') } },
          { offsetDelta: 1, value: null },
        ],
      }),
      await batch({ firstOffset: '2', compression: CompressionTypes.GZIP, records: [{ offsetDelta: 0, value: text('{"b":2}') }] }),
    ];
    const valid = Buffer.concat(sets);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (damage) => {
        const damaged = Buffer.from(valid);
        for (const [at, byte] of damage) damaged[at] = byte;
        try {
          const messages = await decodeRecordBatches(damaged);
          for (const message of messages) expect(message.offset).toMatch(/^-?\d+$/);
        } catch (error) {
          expect((error as Error).name).toBe('RecordBatchError');
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the scan’s Fetch response decoder, against kafkajs’s', () => {
  function response(version: 4 | 11, records: Buffer[]): Buffer {
    const encoder = new Encoder();
    encoder.writeInt32(7); // throttle time
    if (version === 11) {
      encoder.writeInt16(0);
      encoder.writeInt32(99); // session id
    }
    encoder.writeInt32(2); // topics
    for (const topic of ['orders', 'payments']) {
      encoder.writeString(topic);
      encoder.writeInt32(records.length);
      for (const [partition, set] of records.entries()) {
        encoder.writeInt32(partition);
        encoder.writeInt16(partition === 1 ? 1 : 0); // OFFSET_OUT_OF_RANGE on partition 1: decoded, parse throws it
        encoder.writeInt64('123');
        encoder.writeInt64('120');
        if (version === 11) encoder.writeInt64('5');
        encoder.writeInt32(1); // one aborted transaction
        encoder.writeInt64('4242');
        encoder.writeInt64('21');
        if (version === 11) encoder.writeInt32(-1); // preferred read replica
        encoder.writeInt32(set.length);
        encoder.writeBuffer(set);
      }
    }
    return Buffer.from(encoder.buffer);
  }

  it('reads the same topics, partitions, errors, offsets, aborted transactions and records (v4 and v11)', async () => {
    const sets = [
      await batch({
        firstOffset: '0',
        records: [
          { offsetDelta: 0, value: text('{"a":1}') },
          { offsetDelta: 1, value: null, key: text('k') },
        ],
      }),
      Buffer.alloc(0),
      await batch({ firstOffset: '50', compression: CompressionTypes.GZIP, records: [{ offsetDelta: 0, value: text('z') }] }),
    ];
    for (const [version, kafkajs] of [
      [4, fetchV4],
      [11, fetchV11],
    ] as const) {
      const raw = response(version, sets);
      const ours = await decodeFetchResponse(raw, version, kafkajsRecords);
      const theirs = await kafkajs.decode(raw);
      const strip = (decoded: KafkajsResponse) =>
        decoded.responses.map(({ topicName, partitions }) => ({
          topicName,
          partitions: partitions.map(({ messages, ...partition }) => ({ ...partition, messages: seen(messages) })),
        }));
      expect(strip(ours as unknown as KafkajsResponse)).toEqual(strip(theirs));
      expect(ours.responses[0]!.partitions[2]!.messages[0]!.value).toEqual(text('z'));
    }
  });

  it('hands a record set of an old message format (magic 1) to kafkajs', async () => {
    const legacy: Buffer[] = [];
    const oldFormat = Buffer.alloc(40);
    oldFormat.writeInt8(1, 16);
    await decodeFetchResponse(response(4, [oldFormat]), 4, (recordSet) => {
      legacy.push(recordSet);
      return Promise.resolve([]);
    });
    expect(legacy).toHaveLength(2); // one per topic
    expect(legacy[0]!.readInt32BE(0)).toBe(40);
    expect(legacy[0]!.subarray(4)).toEqual(oldFormat);
  });

  it('reads no records from a record set cut off before its first magic byte (kafkajs throws on it)', async () => {
    const cut = (await batch({ records: [{ offsetDelta: 0, value: text('v') }] })).subarray(0, 10);
    const decoded = await decodeFetchResponse(response(11, [cut]), 11, kafkajsRecords);
    expect(decoded.responses.map(({ partitions }) => partitions[0]!.messages)).toEqual([[], []]);
    await expect(fetchV11.decode(response(11, [cut]))).rejects.toMatchObject({ name: 'RangeError' });
  });

  it('refuses versions it does not read, and a response that ends early, with an error', async () => {
    await expect(decodeFetchResponse(Buffer.alloc(8), 3, kafkajsRecords)).rejects.toThrow('Fetch response version 3 is not read here');
    const raw = response(11, [await batch({ records: [{ offsetDelta: 0, value: text('v') }] })]);
    await expect(decodeFetchResponse(raw.subarray(0, 20), 11, kafkajsRecords)).rejects.toThrow(RangeError);
  });
});
