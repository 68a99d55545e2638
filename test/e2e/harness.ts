/**
 * What every browser test needs: the built pane served as `npm start` serves it, Debian's Chromium,
 * and the checks they share (axe's serious findings, content sticking out of the pane). Each test
 * file calls `servePane()` once at its top; the server and the browser live for that file.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** Screenshots and measurements for review (not compared by the tests). */
export const OUT = path.join(ROOT, 'test-output');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The playground's simulated Outlook column left of the pane. */
export const NAV = 460;

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Served {
  readonly httpUrl: string;
  readonly close: () => Promise<unknown>;
}

export interface PaneSession {
  /** The served `dist/` folder's URL, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll that serve `dist/` and launch Chromium; returns the live session. */
export function servePane(): () => PaneSession {
  let served: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(DIST, 'playground.html')))
      throw new Error('dist/playground.html is missing: run `npm run build` first (npm test does).');
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); .ci/run does.`);
    // The same server `npm start` uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { serve } = require(path.join(ROOT, 'scripts/serve.cjs')) as {
      serve: (root: string, o: { httpPort: number }) => Promise<Served>;
    };
    served = await serve(DIST, { httpPort: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return () => {
    if (served === undefined || browser === undefined) throw new Error('the pane is not served yet (use it inside a test)');
    return { url: served.httpUrl, browser };
  };
}

/** axe's serious and critical findings inside the pane, as `rule (count)`. */
export async function axeSerious(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pane's Content-Security-Policy (rightly) refuses
  // inline scripts, and axe is not part of the page.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> };
      }
    ).axe;
    return axe.run(document.querySelector('[data-testid=pane]'), { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/** Elements inside the pane whose content is wider than their box, or that reach past either of the pane's edges. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.locator('[data-testid=pane]').evaluate((pane) => {
    const box = pane.getBoundingClientRect();
    const out: string[] = [];
    for (const el of [pane, ...Array.from(pane.querySelectorAll('*'))]) {
      const style = getComputedStyle(el);
      // Boxes that clip (visually hidden live regions, Fluent's hidden inputs) let nothing stick out.
      const clips = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') !== null ? `[${el.getAttribute('data-testid')}]` : ''}.${(el.getAttribute('class') ?? '').split(' ')[0] ?? ''}`;
      if (!clips && el.scrollWidth > el.clientWidth && el.clientWidth > 0) out.push(`${name}: ${el.scrollWidth} > ${el.clientWidth}`);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && style.position !== 'absolute' && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
        out.push(`${name}: ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    return out;
  });
}
