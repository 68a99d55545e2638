/**
 * The pane in each shipped language and in the two pseudo-locales (issue #13), in Debian's Chromium
 * on the built playground at 320 px: `?lang=` simulates Outlook's display language. Per language:
 * no English word of the pane left, `lang` on the pane's root, text in the language's script, the
 * code on the card, nothing sticking out, axe clean, a screenshot; in compose mode the drafted
 * report is in the language (and in English when the user picks English). Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { NAV, OUT, ROOT, axeSerious, overflowing, servePane } from './harness';
import { loadMessages } from '../../src/engine';
import type { Catalogue } from '../../src/engine';
import { EN } from '../../src/engine/explain/messages/en';
import { mapLiterals } from '../../src/engine/i18n/icu';
import { LOCALES } from '../../src/engine/locale';
import type { Locale } from '../../src/engine/locale';
import { loadPaneMessages } from '../../src/taskpane/messages';
import type { PaneMessages } from '../../src/taskpane/messages';
import { PANE_EN } from '../../src/taskpane/messages/en';

const SAMPLE = 'ms-5.7.367-relay-pool.eml';
const EML = readFileSync(path.join(ROOT, 'assets/samples', SAMPLE), 'utf8');

const session = servePane();

async function open(query: string, width = 320): Promise<{ page: Page; scripts: string[] }> {
  const page = await session().browser.newPage({ viewport: { width: width + NAV, height: 900 } });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto(`${session().url}playground.html?${query}&width=${width}`);
  return { page, scripts };
}

/** The pane's visible text, without what is marked as English on purpose (the "English" report choice). */
async function paneText(page: Page): Promise<string> {
  return page.locator('[data-testid=pane]').evaluate((pane) => {
    // Not a clone: a cloned radio in the document would take the checked state from the original.
    let text = (pane as HTMLElement).innerText;
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>('[data-testid=pane-root] [lang="en"]')))
      text = text.replace(el.innerText, ' ');
    return text;
  });
}

