declare module 'kafkajs-snappy' {
  const codec: () => { compress(encoder: { buffer: Buffer }): Promise<Buffer>; decompress(buffer: Buffer): Promise<Buffer> };
  export default codec;
}

declare module 'lz4js' {
  export function decompress(data: Uint8Array, maxSize?: number): Uint8Array;
}
