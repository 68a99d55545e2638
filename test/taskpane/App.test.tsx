/**
 * @jest-environment jsdom
 */
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

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('task pane', () => {
  test('read mode: a readable bounce gets a verdict, who must act, and how it was read', async () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    const card = await screen.findByTestId('verdict');
    expect(card.getAttribute('data-owner')).toBe('your-it');
    expect(within(card).getByText('Microsoft 365 could not relay your message')).toBeTruthy();
    expect(screen.getByTestId('source').textContent).toMatch(/Undeliverable: Quarterly figures.*whole message file/);
  });

  test('read mode: when the file route fails the ladder falls back to headers and text', async () => {
    const eml = sample('postfix-mailbox-full.eml');
    installOutlookMock({
      mode: 'read',
      eml,
      fileFails: true,
      bodyText:
        'This is the mail system at host mail.contoso.example.\n\n<sam@tailspin.example>: host mx.tailspin.example[198.51.100.7] said: 552 5.2.2\n    <sam@tailspin.example>: Mailbox full (in reply to RCPT TO command)\n',
    });
    renderPane();
    const card = await screen.findByTestId('verdict');
    expect(card.getAttribute('data-owner')).toBe('recipient-side');
    expect(screen.getByTestId('source').textContent).toMatch(/headers and text/);
  });

  test('a restricted item: Outlook shows its dialog first, then the pane reads the item', async () => {
    const { calls } = installOutlookMock({ mode: 'restricted', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane();
    expect((await screen.findByTestId('verdict')).getAttribute('data-owner')).toBe('your-it');
    expect(calls.hostDialogs).toEqual(['Restricted item']);
  });

  test('no item shows the input panel', async () => {
    installOutlookMock({ mode: 'none' });
    renderPane();
    expect(await screen.findByTestId('input-panel')).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toMatch(/No message could be read/);
  });

  test('a stale pinned pane: the selection changes without ItemChanged and the pane says so', async () => {
    const { mock } = installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    act(() => {
      mock.context.mailbox.item = { itemId: 'another', itemClass: 'IPM.Note', subject: 'Lunch?', body: { getAsync: () => undefined } };
    });
    expect(await screen.findByTestId('stale', {}, { timeout: 4000 })).toBeTruthy();
    expect(screen.getByTestId('source').textContent).toMatch(/Invoice 4471|Undelivered Mail/);
    expect(screen.getByTestId('reread')).toBeTruthy();
  });

  test('paste: pasted bounce text is explained', async () => {
    installOutlookMock({ mode: 'none' });
    renderPane();
    const box = await screen.findByTestId('paste');
    fireEvent.change(box, {
      target: {
        value:
          '<robin@gmial.com>: Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found\nStatus: 5.1.2',
      },
    });
    fireEvent.click(screen.getByTestId('analyse-text'));
    const card = await screen.findByTestId('verdict');
    expect(card.getAttribute('data-owner')).toBe('you');
    expect(card.textContent).toMatch(/gmail\.com/);
  });

  test('file drop: a dropped .eml is explained', async () => {
    installOutlookMock({ mode: 'none' });
    renderPane();
    const zone = await screen.findByTestId('drop-zone');
    const bytes = new TextEncoder().encode(sample('gmail-5.7.26-dmarc.eml'));
    const file = { name: 'bounce.eml', size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer) } as unknown as File;
    fireEvent.drop(zone, { dataTransfer: { files: [file], getData: () => '' } });
    const card = await screen.findByTestId('verdict');
    expect(card.getAttribute('data-owner')).toBe('your-it');
    expect(screen.getByTestId('source').textContent).toMatch(/dropped message bounce\.eml/);
  });

  test('drafting in read mode: helpdesk, subject, HTML under 32 KB and the bounce attached as an item', async () => {
    const { calls, mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const itemId = (mock.context.mailbox.item as { itemId: string }).itemId;
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('helpdesk').value).toBe('it@contoso.example'));
    fireEvent.click(screen.getByTestId('draft-report'));
    await screen.findByTestId('draft-status');
    expect(calls.newForms).toHaveLength(1);
    const form = calls.newForms[0] as {
      toRecipients: string[];
      subject: string;
      htmlBody: string;
      attachments: Array<{ type: string; itemId: string }>;
    };
    expect(form.toRecipients).toEqual(['it@contoso.example']);
    expect(form.subject).toBe('Bounce: 550 5.7.367 sending to dana@fabrikam.example');
    expect(new TextEncoder().encode(form.htmlBody).length).toBeLessThan(32 * 1024);
    expect(itemId).toHaveLength(152);
    expect(form.attachments).toEqual([{ type: 'item', name: 'Bounce', itemId }]);
    expect(form.htmlBody).toContain('Mailbox API 1.14');
  });

  test('compose mode (a Forward of the bounce): exact To, subject and body calls, nothing sent', async () => {
    const { calls } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    renderPane('?helpdesk=desk%40contoso.example', null);
    const card = await screen.findByTestId('verdict');
    expect(card.getAttribute('data-owner')).toBe('your-it');
    fireEvent.click(within(screen.getByTestId('primary-action')).getByRole('button'));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('helpdesk').value).toBe('desk@contoso.example'));
    fireEvent.click(screen.getByTestId('draft-report'));
    await screen.findByTestId('draft-status');
    // The body first, then To and the subject.
    await waitFor(() => expect(calls.subject).toHaveLength(1));
    expect(calls.to).toEqual([['desk@contoso.example']]);
    expect(calls.subject).toEqual(['Bounce: 550 5.7.367 sending to dana@fabrikam.example']);
    expect(calls.prepend).toHaveLength(1);
    expect(calls.prepend[0]?.options).toEqual({ coercionType: 'html' });
    expect(calls.prepend[0]?.html).toMatch(/Microsoft 365 could not relay your message/);
    expect(calls.newForms).toHaveLength(0);
  });

  test('no compose forms (mobile): the pane offers copy and a mailto: link', async () => {
    installOutlookMock({
      mode: 'read',
      eml: sample('postfix-mailbox-full.eml'),
      mailboxMinor: 5,
      bodyText:
        '<sam@tailspin.example>: host mx.tailspin.example[198.51.100.7] said: 552 5.2.2 <sam@tailspin.example>: Mailbox full (in reply to RCPT TO command)',
    });
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(screen.getByTestId('secondary-draft'));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('helpdesk').value).toBe('it@contoso.example'));
    fireEvent.click(screen.getByTestId('draft-report'));
    const fallback = await screen.findByTestId('fallback');
    const link = within(fallback).getByTestId<HTMLAnchorElement>('mailto');
    expect(link.getAttribute('href')).toMatch(/^mailto:it%40contoso\.example\?subject=Bounce%3A%20552%205\.2\.2/);
    expect(within(fallback).getByText('Copy report')).toBeTruthy();
  });

  test('the helpdesk address: a saved user choice wins and is stored in roamingSettings', async () => {
    const { calls } = installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    renderPane();
    await screen.findByTestId('verdict');
    fireEvent.click(screen.getByTestId('secondary-draft'));
    const input = await screen.findByTestId('helpdesk');
    fireEvent.change(input, { target: { value: 'me-help@contoso.example' } });
    fireEvent.click(screen.getByTestId('helpdesk-save'));
    await screen.findByTestId('helpdesk-saved');
    expect(calls.roaming.get('helpdeskAddress')).toBe('me-help@contoso.example');
  });
});
