import { CompressionCodecs } from 'kafkajs';
import type { FetchedMessage, FetchedPartition, FetchResponse } from './kafkajs-internals';

/**
 * Reads a Fetch response of version 4 to 11 into the shape kafkajs's own decoders give (so
 * kafkajs's parse, which throws the partition errors, takes it unchanged), with a record decoder
 * of its own for record batches (magic 2). kafkajs builds a decoder object per record, reads
 * every varlong into a Long and parses the batch's first offset and timestamp from text again for
 * each record: 12% of a scan's CPU in its profile, and a third of the bytes it allocated. Here a batch's header is read
 * once and each record's offset and timestamp are plain arithmetic (BigInt only beyond 2^53).
 * Older message formats (magic 0 and 1) go to kafkajs (`legacyRecords`, given the partition's
 * record set with its size), and compressed batches to kafkajs's codecs (registered in codecs.ts).
 * As in kafkajs: the record batches' CRCs are not checked, and a batch cut off by the response's
 * size limit ends the partition's records.
 */
export async function decodeFetchResponse(
  raw: Buffer,
  version: number,
  legacyRecords: (recordSet: Buffer) => Promise<FetchedMessage[]>,
): Promise<DecodedFetchResponse> {
  if (version < 4 || version > 11) throw new Error(`Fetch response version ${version} is not read here`);
  const reader = new Reader(raw, 0, raw.length);
  const throttle = reader.int32();
  const head =
    version >= 8
      ? { throttleTime: 0, clientSideThrottleTime: throttle } // KIP-219: the client throttles itself
      : { throttleTime: throttle };
  const session = version >= 7 ? { errorCode: reader.int16(), sessionId: reader.int32() } : {};
  const responses: DecodedFetchResponse['responses'] = [];
  for (let topics = reader.arrayLength(); topics > 0; topics--) {
    const topicName = reader.string();
    const partitions: DecodedPartition[] = [];
    for (let count = reader.arrayLength(); count > 0; count--) partitions.push(await decodePartition(reader, version, legacyRecords));
    responses.push({ topicName, partitions });
  }
  return { ...head, ...session, responses };
}

export interface DecodedFetchResponse extends FetchResponse {
  throttleTime: number;
  clientSideThrottleTime?: number;
  errorCode?: number;
  sessionId?: number;
  responses: Array<{ topicName: string; partitions: DecodedPartition[] }>;
}

export interface DecodedPartition extends FetchedPartition {
  errorCode: number;
  highWatermark: string;
  lastStableOffset: string;
  lastStartOffset?: string;
  abortedTransactions: Array<{ producerId: string; firstOffset: string }>;
  preferredReadReplica?: number;
}

async function decodePartition(reader: Reader, version: number, legacyRecords: (recordSet: Buffer) => Promise<FetchedMessage[]>): Promise<DecodedPartition> {
  const partition = reader.int32();
  const errorCode = reader.int16();
  const highWatermark = reader.int64Text();
  const lastStableOffset = reader.int64Text();
  const lastStartOffset = version >= 5 ? reader.int64Text() : undefined;
  const abortedTransactions: DecodedPartition['abortedTransactions'] = [];
  for (let count = reader.arrayLength(); count > 0; count--) abortedTransactions.push({ producerId: reader.int64Text(), firstOffset: reader.int64Text() });
  const preferredReadReplica = version >= 11 ? reader.int32() : undefined;
  const recordSetStart = reader.pos;
  const size = reader.int32();
  let messages: FetchedMessage[] = [];
  // kafkajs reads no records from a set whose size is not positive or runs past the response.
  if (size > 0 && reader.remaining() >= size) {
    const records = reader.subarray(size);
    // A set cut off before its first magic byte holds no complete batch of any format (kafkajs throws on it).
    if (records.length <= MAGIC_AT) messages = [];
    else if (records[MAGIC_AT] === 2) messages = await decodeRecordBatches(records);
    else messages = await legacyRecords(reader.buf.subarray(recordSetStart, reader.pos));
  } else if (size > 0) reader.pos = reader.end;
  return {
    partition,
    errorCode,
    highWatermark,
    lastStableOffset,
    ...(lastStartOffset === undefined ? {} : { lastStartOffset }),
    abortedTransactions,
    ...(preferredReadReplica === undefined ? {} : { preferredReadReplica }),
    messages,
  };
}