/** Every literal run of a set of ICU messages (placeholders and plural/select syntax left out). */
function literalRuns(messages: Iterable<string>): string[] {
  const runs: string[] = [];
  for (const m of messages) mapLiterals(m, (t) => (runs.push(t), t));
  return runs;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The English UI words a translated pane must not show: every literal run of the English pane and
 * engine catalogues, cut at punctuation, kept when it has a word of 4+ letters; minus what the
 * language's own catalogues also say (brand and product names, SPF, Outlook) and what the bounce
 * itself contains (its subject and the server's words are the bounce's, not the pane's).
 */
function englishLeftovers(text: string, own: readonly string[]): string[] {
  const ownText = own.join('\n');
  const pieces = literalRuns([...strings(PANE_EN), ...strings({ ...EN, locale: '' })])
    .flatMap((run) => run.split(/[.:;,!?()[\]\u2014\u2026\u201c\u201d"]+/))
    .map((p) => p.trim())
    .filter((p) => /[A-Z]{4,}/i.test(p));
  const found = new Set<string>();
  for (const piece of new Set(pieces)) {
    if (ownText.includes(piece) || EML.includes(piece)) continue;
    const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text)) found.add(piece);
  }
  return [...found];
}

/** The share of letters in a script, of all letters in a text. */
function share(text: string, script: RegExp): number {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  return letters.length === 0 ? 0 : letters.filter((c) => script.test(c)).length / letters.length;
}

const SCRIPTS: Readonly<Record<Exclude<Locale, 'en'>, { readonly script: RegExp; readonly min: number }>> = {
  de: { script: /\p{Script=Latin}/u, min: 0.95 },
  fr: { script: /\p{Script=Latin}/u, min: 0.95 },
  es: { script: /\p{Script=Latin}/u, min: 0.95 },
  it: { script: /\p{Script=Latin}/u, min: 0.95 },
  'pt-BR': { script: /\p{Script=Latin}/u, min: 0.95 },
  nl: { script: /\p{Script=Latin}/u, min: 0.95 },
  // Japanese: kana and kanji (the bounce's own English words and codes stay Latin).
  ja: { script: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, min: 0.4 },
  'zh-CN': { script: /\p{Script=Han}/u, min: 0.4 },
};

const SHIPPED = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');
const measured: string[] = [];
afterAll(() => console.log(`i18n at 320 px:\n${measured.join('\n')}`));

describe.each(SHIPPED)('%s at 320 px', (locale) => {
  let c: Catalogue;
  let pane: PaneMessages;
  beforeAll(async () => {
    c = await loadMessages(locale);
    pane = await loadPaneMessages(locale);
  });

  test('read mode: the language, its script, the code, no English left, nothing sticking out, axe clean', async () => {
    const { page, scripts } = await open(`lang=${locale}&sample=${SAMPLE}`);
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 20000 });
    expect(await page.locator('[data-testid=pane-root]').getAttribute('lang')).toBe(locale);
    expect(await page.locator('[data-testid=pane-root]').getAttribute('dir')).toBe('ltr');
    expect(await card.locator('[data-testid=code]').isVisible()).toBe(true);
    expect(await card.innerText()).toContain('5.7.367');
    // The code caption's code stays one left-to-right run, also inside a right-to-left caption.
    expect(await card.locator('[data-testid=code] bdi[dir=ltr]').textContent()).toBe('550 5.7.367');
    expect(await card.locator('[data-testid=verdict-title]').innerText()).toBe(c.entries['ms-relay-pool'].title);
    // Open the report step too: its words (and the English choice) are part of the pane.
    await page.locator('[data-testid=primary-action] button').first().click();
    await page.locator('[data-testid=report-step]').waitFor();
    expect(await page.locator('[data-testid=report-language]').isVisible()).toBe(true);
    const text = await paneText(page);
    const own = [...strings(c), ...strings(pane)];
    const leftovers = englishLeftovers(text, own);
    const { script, min } = SCRIPTS[locale];
    const inScript = share(text, script);
    const outside = await overflowing(page);
    const axe = await axeSerious(page);
    await page.locator('[data-testid=pane]').screenshot({ path: path.join(OUT, `i18n-${locale}-320.png`) });
    // Only this language's chunk was fetched.
    const locales = [...new Set(scripts.filter((s) => s.startsWith('locale-')))];
    measured.push(
      `${locale}: lang=${locale}, script share ${inScript.toFixed(2)}, English left ${leftovers.length}, overflow ${outside.length}, axe ${axe.length}, chunks ${locales.join(' ')}`,
    );
    expect(leftovers).toEqual([]);
    expect(inScript).toBeGreaterThanOrEqual(min);
    expect(outside).toEqual([]);
    expect(axe).toEqual([]);
    expect(locales).toEqual([`locale-${locale}.js`]);
    await page.close();
  });

  test('compose mode: the drafted report is in the language; English on request', async () => {
    const { page } = await open(`lang=${locale}&mode=compose&sample=${SAMPLE}`);
    await page.locator('[data-testid=verdict]').first().waitFor({ timeout: 20000 });
    await page.locator('[data-testid=primary-action] button').first().click();
    await page.locator('[data-testid=draft-report]').click();
    await page.waitForFunction(() => (document.querySelector('[data-testid=draft-body]')?.textContent ?? '').length > 100);
    const body = (await page.locator('[data-testid=draft-body]').textContent()) ?? '';
    const subject = (await page.locator('[data-testid=draft-subject]').textContent()) ?? '';
    expect(body).toContain(c.report.greeting);
    expect(body).toContain(c.report.itChecks);
    expect(body).not.toContain(EN.report.greeting);
    expect(subject).toContain('5.7.367');
    expect(subject).not.toMatch(/Bounce:/);
    expect(body).toMatch(/"tool": "bounce-explainer"/);
    await page.close();
  });
});

test('the English-word check finds the English pane (so it can fail)', async () => {
  const { page } = await open(`lang=en-US&sample=${SAMPLE}`);
  await page.locator('[data-testid=verdict]').first().waitFor({ timeout: 20000 });
  expect(await page.locator('[data-testid=pane-root]').getAttribute('lang')).toBe('en');
  // Checked as if it were German: every English word of the pane counts.
  const de = await loadMessages('de');
  const found = englishLeftovers(await paneText(page), [...strings(de), ...strings(await loadPaneMessages('de'))]);
  measured.push(`control: the English pane checked as German shows ${found.length} English pieces`);
  expect(found.length).toBeGreaterThanOrEqual(10);
  expect(await page.locator('[data-testid=report-language]').count()).toBe(0);
  await page.close();
});

test('the report step offers English, and the drafted report is then in English', async () => {
  const { page } = await open(`lang=de-AT&mode=compose&sample=${SAMPLE}`);
  await page.locator('[data-testid=verdict]').first().waitFor({ timeout: 20000 });
  expect(await page.locator('[data-testid=pane-root]').getAttribute('lang')).toBe('de');
  await page.locator('[data-testid=primary-action] button').first().click();
  await page.locator('[data-testid=report-language] input[value=en]').check();
  await page.locator('[data-testid=draft-report]').click();
  await page.waitForFunction(() => (document.querySelector('[data-testid=draft-body]')?.textContent ?? '').length > 100);
  const body = (await page.locator('[data-testid=draft-body]').textContent()) ?? '';
  expect(body).toContain(EN.report.greeting);
  expect(await page.locator('[data-testid=draft-subject]').textContent()).toMatch(/Subject: Bounce: 550 5\.7\.367/);
  // The pane itself stays German.
  expect(await page.locator('[data-testid=draft-status]').innerText()).not.toMatch(/This draft is now the report/);
  await page.close();
});

describe.each([
  ['en-XA', 'ltr'],
  ['ar-XB', 'rtl'],
] as const)('pseudo-locale %s at 320 px', (tag, dir) => {
  test('renders with nothing sticking out, axe clean', async () => {
    const { page } = await open(`lang=${tag}&sample=${SAMPLE}`);
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 20000 });
    expect(await page.locator('[data-testid=pane-root]').getAttribute('lang')).toBe(tag);
    expect(await page.locator('[data-testid=pane-root]').getAttribute('dir')).toBe(dir);
    expect(await card.innerText()).toContain('5.7.367');
    await page.locator('[data-testid=primary-action] button').first().click();
    await page.locator('[data-testid=report-step]').waitFor();
    const text = await paneText(page);
    if (tag === 'en-XA') expect(text).toMatch(/ļóñĝ/);
    const outside = await overflowing(page);
    const axe = await axeSerious(page);
    measured.push(`${tag}: dir=${dir}, overflow ${outside.length}, axe ${axe.length}`);
    await page.locator('[data-testid=pane]').screenshot({ path: path.join(OUT, `i18n-${tag}-320.png`) });
    expect(outside).toEqual([]);
    expect(axe).toEqual([]);
    await page.close();
  });
});
