/**
 * End to end: the built playground (the real pane, simulated Outlook) in Debian's Chromium, driven
 * by playwright-core. Needs `npm run build` (npm test runs it first) and /usr/bin/chromium.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { NAV, OUT, axeSerious, servePane } from './harness';

const session = servePane();

async function open(query: string, width = 320): Promise<{ page: Page; requests: string[] }> {
  const page = await session().browser.newPage({ viewport: { width: width + NAV, height: 1200 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${session().url}playground.html?${query}${width === 500 ? '&width=500' : ''}`);
  return { page, requests };
}

const CASES = [
  { sample: 'ms-5.7.367-relay-pool.eml', owner: 'your-it', title: 'Microsoft 365 could not relay your message' },
  { sample: 'postfix-mailbox-full.eml', owner: 'recipient-side', title: 'The recipient\u2019s mailbox is full' },
  { sample: 'exchange-4.4.7-delay.eml', owner: 'wait', title: 'Your message is delayed' },
] as const;

describe.each(CASES)('playground with $sample', ({ sample, owner, title }) => {
  test.each([320, 500])('at %i px: verdict, screenshot, no serious accessibility violations, no foreign requests', async (width) => {
    const { page, requests } = await open(`sample=${sample}`, width);
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.getAttribute('data-owner')).toBe(owner);
    expect(await card.locator('h2').textContent()).toBe(title);
    // Nothing may overflow the pane sideways at this width.
    const overflow = await page.locator('[data-testid=pane]').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.locator('[data-testid=pane]').screenshot({ path: path.join(OUT, `${sample.replace('.eml', '')}-${width}.png`) });
    expect(await axeSerious(page)).toEqual([]);
    const origin = new URL(session().url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});

describe('playground flows', () => {
  test('dark theme: no serious accessibility (contrast) violations', async () => {
    const { page } = await open('sample=gmail-5.7.26-dmarc.eml&theme=dark');
    await page.locator('[data-testid=verdict]').first().waitFor({ timeout: 15000 });
    expect(await axeSerious(page)).toEqual([]);
    await page.locator('[data-testid=pane]').screenshot({ path: path.join(OUT, 'gmail-5.7.26-dark-320.png') });
    await page.close();
  });

  test('drafting from read mode shows the draft with the helpdesk from ?helpdesk=', async () => {
    const { page } = await open('sample=ms-5.7.367-relay-pool.eml&helpdesk=desk%40contoso.example');
    await page.locator('[data-testid=verdict]').first().waitFor({ timeout: 15000 });
    await page.locator('[data-testid=primary-action] button').click();
    await page.locator('[data-testid=draft-report]').click();
    await page.locator('[data-testid=draft-subject]').waitFor();
    expect(await page.locator('[data-testid=draft-to]').textContent()).toBe('To: desk@contoso.example');
    expect(await page.locator('[data-testid=draft-subject]').textContent()).toBe(
      'Subject: Bounce: 550 5.7.367 sending to dana@fabrikam.example',
    );
    expect(await page.locator('[data-testid=draft-body]').textContent()).toMatch(/Who must act: Your IT/);
    await page.close();
  });

  test('compose mode (an inline Forward by default): the right verdict, and the Forward draft becomes the report', async () => {
    const { page } = await open('sample=ms-5.7.367-relay-pool.eml&mode=compose');
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.getAttribute('data-owner')).toBe('your-it');
    expect(await page.locator('[data-testid=source]').textContent()).toMatch(/message HTML/);
    await page.locator('[data-testid=primary-action] button').click();
    await page.locator('[data-testid=draft-report]').click();
    await page.locator('[data-testid=draft-subject]').waitFor();
    await page.waitForFunction(() => /Subject: Bounce:/.test(document.querySelector('[data-testid=draft-subject]')?.textContent ?? ''));
    expect(await page.locator('[data-testid=draft]').textContent()).toMatch(/this Forward, edited/);
    expect(await page.locator('[data-testid=draft-to]').textContent()).toBe('To: helpdesk@contoso.example');
    expect(await page.locator('[data-testid=draft-subject]').textContent()).toBe(
      'Subject: Bounce: 550 5.7.367 sending to dana@fabrikam.example',
    );
    const body = (await page.locator('[data-testid=draft-body]').textContent()) ?? '';
    expect(body).toMatch(/Who must act: Your IT/);
    expect(body).toMatch(/Get-MessageTraceV2 -MessageId/);
    // The report sits above the forwarded bounce.
    expect(body.indexOf('Hello IT helpdesk')).toBeLessThan(body.indexOf('Delivery has failed to these recipients'));
    expect(await axeSerious(page)).toEqual([]);
    await page.close();
  });

  test('a restricted item: Outlook shows its dialog, then the pane explains the item', async () => {
    const { page } = await open('sample=ms-5.7.367-relay-pool.eml&mode=restricted');
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.getAttribute('data-owner')).toBe('your-it');
    expect(await page.locator('[data-testid=host-dialog]').textContent()).toMatch(/Restricted item/);
    expect(await page.locator('[data-testid=selection-unknown]').textContent()).toMatch(/cannot tell what is selected/);
    await page.close();
  });

  test('with no message selected, pasted text is explained', async () => {
    const { page } = await open('mode=none');
    await page.locator('[data-testid=input-panel]').waitFor({ timeout: 15000 });
    await page
      .locator('[data-testid=paste] textarea, textarea[data-testid=paste]')
      .first()
      .fill(
        '<lee@northwind.example>: host mx.northwind.example[192.0.2.1] said: 550 5.1.1 <lee@northwind.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
      );
    await page.locator('[data-testid=analyse-text]').click();
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.getAttribute('data-owner')).toBe('you');
    await page.close();
  });

  test('?eml= loads a same-origin message', async () => {
    const { page } = await open('eml=samples/misspelt-gmial.eml');
    const card = page.locator('[data-testid=verdict]').first();
    await card.waitFor({ timeout: 15000 });
    expect(await card.textContent()).toMatch(/gmail\.com/);
    await page.close();
  });
});
