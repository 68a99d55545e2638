/**
 * The pane's Web Worker client: a deadline that terminates a runaway worker, a fresh worker for
 * the next request, and one answer per request. Workers are stand-ins here (jsdom has none);
 * the real one runs in the Chromium end-to-end test.
 */
import { BrowserEngine } from '../../src/worker/browser';
import type { AnalyseRequest } from '../../src/worker/protocol';

/** A stand-in Worker: answers unless told to hang, and records terminations. */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(private readonly hang: (req: AnalyseRequest) => boolean) {
    super();
  }
  postMessage(req: AnalyseRequest): void {
    if (this.hang(req)) return;
    setTimeout(
      () => this.dispatchEvent(Object.assign(new Event('message'), { data: { id: req.id, ok: true, result: req.input, explained: null } })),
      5,
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('BrowserEngine', () => {
  test('an overrun terminates the worker, answers timeout, and the next request gets a fresh worker', async () => {
    const made: FakeWorker[] = [];
    const engine = new BrowserEngine({
      timeLimitMs: 100,
      create: () => {
        const w = new FakeWorker((r) => r.input === 'hang');
        made.push(w);
        return w as unknown as Worker;
      },
    });
    expect(await engine.analyse('hang', { locale: 'en' })).toMatchObject({ ok: false, failure: 'timeout' });
    expect(made[0]?.terminated).toBe(true);
    expect(await engine.analyse('fine', { locale: 'en' })).toMatchObject({ ok: true, result: 'fine' });
    expect(made).toHaveLength(2);
  });

  test('a newer request supersedes an unanswered one', async () => {
    const engine = new BrowserEngine({ timeLimitMs: 5000, create: () => new FakeWorker((r) => r.input === 'slow') as unknown as Worker });
    const first = engine.analyse('slow', { locale: 'en' });
    const second = engine.analyse('fine', { locale: 'en' });
    expect(await first).toMatchObject({ ok: false, failure: 'superseded' });
    expect(await second).toMatchObject({ ok: true, result: 'fine' });
  });

  test('a worker error is one failed answer, not a hang', async () => {
    const engine = new BrowserEngine({
      timeLimitMs: 5000,
      create: () => {
        const w = new FakeWorker(() => true);
        setTimeout(() => w.dispatchEvent(new Event('error')), 5);
        return w as unknown as Worker;
      },
    });
    expect(await engine.analyse('x', { locale: 'en' })).toMatchObject({ ok: false, failure: 'crashed' });
  });
});
