/**
 * A TCP proxy in front of one Kafka broker, for tests and the latency benchmark (not the
 * product): it delays every chunk by `delayMs` in each direction (order kept), counts the
 * requests clients send by API key, and counts connections. With `advertiseSelf`, it rewrites
 * the broker's port in Metadata responses to its own, so clients stay behind the proxy for
 * every connection (without it, the broker itself must advertise the proxy's port).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

/** The API keys the scan and its baselines send, by name (others are counted by number). */
export const API_KEYS: Record<number, string> = {
  0: 'Produce',
  1: 'Fetch',
  2: 'ListOffsets',
  3: 'Metadata',
  8: 'OffsetCommit',
  9: 'OffsetFetch',
  10: 'FindCoordinator',
  11: 'JoinGroup',
  12: 'Heartbeat',
  13: 'LeaveGroup',
  14: 'SyncGroup',
  15: 'DescribeGroups',
  17: 'SaslHandshake',
  18: 'ApiVersions',
  32: 'DescribeConfigs',
  36: 'SaslAuthenticate',
  42: 'DeleteGroups',
};

export interface KafkaProxy {
  readonly port: number;
  delayMs: number;
  /** Requests by API key name since the start (or the last reset). */
  requests(): Record<string, number>;
  /** Client connections accepted since the start (or the last reset). */
  connections(): number;
  /** Milliseconds from the start (or the last reset) to the first request of each API key. */
  firstRequests(): Record<string, number>;
  reset(): void;
  close(): Promise<void>;
}

export interface KafkaProxyOptions {
  upstream: { host: string; port: number };
  /** The port to listen on (0: any free one). */
  port?: number;
  delayMs?: number;
  advertiseSelf?: boolean;
}

export async function startKafkaProxy(options: KafkaProxyOptions): Promise<KafkaProxy> {
  const counts = new Map<string, number>();
  const firsts = new Map<string, number>();
  let since = performance.now();
  let accepted = 0;
  const sockets = new Set<Socket>();
  let listenPort = 0;
  const proxy: KafkaProxy = {
    get port() {
      return listenPort;
    },
    delayMs: options.delayMs ?? 0,
    requests: () => Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b))),
    connections: () => accepted,
    firstRequests: () => Object.fromEntries(firsts),
    reset() {
      counts.clear();
      firsts.clear();
      since = performance.now();
      accepted = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((client) => {
    accepted++;
    const upstream = connect(options.upstream.port, options.upstream.host);
    sockets.add(client).add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    /** Correlation id → [API key, version] of requests in flight, to recognise Metadata responses. */
    const inFlight = new Map<number, [number, number]>();
    const toUpstream = delayedWriter(upstream, () => proxy.delayMs);
    const toClient = delayedWriter(client, () => proxy.delayMs);
    client.on(
      'data',
      framer((frame) => {
        const apiKey = frame.readInt16BE(4);
        const name = API_KEYS[apiKey] ?? `api${apiKey}`;
        counts.set(name, (counts.get(name) ?? 0) + 1);
        if (!firsts.has(name)) firsts.set(name, performance.now() - since);
        if (options.advertiseSelf) inFlight.set(frame.readInt32BE(8), [apiKey, frame.readInt16BE(6)]);
        toUpstream(frame);
      }),
    );
    upstream.on(
      'data',
      // Responses are only taken apart to rewrite Metadata; otherwise they pass as they come.
      !options.advertiseSelf
        ? toClient
        : framer((frame) => {
            const correlationId = frame.readInt32BE(4);
            const request = inFlight.get(correlationId);
            inFlight.delete(correlationId);
            if (request?.[0] === 3) rewriteBrokerPorts(frame, request[1], options.upstream.port, listenPort);
            toClient(frame);
          }),
    );
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  listenPort = (server.address() as { port: number }).port;
  return proxy;
}

/** Calls `onFrame` with each whole size-prefixed Kafka frame (size included), in order. */
function framer(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let chunks: Buffer[] = [];
  let buffered = 0;
  let size = -1; // the frame being gathered, size prefix included (-1: not known yet)
  return (chunk) => {
    chunks.push(chunk);
    buffered += chunk.length;
    for (;;) {
      if (size < 0 && buffered >= 4) {
        if (chunks[0]!.length < 4) chunks = [Buffer.concat(chunks)];
        size = chunks[0]!.readInt32BE(0) + 4;
      }
      if (size < 0 || buffered < size) return;
      // Joined once per frame (a 16 MiB Fetch response comes in hundreds of chunks).
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      onFrame(all.subarray(0, size));
      const rest = all.subarray(size);
      chunks = rest.length > 0 ? [rest] : [];
      buffered = rest.length;
      size = -1;
    }
  };
}

/** Writes each buffer `delay()` ms after it was given, never before an earlier one. */
function delayedWriter(socket: Socket, delay: () => number): (data: Buffer) => void {
  const queue: Array<{ due: number; data: Buffer }> = [];
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length > 0 && queue[0]!.due <= now) {
      const { data } = queue.shift()!;
      if (!socket.destroyed) socket.write(data);
    }
    if (queue.length > 0) timer = setTimeout(drain, queue[0]!.due - now);
  };
  return (data) => {
    const ms = delay();
    if (ms <= 0 && queue.length === 0) {
      if (!socket.destroyed) socket.write(data);
      return;
    }
    const due = Math.max(performance.now() + ms, queue.at(-1)?.due ?? 0);
    queue.push({ due, data: Buffer.from(data) });
    timer ??= setTimeout(drain, Math.max(0, due - performance.now()));
  };
}

/**
 * Replaces `from` by `to` as a broker's port in a Metadata response frame, in place (same size).
 * Versions 9+ are flexible: compact arrays and strings, tagged fields in the header and per broker.
 */
function rewriteBrokerPorts(frame: Buffer, version: number, from: number, to: number): void {
  const flexible = version >= 9;
  let at = 8; // size, correlation id
  const uvarint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = frame[at++]!;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
  };
  const skipTaggedFields = () => {
    for (let tags = uvarint(); tags > 0; tags--) {
      uvarint();
      at += uvarint();
    }
  };
  const skipString = () => {
    if (flexible) at += Math.max(0, uvarint() - 1);
    else {
      const length = frame.readInt16BE(at);
      at += 2 + Math.max(0, length);
    }
  };
  if (flexible) skipTaggedFields();
  if (version >= 3) at += 4; // throttle time
  let brokers: number;
  if (flexible) brokers = uvarint() - 1;
  else {
    brokers = frame.readInt32BE(at);
    at += 4;
  }
  for (let i = 0; i < brokers; i++) {
    at += 4; // node id
    skipString(); // host
    if (frame.readInt32BE(at) === from) frame.writeInt32BE(to, at);
    at += 4;
    if (version >= 1) skipString(); // rack
    if (flexible) skipTaggedFields();
  }
}
