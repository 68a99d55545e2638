/**
 * Progress on standard error for long batches: only when standard error is a terminal and
 * standard output is not (the bar would tear the output lines apart), and only once the batch has
 * run for a few seconds, so short runs and scripts see nothing. The bar is `cli-progress`, loaded
 * only when it is shown: short runs do not pay for loading it.
 */
export const PROGRESS_AFTER_MS = 3000;

export interface Progress {
  /** One more input found (the total grows while directories are walked). */
  found(): void;
  /** One more input written. */
  done(): void;
  stop(): void;
}

interface Streams {
  readonly stdout: { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WriteStream;
}

const SILENT: Progress = { found: () => undefined, done: () => undefined, stop: () => undefined };

export function startProgress(streams: Streams = process, afterMs: number = PROGRESS_AFTER_MS): Progress {
  if (streams.stderr.isTTY !== true || streams.stdout.isTTY === true) return SILENT;
  const began = Date.now();
  let total = 0;
  let value = 0;
  let stopped = false;
  let bar: { setTotal(n: number): void; update(n: number): void; stop(): void } | null = null;
  const timer = setTimeout(() => {
    void import(/* webpackChunkName: "cli-progress" */ 'cli-progress').then(({ SingleBar, Presets }) => {
      if (stopped) return;
      const b = new SingleBar(
        {
          stream: streams.stderr,
          format: 'ndr-explain [{bar}] {value}/{total} inputs | {speed}/s | {duration_formatted}',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 200,
          fps: 5,
        },
        Presets.shades_classic,
      );
      b.start(total, value, { speed: '0' });
      const tick = (): void => b.update(value, { speed: (value / Math.max(0.001, (Date.now() - began) / 1000)).toFixed(0) });
      bar = { setTotal: (n) => b.setTotal(n), update: tick, stop: () => b.stop() };
    });
  }, afterMs);
  timer.unref();
  return {
    found: () => {
      total++;
      bar?.setTotal(total);
    },
    done: () => {
      value++;
      bar?.update(value);
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      bar?.stop();
    },
  };
}
