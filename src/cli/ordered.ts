/**
 * Ordered parallel output: inputs start as they are read, answers arrive in any order, and each
 * is written in input order as soon as every earlier one has been. Memory stays bounded whatever
 * the batch: at most `maxItems` inputs (and about `maxWeight` bytes) are between read and written;
 * reading waits for the oldest to be written.
 */

export interface Window {
  /** Most inputs read but not yet written. */
  readonly maxItems: number;
  /** Most bytes (as weighed) read but not yet written; one input over it still goes alone. */
  readonly maxWeight: number;
}

interface Pending<R> {
  readonly promise: Promise<R>;
  readonly weight: number;
  settled: boolean;
}

/**
 * Runs `start` on every item of `source` and hands the results to `sink` in source order.
 * `flush` is called whenever the writer is about to wait (so buffered output reaches the reader
 * before a slow input holds it up) and once at the end.
 */
export async function runOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  window: Window,
  weigh: (item: T) => number,
  start: (item: T) => Promise<R>,
  sink: (result: R) => void | Promise<void>,
  flush: () => void | Promise<void> = () => undefined,
): Promise<void> {
  const pending: Array<Pending<R>> = [];
  let weight = 0;
  const writeOldest = async (): Promise<void> => {
    const p = pending[0];
    if (p === undefined) return;
    if (!p.settled) await flush();
    const r = await p.promise;
    pending.shift();
    weight -= p.weight;
    await sink(r);
  };
  for await (const item of source) {
    const w = weigh(item);
    while (pending.length > 0 && (pending.length >= window.maxItems || weight + w > window.maxWeight)) await writeOldest();
    // Whatever is already answered goes out now: output streams while reading goes on.
    while (pending[0]?.settled === true) await writeOldest();
    const entry: Pending<R> = { promise: start(item), weight: w, settled: false };
    void entry.promise.then(
      () => {
        entry.settled = true;
      },
      () => {
        entry.settled = true;
      },
    );
    pending.push(entry);
    weight += w;
  }
  while (pending.length > 0) await writeOldest();
  await flush();
}