/** Where a batch's magic byte is, in every message format: after the offset (8), length (4) and 4 more bytes. */
const MAGIC_AT = 16;
/** A record batch's header: base offset 8, length 4, leader epoch 4, magic 1, CRC 4, attributes 2, last offset delta 4, first and max timestamp 16, producer id 8, epoch 2, base sequence 4, record count 4. */
const BATCH_HEADER = 61;
/** What a batch's length counts from (it follows the base offset and the length itself). */
const LENGTH_FROM = 12;
const COMPRESSION_MASK = 0x07;
const LOG_APPEND_TIME = 0x08;
const TRANSACTIONAL = 0x10;
const CONTROL = 0x20;

/** The records of a record set of record batches (magic 2), control and aborted ones included, in order. */
export async function decodeRecordBatches(records: Buffer): Promise<FetchedMessage[]> {
  const messages: FetchedMessage[] = [];
  let pos = 0;
  while (records.length - pos >= LENGTH_FROM) {
    const length = records.readInt32BE(pos + 8);
    if (records.length - pos - LENGTH_FROM < length) break; // cut off by the response's size limit
    const end = pos + LENGTH_FROM + length;
    const baseOffset = records.readBigInt64BE(pos);
    if (length < BATCH_HEADER - LENGTH_FROM) throw new RecordBatchError(baseOffset, `its length ${length} is shorter than a batch header`);
    const magic = records.readInt8(pos + MAGIC_AT);
    if (magic !== 2) throw new RecordBatchError(baseOffset, `magic ${magic} follows batches of magic 2`);
    const attributes = records.readInt16BE(pos + 21);
    const firstTimestamp = records.readBigInt64BE(pos + 27);
    const maxTimestamp = records.readBigInt64BE(pos + 35);
    const count = records.readInt32BE(pos + 57);
    const batch: Batch = {
      baseOffset,
      exactBaseOffset: exactBase(baseOffset),
      firstTimestamp,
      exactFirstTimestamp: exactBase(firstTimestamp),
      // kafkajs's rule: with LOG_APPEND_TIME every record takes the batch's max timestamp.
      appendTime: attributes & LOG_APPEND_TIME ? maxTimestamp.toString() : undefined,
      isControlRecord: (attributes & CONTROL) !== 0,
      context: { producerId: records.readBigInt64BE(pos + 43).toString(), inTransaction: (attributes & TRANSACTIONAL) !== 0 },
    };
    const codec = attributes & COMPRESSION_MASK;
    let body = records.subarray(pos + BATCH_HEADER, end);
    if (codec !== 0 && count > 0) body = await decompress(codec, body, baseOffset);
    const reader = new Reader(body, 0, body.length);
    try {
      for (let i = 0; i < count; i++) messages.push(decodeRecord(reader, batch));
    } catch (error) {
      throw error instanceof RangeError ? new RecordBatchError(baseOffset, error.message) : error;
    }
    pos = end;
  }
  return messages;
}

interface Batch {
  baseOffset: bigint;
  /** baseOffset as a number when adding any delta to it stays exact. */
  exactBaseOffset: number | undefined;
  firstTimestamp: bigint;
  exactFirstTimestamp: number | undefined;
  appendTime: string | undefined;
  isControlRecord: boolean;
  /** Shared by the batch's records, as in kafkajs. */
  context: FetchedMessage['batchContext'];
}

async function decompress(codec: number, data: Buffer, baseOffset: bigint): Promise<Buffer> {
  const codecs = CompressionCodecs as unknown as Record<number, (() => { decompress(data: Buffer): Promise<Buffer> }) | undefined>;
  const create = codecs[codec];
  if (create === undefined) throw new RecordBatchError(baseOffset, `its compression codec ${codec} is unknown`);
  try {
    return await create().decompress(data);
  } catch (error) {
    throw new RecordBatchError(
      baseOffset,
      `its ${CODEC_NAMES[codec] ?? `codec ${codec}`} data does not decompress (${(error as Error)?.message ?? String(error)})`,
    );
  }
}

const CODEC_NAMES: Record<number, string> = { 1: 'gzip', 2: 'snappy', 3: 'lz4', 4: 'zstd' };

/** Bases within this of 0 take an int32 delta, or a varlong delta read as a number, exactly in doubles... */
const EXACT_BASE = 2n ** 52n;
/** ...when the delta is within this. */
const EXACT_DELTA = 2 ** 52;

function exactBase(base: bigint): number | undefined {
  return base <= EXACT_BASE && base >= -EXACT_BASE ? Number(base) : undefined;
}

/** Shared by every record without headers. */
const NO_HEADERS: NonNullable<FetchedMessage['headers']> = Object.freeze({});

