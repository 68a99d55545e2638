// Part of npm run bench: time from "message available" to "verdict rendered" in the real pane,
// in Debian's Chromium, for each sample bounce (median of several page loads). Timings stay here.
import { createRequire } from 'node:module';
import { readdirSync, existsSync } from 'node:fs';
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
for (const sample of samples) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(`${server.httpUrl}playground.html?sample=${sample}`);
    await page.locator('[data-testid=verdict], [data-testid=input-panel]').first().waitFor({ timeout: 20000 });
    times.push(Date.now() - t0);
    // the pane's own measure: from the message in hand to the verdict committed to the DOM
    const inner = await page.evaluate(() => performance.getEntriesByName('bounce-message-to-verdict').map((e) => e.duration)[0] ?? null);
    if (inner !== null) msgTimes.push(inner);
    await page.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  all.push(median);
  console.log(`${sample.padEnd(40)} page load to verdict: median ${median} ms (min ${times[0]}, max ${times[times.length - 1]})`);
}
all.sort((a, b) => a - b);
msgTimes.sort((a, b) => a - b);
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
console.log(
  `message to rendered verdict (in the pane): p50 ${pct(msgTimes, 50)?.toFixed(1)} ms, p95 ${pct(msgTimes, 95)?.toFixed(1)} ms, max ${msgTimes[msgTimes.length - 1]?.toFixed(1)} ms over ${msgTimes.length} loads (target p95 <= 100 ms)`,
);
console.log(`navigation to rendered verdict (includes loading the pane's JavaScript): median ${all[Math.floor(all.length / 2)]} ms`);
await browser.close();
await server.close();
