/**
 * @jest-environment jsdom
 */
/** Component tests for issue #10 (one block per numbered item) on the real App with a simulated Outlook. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { translator } from '../../src/taskpane/strings';
import { configFetch, installOutlookMock, sample } from './outlook-mock';

const t = translator('en');

function renderPane(search = '', helpdesk: string | null = 'it@contoso.example'): ReturnType<typeof render> {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App t={t} search={search} fetcher={configFetch(helpdesk)} />
    </FluentProvider>,
  );
}

type Cb = (r: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;
const lastCb = (args: unknown[]): Cb => args[args.length - 1] as Cb;

/** A Postfix-style DSN with `n` recipients refused for the same reason. */
function manyRecipients(n: number): string {
  const addrs = Array.from({ length: n }, (_, i) => `user${i}@tailspin.example`);
  const blocks = addrs
    .map((a) => `Final-Recipient: rfc822; ${a}\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 <${a}>: Mailbox full\n`)
    .join('\n');
  return [
    'From: MAILER-DAEMON@mail.contoso.example',
    'To: alex@contoso.example',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.contoso.example',
    '',
    blocks,
    '--b--',
    '',
  ].join('\n');
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  jest.useRealTimers();
});

describe('item 1: one primary action, chosen by who must act; drafting stays secondary', () => {
  test.each([
    ['ms-5.7.367-relay-pool.eml', 'draft-report', false],
    ['misspelt-gmial.eml', 'fix-address', true],
    // A forged bounce is no matter for IT (#12 item 6): not even the secondary draft is offered.
    ['backscatter-forged-sender.eml', 'none', false],
    ['exchange-4.4.7-delay.eml', 'wait', true],
    ['postfix-mailbox-full.eml', 'tell-recipient', true],
  ])('%s → %s', async (name, action, secondary) => {
    installOutlookMock({ mode: 'read', eml: sample(name) });
    renderPane();
    await screen.findByTestId('verdict');
    const primary = screen.getAllByTestId('primary-action');
    expect(primary).toHaveLength(1);
    expect(primary[0]?.getAttribute('data-action')).toBe(action);
    expect(screen.queryByTestId('secondary-draft') !== null).toBe(secondary);
  });

  test('fix-address offers the corrected address to copy', async () => {
    installOutlookMock({ mode: 'read', eml: sample('misspelt-gmial.eml') });
    renderPane();
    const primary = await screen.findByTestId('primary-action');
    expect(primary.textContent).toMatch(/robin@gmail\.com instead of robin@gmial\.com/);
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(primary).getByRole('button', { name: 'Copy robin@gmail.com' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('robin@gmail.com'));
    await within(primary).findByText('Copied.');
  });

  test('tell-recipient copies a short note naming the address, subject and code', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    renderPane();
    const primary = await screen.findByTestId('primary-action');
    const writeText = jest.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(primary).getByRole('button'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    // The subject is the user's own message, not the bounce's.
    expect(writeText.mock.calls[0]?.[0]).toMatch(/sam@tailspin\.example.*Invoice 4471.*552 5\.2\.2/);
  });

  test('when copying is not allowed the text is shown to copy by hand', async () => {
    installOutlookMock({ mode: 'read', eml: sample('misspelt-gmial.eml') });
    renderPane();
    const primary = await screen.findByTestId('primary-action');
    fireEvent.click(within(primary).getByRole('button'));
    await waitFor(() => expect(within(primary).getByRole<HTMLTextAreaElement>('textbox').value).toBe('robin@gmail.com'));
  });
});

describe('item 2: summary first for several recipients or causes; long lists say "and N more"', () => {
  test('3 recipients, 3 causes: summary before the cards, cards ordered by who must act', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-three-recipients.eml') });
    renderPane();
    const summary = await screen.findByTestId('summary');
    expect(summary.textContent).toMatch(/^3 recipients, 3 causes/);
    const cards = screen.getAllByTestId('verdict');
    expect(cards.map((c) => c.getAttribute('data-owner'))).toEqual(['your-it', 'you', 'recipient-side']);
    expect(summary.compareDocumentPosition(cards[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(summary.compareDocumentPosition(screen.getByTestId('primary-action')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Card headings sit under the summary's heading.
    expect(cards[0]?.querySelector('h3')?.textContent).toBe('Your mail server is on a block list');
  });

  test('30 recipients with one cause: 25 listed and "and 5 more"', async () => {
    installOutlookMock({ mode: 'read', eml: manyRecipients(30) });
    renderPane();
    const card = await screen.findByTestId('verdict');
    expect(screen.getByTestId('summary').textContent).toMatch(/30 recipients, 1 cause/);
    // The recipients come right after the verdict (progressive render).
    expect((await within(card).findByTestId('recipients')).querySelectorAll('li')).toHaveLength(26);
    expect(within(card).getByTestId('more').textContent).toBe('and 5 more');
  });
});

describe('item 3: the code on every card, technical details in words', () => {
  test('caption under the title, before the details are opened', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-three-recipients.eml') });
    renderPane();
    await screen.findByTestId('summary');
    const codes = screen.getAllByTestId('verdict').map((c) => within(c).getByTestId('code').textContent);
    expect(codes).toEqual(['Code 550 5.7.1', 'Code 550 5.1.1', 'Code 552 5.2.2']);
    // The code is its own left-to-right run, so right-to-left captions keep "550 5.7.1" in order.
    const runs = screen.getAllByTestId('code').map((c) => c.querySelector('bdi[dir=ltr]')?.textContent);
    expect(runs).toEqual(['550 5.7.1', '550 5.1.1', '552 5.2.2']);
    expect(screen.queryByTestId('technical')).toBeNull();
  });

  test('technical details: recipient, code, server words; no rule names', async () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    const card = await screen.findByTestId('verdict');
    fireEvent.click(await within(card).findByRole('button', { name: 'Technical details' }));
    const tech = await within(card).findByTestId('technical');
    expect(tech.textContent).toMatch(/Recipient: dana@fabrikam\.example/);
    expect(tech.textContent).toMatch(/Code: 550 5\.7\.367/);
    expect(tech.textContent).not.toMatch(/evidence|norelaying|codes:|status-field/);
  });
});

describe('item 4: announce and move focus', () => {
  test('the live region holds the verdict title, and focus is on the verdict heading after pasting', async () => {
    installOutlookMock({ mode: 'none' });
    renderPane();
    fireEvent.change(await screen.findByTestId('paste'), {
      target: {
        value:
          '<robin@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found\nStatus: 5.1.2',
      },
    });
    fireEvent.click(screen.getByTestId('analyse-text'));
    const title = await screen.findByTestId('verdict-title');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toContain(title.textContent ?? '-'));
    expect(screen.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(title);
  });

  test('the read-mode verdict is announced too, and a second analysis replaces it', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toContain('The recipient\u2019s mailbox is full'));
    fireEvent.click(screen.getByRole('button', { name: 'Analyse another bounce' }));
    fireEvent.change(await screen.findByTestId('paste'), { target: { value: sample('ms-5.7.367-relay-pool.eml') } });
    fireEvent.click(screen.getByTestId('analyse-text'));
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toContain('Microsoft 365 could not relay your message'));
    expect(screen.getByTestId('announcer').textContent).not.toContain('mailbox is full');
  });

  test('a failure notice is announced once, as its plain sentence', async () => {
    installOutlookMock({ mode: 'read', itemThrows: true });
    renderPane();
    await screen.findByTestId('notice');
    await waitFor(() => expect(screen.getByTestId('announcer').textContent).toMatch(/restricted/));
    expect(screen.getByTestId('announcer').textContent?.match(/restricted/g)).toHaveLength(1);
  });
});