function decodeRecord(reader: Reader, batch: Batch): FetchedMessage {
  const length = reader.varint();
  const end = reader.pos + length;
  if (length < 0 || end > reader.end) throw new RecordBatchError(batch.baseOffset, `a record's length ${length} runs past its batch`);
  reader.pos++; // attributes: unused
  const timestampDelta = reader.varlong();
  const offsetDelta = reader.varint();
  const key = reader.varBytes();
  const value = reader.varBytes();
  const headerCount = reader.varint();
  let headers: Record<string, Buffer | null | Array<Buffer | null>> | undefined;
  for (let i = 0; i < headerCount; i++) {
    headers ??= {};
    const name = String(reader.varString());
    const header = reader.varBytes();
    const before = Object.hasOwn(headers, name) ? headers[name] : undefined;
    // As kafkajs: a repeated header becomes an array. An own property even for `__proto__`.
    Object.defineProperty(headers, name, {
      value: before === undefined ? header : Array.isArray(before) ? [...before, header] : [before, header],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (reader.pos > end) throw new RecordBatchError(batch.baseOffset, 'a record runs past its own length');
  reader.pos = end;
  return {
    offset: add(batch.baseOffset, batch.exactBaseOffset, offsetDelta),
    timestamp: batch.appendTime ?? add(batch.firstTimestamp, batch.exactFirstTimestamp, timestampDelta),
    key,
    value,
    headers: (headers as FetchedMessage['headers']) ?? NO_HEADERS,
    isControlRecord: batch.isControlRecord,
    batchContext: batch.context,
  };
}

/** `base + delta` as decimal text, exact (`exact`: the base as a number, when it is small enough). */
function add(base: bigint, exact: number | undefined, delta: number | bigint): string {
  if (exact !== undefined && typeof delta === 'number' && delta <= EXACT_DELTA && delta >= -EXACT_DELTA) return String(exact + delta);
  return (base + BigInt(delta)).toString();
}

/** A record batch that does not decode; the reader pins it on its topic. */
export class RecordBatchError extends Error {
  override name = 'RecordBatchError';
  constructor(baseOffset: bigint, problem: string) {
    super(`the record batch at offset ${baseOffset} does not decode: ${problem}`);
  }
}

/** A bounds-checked cursor over a buffer, with Kafka's integer, varint and string forms. */
class Reader {
  constructor(
    readonly buf: Buffer,
    public pos: number,
    readonly end: number,
  ) {}

  remaining(): number {
    return this.end - this.pos;
  }

  private take(bytes: number): number {
    const at = this.pos;
    if (bytes < 0 || at + bytes > this.end) throw new RangeError(`a Fetch response ends ${at + bytes - this.end} byte(s) early`);
    this.pos = at + bytes;
    return at;
  }

  int16(): number {
    return this.buf.readInt16BE(this.take(2));
  }

  int32(): number {
    return this.buf.readInt32BE(this.take(4));
  }

  int64Text(): string {
    return this.buf.readBigInt64BE(this.take(8)).toString();
  }

  /** An array's length; -1 (null) reads as none. */
  arrayLength(): number {
    return Math.max(0, this.int32());
  }

  string(): string {
    const length = this.int16();
    if (length < 0) return null as unknown as string; // kafkajs's null topic name
    const at = this.take(length);
    return this.buf.toString('utf8', at, at + length);
  }

  subarray(bytes: number): Buffer {
    const at = this.take(bytes);
    return this.buf.subarray(at, at + bytes);
  }

  /** A zigzag varint of up to 32 bits. */
  varint(): number {
    const unsigned = this.uvarint(5);
    return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2;
  }

  /** A zigzag varint of up to 64 bits: a number while exact, else a bigint. */
  varlong(): number | bigint {
    const start = this.pos;
    const unsigned = this.uvarint(10);
    if (unsigned <= Number.MAX_SAFE_INTEGER) return unsigned % 2 === 0 ? unsigned / 2 : -(unsigned + 1) / 2;
    let exact = 0n;
    for (let i = start, shift = 0n; i < this.pos; i++, shift += 7n) exact |= BigInt(this.buf[i]! & 0x7f) << shift;
    exact = BigInt.asUintN(64, exact);
    return (exact >> 1n) ^ -(exact & 1n);
  }

  private uvarint(maxBytes: number): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < maxBytes; i++) {
      if (this.pos >= this.end) throw new RangeError('a varint runs past its record batch');
      const byte = this.buf[this.pos++]!;
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
      scale *= 128;
    }
    throw new RangeError(`a varint is longer than ${maxBytes} bytes`);
  }

  /** Varint-length bytes; -1 is null. A view of the buffer, as kafkajs's. */
  varBytes(): Buffer | null {
    const length = this.varint();
    if (length === -1) return null;
    return this.subarray(length);
  }

  varString(): string | null {
    const bytes = this.varBytes();
    return bytes === null ? null : bytes.toString('utf8');
  }
}
