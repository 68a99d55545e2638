/**
 * The worker's warm-up (src/worker/warm.ts): its built-in bounce goes down the real path (MIME,
 * the delivery-status report, a decoder, the catalogue), so warming up compiles what a real
 * message needs; a language that cannot load ends the warm-up without an exception.
 */
import { run } from '../../src/engine';
import { WARM_SAMPLE, warmUp } from '../../src/worker/warm';

test('the built-in bounce is a real one: one failed recipient with its codes and an explanation', async () => {
  const { result, explained } = await run(new TextEncoder().encode(WARM_SAMPLE), { locale: 'en' });
  expect(result.error).toBeNull();
  expect(result.kind).not.toBe('not-bounce');
  expect(result.recipients).toHaveLength(1);
  expect(result.recipients[0]).toMatchObject({ address: 'nobody@example.net', status: '5.1.1', replyCode: '550' });
  expect(explained.groups.length).toBeGreaterThan(0);
});

test('warmUp loads the language and runs once; a language is loaded for later requests', async () => {
  await expect(warmUp('en')).resolves.toBe(true);
  await expect(warmUp('de')).resolves.toBe(true);
});

test('the warm-up run is skipped when a real message came first (it warms the engine itself)', async () => {
  jest.resetModules();
  // A fresh module: its engine has not run yet in this worker.
  const fresh = await import('../../src/worker/warm');
  const engine = await import('../../src/engine');
  const spy = jest.spyOn(engine, 'run');
  await expect(fresh.warmUp('en', () => false)).resolves.toBe(true);
  expect(spy).not.toHaveBeenCalled();
  await expect(fresh.warmUp('en', () => true)).resolves.toBe(true);
  expect(spy).toHaveBeenCalledTimes(1);
  spy.mockRestore();
});