describe('item 5: reflow, no minimum width', () => {
  test('no element asks for more than the 144 px a 160 px pane has inside', async () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    for (const el of [document.querySelector('main'), ...Array.from(document.querySelectorAll('main *'))]) {
      const min = el === null ? '' : getComputedStyle(el).minWidth;
      expect(
        min === '' || min === 'auto' || min === 'min-content' || (min.endsWith('px') || min === '0' ? parseFloat(min) <= 144 : false),
      ).toBe(true);
    }
  });
});

describe('item 6: a slow or failing Outlook', () => {
  test('within 5 s the paste route is offered while reading continues; a late answer does not replace pasted input', async () => {
    const { mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const item = mock.context.mailbox.item as Record<string, unknown>;
    // The whole-file read answers (with a failure) only after 3.6 s; the rest fails at once.
    item.getAsFileAsync = (...args: unknown[]) =>
      setTimeout(() => lastCb(args)({ status: 'failed', error: { code: 9002, message: 'An internal error has occurred.' } }), 3600);
    item.body = {
      getAsync: (...args: unknown[]) =>
        lastCb(args)({ status: 'failed', error: { code: 9002, message: 'An internal error has occurred.' } }),
    };
    const started = Date.now();
    renderPane();
    expect(screen.queryByTestId('paste')).toBeNull();
    const paste = await screen.findByTestId('paste', {}, { timeout: 5000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(screen.getByTestId('slow').textContent).toMatch(/keeps trying/);
    fireEvent.change(paste, { target: { value: sample('postfix-mailbox-full.eml') } });
    fireEvent.click(screen.getByTestId('analyse-text'));
    await screen.findByTestId('verdict');
    await act(() => new Promise((r) => setTimeout(r, 1200)));
    expect(screen.getByTestId('verdict').getAttribute('data-owner')).toBe('recipient-side');
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  test('failures: one plain sentence, the API details behind a disclosure', async () => {
    const { mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const item = mock.context.mailbox.item as Record<string, unknown>;
    const fail = (...args: unknown[]): void =>
      lastCb(args)({ status: 'failed', error: { code: 9002, message: 'An internal error has occurred.' } });
    item.getAsFileAsync = fail;
    item.body = { getAsync: fail };
    renderPane();
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toBe('Outlook did not hand over this message. Paste its text, pick the saved file, or drag it here.');
    expect(screen.queryByTestId('notice-details')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    const details = await screen.findByTestId('notice-details');
    expect(details.textContent).toMatch(/getAsFileAsync: An internal error has occurred/);
  });
});

describe('item 7: settings out of the way; no visible pane title', () => {
  test('helpdesk and "What I already tried" appear only in the report step and the settings disclosure', async () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    expect(screen.queryByTestId('helpdesk')).toBeNull();
    expect(screen.queryByTestId('tried')).toBeNull();
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    expect(await screen.findByTestId('report-step')).toBeTruthy();
    expect(screen.getByTestId('tried')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(await screen.findByTestId('settings-helpdesk')).toBeTruthy();
    // The pane's name is for screen readers only: Outlook already shows it above the pane.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Bounce Explainer');
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('Microsoft 365 could not relay your message');
  });
});

describe('item 8: idempotent drafting', () => {
  test('read mode: a second press opens no second draft and says it is done', async () => {
    const { calls } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    fireEvent.click(await screen.findByTestId('draft-report'));
    await screen.findByTestId('draft-status');
    fireEvent.click(screen.getByTestId('draft-report'));
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toMatch(/already drafted/));
    expect(calls.newForms).toHaveLength(1);
    expect(screen.getByTestId('draft-report').textContent).toBe('Report drafted');
    expect(within(screen.getByTestId('primary-action')).getByRole('button').textContent).toBe('Report drafted');
  });

  test('compose mode: the Forward gets the report once, also after re-reading', async () => {
    const { calls } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    fireEvent.click(await screen.findByTestId('draft-report'));
    await screen.findByTestId('draft-status');
    fireEvent.click(screen.getByTestId('draft-report'));
    fireEvent.click(screen.getByTestId('reread'));
    await screen.findByTestId('verdict');
    await waitFor(() => expect(within(screen.getByTestId('primary-action')).getByRole('button').textContent).toBe('Report drafted'));
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    fireEvent.click(await screen.findByTestId('draft-report'));
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(calls.prepend).toHaveLength(1);
  });
});

describe('item 9: phones and old clients (no compose forms)', () => {
  test('"Copy report" leads from the start for an IT case', async () => {
    installOutlookMock({
      mode: 'read',
      eml: sample('ms-5.7.367-relay-pool.eml'),
      mailboxMinor: 5,
      bodyText: sample('ms-5.7.367-relay-pool.eml'),
    });
    renderPane();
    await screen.findByTestId('verdict');
    const primary = screen.getByTestId('primary-action');
    expect(primary.getAttribute('data-action')).toBe('copy-report');
    expect(within(primary).getByRole('button').textContent).toBe('Copy report for IT');
  });

  test('a cut mailto body says it is cut', async () => {
    installOutlookMock({
      mode: 'read',
      eml: sample('postfix-three-recipients.eml'),
      mailboxMinor: 5,
      bodyText: sample('postfix-three-recipients.eml'),
    });
    renderPane();
    await screen.findByTestId('summary');
    fireEvent.click(screen.getByTestId('secondary-draft'));
    fireEvent.click(await screen.findByTestId('draft-report'));
    const fallback = await screen.findByTestId('fallback');
    expect(within(fallback).getByTestId('mailto-cut').textContent).toMatch(/only the start of the report/);
  });
});

describe('"does not look like a bounce" names the message and does not send the user in a circle', () => {
  test('an ordinary message', async () => {
    installOutlookMock({
      mode: 'read',
      eml: 'From: a@b.example\nTo: alex@contoso.example\nSubject: Lunch on Friday?\n\nSee you at noon.\n',
    });
    renderPane();
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toMatch(/\u201cLunch on Friday\?\u201d \(the selected message\) does not look like a bounce/);
    expect(notice.textContent).toMatch(/select it and choose Re-read/);
  });
});

describe('item 12: the helpdesk field', () => {
  test('no "Saved" before saving; "Saved" goes away on edit; an invalid address does not block drafting', async () => {
    const { calls } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    const step = await screen.findByTestId('report-step');
    expect(step.textContent).not.toMatch(/Saved/);
    const input = screen.getByTestId<HTMLInputElement>('helpdesk');
    fireEvent.change(input, { target: { value: 'desk@contoso.example' } });
    fireEvent.click(screen.getByTestId('helpdesk-save'));
    expect((await screen.findByTestId('helpdesk-saved')).textContent).toBe('Saved in your mailbox settings.');
    fireEvent.change(input, { target: { value: 'not an address' } });
    expect(screen.queryByTestId('helpdesk-saved')).toBeNull();
    expect(step.textContent).toMatch(/does not look like one email address/);
    const draft = screen.getByTestId('draft-report');
    expect(draft.hasAttribute('disabled')).toBe(false);
    fireEvent.click(draft);
    const status = await screen.findByTestId('draft-status');
    expect(status.textContent).toMatch(/To is left empty/);
    expect((calls.newForms[0] as { toRecipients: string[] }).toRecipients).toEqual([]);
  });
});

describe('smaller', () => {
  test('message bars are labelled by elements that exist', async () => {
    installOutlookMock({ mode: 'read', itemThrows: true });
    renderPane();
    await screen.findByTestId('notice');
    for (const bar of Array.from(document.querySelectorAll('[aria-labelledby]'))) {
      for (const id of (bar.getAttribute('aria-labelledby') ?? '').split(' ')) expect(document.getElementById(id)).not.toBeNull();
    }
  });

  test('the owner badge for IT is not styled as an error', async () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    const badge = await screen.findByTestId('owner');
    expect(badge.className).not.toMatch(/danger/);
  });
});

describe('issue 14: the verdict reaches the screen first', () => {
  test('the first commit holds the verdict and its action; recipients, details and settings follow right after', async () => {
    // What the DOM held each time it changed, recorded as the pane renders.
    const seen: Array<{ title: boolean; action: boolean; recipients: boolean; settings: boolean }> = [];
    const observer = new MutationObserver(() => {
      seen.push({
        title: document.querySelector('[data-testid=verdict-title]') !== null,
        action: document.querySelector('[data-testid=primary-action]') !== null,
        recipients: document.querySelector('[data-testid=recipients]') !== null,
        settings: document.querySelector('[data-testid=settings]') !== null,
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    await screen.findByTestId('recipients');
    await screen.findByTestId('settings');
    observer.disconnect();
    const first = seen.find((s) => s.title);
    expect(first).toEqual({ title: true, action: true, recipients: false, settings: false });
    expect(document.activeElement).toBe(screen.getByTestId('verdict-title'));
  });
});
