/**
 * The topics a sampler has read, waiting to be handed to the caller (decode, infer, write), and
 * the bytes of records held, from the read to the end of the hand-over. At most `concurrency`
 * are handed over at once; the reader asks for `room` before each fetch, so the records held
 * when a fetch leaves are within `heldBytesBudget` however many topics the cluster has: the
 * memory for records is set by the budget and one fetch response, not by the topic count.
 */
export interface HandOverQueue<T> {
  /** Records of a topic still being read, now held. */
  hold(bytes: number): void;
  /** Queues a topic whose reading ended; the `bytes` it held are let go once it is handed over. It is started by `room` or when a slot frees. */
  push(item: T, bytes: number): void;
  /** Starts what slots allow, then resolves once the held bytes are within the budget (or nothing is being handed over). */
  room(): Promise<void>;
  /** Resolves when everything pushed has been handed over. */
  drained(): Promise<void>;
  /** Bytes of records held: read, queued or being handed over. */
  readonly heldBytes: number;
}

export function createHandOverQueue<T>(handOver: (item: T) => Promise<void>, concurrency: number, heldBytesBudget: number): HandOverQueue<T> {
  const queued: Array<{ item: T; bytes: number }> = [];
  let running = 0;
  let held = 0;
  let failure: { error: unknown } | undefined;
  let waiters: Array<() => void> = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  const changed = () => new Promise<void>((resolve) => waiters.push(resolve));
  const start = () => {
    while (running < concurrency && queued.length > 0 && failure === undefined) {
      const { item, bytes } = queued.shift()!;
      running++;
      handOver(item)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          running--;
          held -= bytes;
          start();
          wake();
        });
    }
  };
  const settled = async (done: () => boolean) => {
    start();
    while (failure === undefined && !done()) await changed();
    if (failure !== undefined) throw failure.error;
  };
  return {
    hold(bytes) {
      held += bytes;
    },
    push(item, bytes) {
      queued.push({ item, bytes });
    },
    room: () => settled(() => held <= heldBytesBudget || running === 0),
    drained: () => settled(() => running === 0 && queued.length === 0),
    get heldBytes() {
      return held;
    },
  };
}
