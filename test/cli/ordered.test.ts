import { runOrdered } from '../../src/cli/ordered';

describe('ordered parallel output', () => {
  test('results come out in input order whatever order they finish in, with at most maxItems in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const out: number[] = [];
    await runOrdered(
      Array.from({ length: 200 }, (_, i) => i),
      { maxItems: 8, maxWeight: Infinity },
      () => 1,
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        // Later inputs often finish first.
        await new Promise((r) => setTimeout(r, (i * 7919) % 5));
        inFlight--;
        return i;
      },
      (r) => {
        out.push(r);
      },
    );
    expect(out).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(most).toBeLessThanOrEqual(8);
    expect(most).toBeGreaterThan(1);
  });

  test('the byte window holds reading back, but one input over it still goes alone', async () => {
    const events: string[] = [];
    await runOrdered(
      [50, 60, 200, 10],
      { maxItems: 100, maxWeight: 100 },
      (w) => w,
      (w) => {
        events.push(`start ${w}`);
        return Promise.resolve(w);
      },
      (w) => {
        events.push(`write ${w}`);
      },
    );
    // 50 + 60 would be over 100 bytes: 50 is written before 60 is started; 200 goes alone.
    expect(events).toEqual(['start 50', 'write 50', 'start 60', 'write 60', 'start 200', 'write 200', 'start 10', 'write 10']);
  });
});
