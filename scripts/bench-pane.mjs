// Part of npm run bench: time from "message available" to "verdict rendered" in the real pane,
// in Debian's Chromium, for each sample bounce (median of several page loads). Timings stay here.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const { serve } = require('./serve.cjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`pane bench skipped: ${CHROMIUM} not installed (apt-get install chromium)`);
  process.exit(0);
}
const server = await serve('dist', { httpPort: 0 });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const samples = readdirSync('assets/samples').filter((f) => f.endsWith('.eml'));
const rounds = Number(process.env.ROUNDS ?? 5);
const all = [];
const msgTimes = [];
// Where the time goes, per page load: the pane's own marks (useAnalysis.ts, src/worker/browser.ts;
// the worker's moments are placed on the page's clock). Each stage ends where the next begins, so
// they add up to the measure: the message in hand ('bounce-input') to the verdict ('bounce-verdict').
const STAGES = [
  ['post', 'bounce-input', 'bounce-request-posted', 'pane thread: message in hand to request posted to the worker'],
  [
    'queue',
    'bounce-request-posted',
    'bounce-worker-received',
    'worker starting (script fetch + compile) or busy, and the copy of the input',
  ],
  ['catalogue', 'bounce-worker-received', 'bounce-worker-loaded', "worker: the reader's catalogue at hand"],
  ['engine', 'bounce-worker-loaded', 'bounce-worker-ran', 'worker: run (MIME, analysis, explanation)'],
  ['reply', 'bounce-worker-ran', 'bounce-response', 'answer copied back and taken by the pane thread'],
  ['render', 'bounce-response', 'bounce-commit', 'React render + commit of the verdict (Fluent styles inserted)'],
  ['paint', 'bounce-commit', 'bounce-verdict', 'commit to the effect that marks the verdict (layout, paint)'],
];
const stageTimes = Object.fromEntries(STAGES.map(([name]) => [name, []]));
const notReady = [];
const workerStart = [];
let warmFirst = 0;
// The next bounce in the same pane (pasted under "Analyse another bounce"): the worker is reused.
const nextTimes = [];
const NEXT = process.env.NEXT !== '0';
for (const [index, sample] of samples.entries()) {
  const times = [];
  const inners = [];
  for (let i = 0; i < rounds; i++) {
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(`${server.httpUrl}playground.html?sample=${sample}`);
    // Polled every 50 ms with a cheap check: Playwright's locator polling runs on the page's main
    // thread on every animation frame and would be counted in the pane's own measure.
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('bounce-message-to-verdict').length > 0 ||
        document.querySelector('[data-testid=input-panel]') !== null,
      undefined,
      { polling: 50, timeout: 20000 },
    );
    times.push(Date.now() - t0);
    // the pane's own measure: from the message in hand to the verdict committed to the DOM
    const inner = await page.evaluate(() => performance.getEntriesByName('bounce-message-to-verdict').map((e) => e.duration)[0] ?? null);
    if (inner !== null) msgTimes.push(inner);
    if (inner !== null) inners.push(inner);
    const marks = await page.evaluate(() => {
      const last = (n) =>
        performance
          .getEntriesByName(n)
          .map((e) => e.startTime)
          .pop() ?? null;
      const names = [
        'input',
        'request-posted',
        'worker-received',
        'worker-loaded',
        'worker-ran',
        'response',
        'commit',
        'verdict',
        'worker-created',
        'worker-ready',
        'worker-warm',
      ];
      return Object.fromEntries(names.map((n) => [`bounce-${n}`, last(`bounce-${n}`)]));
    });
    if (inner !== null) {
      for (const [name, from, to] of STAGES) if (marks[from] !== null && marks[to] !== null) stageTimes[name].push(marks[to] - marks[from]);
      const posted = marks['bounce-request-posted'];
      if (marks['bounce-worker-ready'] !== null && posted !== null) notReady.push(Math.max(0, marks['bounce-worker-ready'] - posted));
      if (marks['bounce-worker-warm'] !== null && marks['bounce-worker-warm'] <= marks['bounce-input']) warmFirst++;
      if (marks['bounce-worker-ready'] !== null && marks['bounce-worker-created'] !== null)
        workerStart.push(marks['bounce-worker-ready'] - marks['bounce-worker-created']);
    }
    if (NEXT && inner !== null) {
      const other = samples[(index + 1) % samples.length];
      await page.getByRole('button', { name: 'Analyse another bounce' }).click({ timeout: 10000 });
      await page.getByTestId('paste').fill(readFileSync(`assets/samples/${other}`, 'utf8'));
      await page.getByTestId('analyse-text').click();
      await page.waitForFunction(() => performance.getEntriesByName('bounce-message-to-verdict').length > 1, undefined, {
        polling: 50,
        timeout: 20000,
      });
      const next = await page.evaluate(() => performance.getEntriesByName('bounce-message-to-verdict').map((e) => e.duration)[1] ?? null);
      if (next !== null) nextTimes.push(next);
    }
    await page.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  all.push(median);
  inners.sort((a, b) => a - b);
  const innerMedian = inners.length === 0 ? 'n/a' : `${inners[Math.floor(inners.length / 2)].toFixed(1)} ms`;
  console.log(
    `${sample.padEnd(40)} page load to verdict: median ${median} ms (min ${times[0]}, max ${times[times.length - 1]}); message to verdict: median ${innerMedian}`,
  );
}
all.sort((a, b) => a - b);
msgTimes.sort((a, b) => a - b);
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
console.log(
  `message to rendered verdict (in the pane): p50 ${pct(msgTimes, 50)?.toFixed(1)} ms, p95 ${pct(msgTimes, 95)?.toFixed(1)} ms, max ${msgTimes[msgTimes.length - 1]?.toFixed(1)} ms over ${msgTimes.length} loads (target p95 <= 100 ms)`,
);
const fmt = (xs) =>
  xs.length === 0
    ? 'n/a'
    : `p50 ${pct(
        [...xs].sort((a, b) => a - b),
        50,
      ).toFixed(1)} ms, p95 ${pct(
        [...xs].sort((a, b) => a - b),
        95,
      ).toFixed(1)} ms`;
console.log('stages of message to verdict (each p50/p95 on its own; they add up per load):');
for (const [name, , , what] of STAGES) console.log(`  ${name.padEnd(10)} ${fmt(stageTimes[name]).padEnd(30)} ${what}`);
console.log(`  of 'queue': worker not yet ready when the request was posted: ${fmt(notReady)}`);
console.log(`worker warmed up before the message was in hand: ${warmFirst} of ${msgTimes.length} loads`);
console.log(`worker script start (created to ready; outside the measure when the pane starts it early): ${fmt(workerStart)}`);
if (NEXT) console.log(`next bounce in the same pane (pasted; worker and code warm): ${fmt(nextTimes)} over ${nextTimes.length}`);
console.log(`navigation to rendered verdict (includes loading the pane's JavaScript): median ${all[Math.floor(all.length / 2)]} ms`);
await browser.close();
await server.close();
