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

/** A stand-in for the real worker script: says it is ready, answers warm-ups and analyses. */
class WarmableWorker extends EventTarget {
  terminated = false;
  readonly received: unknown[] = [];
  constructor(private readonly fail = false) {
    super();
    setTimeout(() => {
      if (this.fail) this.dispatchEvent(new Event('error'));
      else this.reply({ ready: true, at: 0 });
    }, 1);
  }
  private reply(data: unknown): void {
    if (!this.terminated) this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
  postMessage(req: { id: number; warm?: { locale: string }; input?: unknown }): void {
    this.received.push(req);
    if (this.fail) return;
    setTimeout(() => this.reply(req.warm !== undefined ? { id: req.id, warmed: true } : { id: req.id, ok: true, result: req.input }), 2);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** What a worker was asked, as warm-ups (every request a warm-up when the list matches). */
function warmsOf(w: WarmableWorker | undefined): unknown[] {
  return (w?.received ?? []).map((r) => (r as { warm?: unknown }).warm ?? r);
}

describe('BrowserEngine warm start', () => {
  test('warm() starts one worker at pane start, warms it for the language once, and every message reuses it', async () => {
    const made: WarmableWorker[] = [];
    const engine = new BrowserEngine({ create: () => (made.push(new WarmableWorker()), made[made.length - 1] as unknown as Worker) });
    engine.warm();
    engine.warm('de');
    engine.warm('de');
    expect(made).toHaveLength(1);
    expect(warmsOf(made[0])).toEqual([{ locale: 'en' }, { locale: 'de' }]);
    expect(await engine.analyse('first', { locale: 'de' })).toMatchObject({ ok: true, result: 'first' });
    expect(await engine.analyse('second', { locale: 'de' })).toMatchObject({ ok: true, result: 'second' });
    expect(made).toHaveLength(1);
    expect(engine.workersMade).toBe(1);
  });

  test('a warm-up that fails (the script did not load) is dropped: the next message gets a fresh worker, not a 6 s wait', async () => {
    const made: WarmableWorker[] = [];
    let failFirst = true;
    const engine = new BrowserEngine({
      timeLimitMs: 5000,
      create: () => {
        made.push(new WarmableWorker(failFirst));
        failFirst = false;
        return made[made.length - 1] as unknown as Worker;
      },
    });
    engine.warm('en');
    await new Promise((r) => setTimeout(r, 20));
    expect(made[0]?.terminated).toBe(true);
    const started = Date.now();
    expect(await engine.analyse('fine', { locale: 'en' })).toMatchObject({ ok: true, result: 'fine' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(made).toHaveLength(2);
  });

  test('a warm-up that fails again ends the message in one clear failure, without a loop of workers', async () => {
    const made: WarmableWorker[] = [];
    const engine = new BrowserEngine({
      timeLimitMs: 5000,
      create: () => (made.push(new WarmableWorker(true)), made[made.length - 1] as unknown as Worker),
    });
    engine.warm('en');
    await new Promise((r) => setTimeout(r, 20));
    expect(await engine.analyse('x', { locale: 'en' })).toMatchObject({ ok: false, failure: 'crashed' });
    await new Promise((r) => setTimeout(r, 20));
    expect(made).toHaveLength(2);
  });

  test("the page's early worker is adopted instead of making another; a failed one is replaced", async () => {
    const early = new WarmableWorker();
    const made: WarmableWorker[] = [];
    const create = (): Worker => (made.push(new WarmableWorker()), made[made.length - 1] as unknown as Worker);
    const adopting = new BrowserEngine({
      create,
      adopt: () => ({ worker: early as unknown as Worker, locales: ['en'], failed: false, readyAt: null }),
    });
    adopting.warm();
    // The display language arrives later (Office.onReady): English was warmed by the page already.
    adopting.warm('en');
    expect(await adopting.analyse('a', { locale: 'en' })).toMatchObject({ ok: true, result: 'a' });
    expect(made).toHaveLength(0);
    // Already warmed for English by the page: no second warm-up.
    expect(early.received.filter((r) => (r as { warm?: unknown }).warm !== undefined)).toHaveLength(0);

    const broken = new WarmableWorker(true);
    const replacing = new BrowserEngine({
      create,
      adopt: () => ({ worker: broken as unknown as Worker, locales: ['en'], failed: true, readyAt: null }),
    });
    expect(await replacing.analyse('b', { locale: 'en' })).toMatchObject({ ok: true, result: 'b' });
    expect(broken.terminated).toBe(true);
    expect(made).toHaveLength(1);
  });

  test('after an overrun the replacement worker is made and warmed at once, for the next message', async () => {
    const made: WarmableWorker[] = [];
    const engine = new BrowserEngine({
      timeLimitMs: 50,
      create: () => {
        const w = new WarmableWorker();
        const post = w.postMessage.bind(w);
        // The first worker never answers an analysis (a runaway).
        w.postMessage = (req) => (made.length === 1 && req.warm === undefined ? void w.received.push(req) : post(req));
        made.push(w);
        return w as unknown as Worker;
      },
    });
    engine.warm('fr');
    expect(await engine.analyse('hang', { locale: 'fr' })).toMatchObject({ ok: false, failure: 'timeout' });
    expect(made[0]?.terminated).toBe(true);
    expect(made).toHaveLength(2);
    expect(warmsOf(made[1])).toEqual([{ locale: 'fr' }]);
    expect(await engine.analyse('next', { locale: 'fr' })).toMatchObject({ ok: true, result: 'next' });
    expect(made).toHaveLength(2);
  });
});
