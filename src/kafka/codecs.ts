import { zstdDecompressSync } from 'node:zlib';
import { CompressionCodecs, CompressionTypes } from 'kafkajs';
import SnappyCodec from 'kafkajs-snappy';
import lz4 from 'lz4js';

/**
 * Registers decompression for every codec Kafka producers use, with code that bundles into
 * dist/ (pure JS or node:zlib, no native addons). gzip is built into kafkajs. The scout
 * only reads, so compress() is never needed for lz4/zstd.
 */
let registered = false;

function readOnly(name: string, decompress: (data: Buffer) => Buffer) {
  return () => ({
    compress(): Promise<Buffer> {
      return Promise.reject(new Error(`${name} compression is not supported (the scout only reads)`));
    },
    decompress(data: Buffer): Promise<Buffer> {
      return Promise.resolve().then(() => decompress(data));
    },
  });
}

export function registerCompressionCodecs(): void {
  if (registered) return;
  registered = true;
  CompressionCodecs[CompressionTypes.Snappy] = SnappyCodec;
  CompressionCodecs[CompressionTypes.LZ4] = readOnly('lz4', (data) => Buffer.from(lz4.decompress(data)));
  CompressionCodecs[CompressionTypes.ZSTD] = readOnly('zstd', (data) => zstdDecompressSync(data));
}
