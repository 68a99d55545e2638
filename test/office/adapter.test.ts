/**
 * @jest-environment jsdom
 */
/**
 * The Office adapter against the one simulated Outlook (office-addin-mock around
 * src/playground/office-stub.ts), item by item of issue #11.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { messages } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { explain } from '../../src/engine/explain/explain';
import { buildReport } from '../../src/engine/explain/report';

/** Reports in English, as the tests read them. */
const EN = messages('en');
import {
  currentItem,
  decodeAttachmentContent,
  isComposing,
  looksLikeBounce,
  mailto,
  mailtoLink,
  MAX_ATTACHABLE_ID,
  openNewMessage,
  readDraft,
  readSelected,
  resolveHelpdesk,
  turnDraftIntoReport,
  watchSelection,
  watchTheme,
} from '../../src/office';
import { officeCall, OfficeCallError, withTimeout } from '../../src/office/timeout';
import { realItemId } from '../../src/playground/office-stub';
import { configFetch, installOutlookMock, sample } from '../taskpane/outlook-mock';

const FIXTURES = path.resolve(__dirname, 'fixtures');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

const content = { to: 'it@contoso.example', subject: 'Bounce: 550 5.1.1 sending to a@b.example', html: '<div><p>x</p></div>', text: 'x' };
const itemIdOf = (mock: { context: { mailbox: { item: unknown } } }): string => (mock.context.mailbox.item as { itemId: string }).itemId;

/** A small Outlook .msg (msgreader's own writer), as a delivery report or an ordinary message. */
function msgFile(fields: Record<string, string>): Uint8Array {
  const utf16 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));
  const streams: Array<[string, Uint8Array]> = Object.entries(fields).map(([tag, value]) => [`__substg1.0_${tag}001F`, utf16(value)]);
  streams.push(['__properties_version1.0', new Uint8Array(32)]);
  const entries = [
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ];
  return burn(entries);
}

describe('calls to Office', () => {
  test('a call that never answers is cut off by its timeout', async () => {
    jest.useFakeTimers();
    const pending = withTimeout('never', new Promise<never>(() => undefined), 500);
    jest.advanceTimersByTime(501);
    await expect(pending).rejects.toThrow('never: no answer within 500 ms');
  });

  test('a failed Office result becomes a typed error with its code', async () => {
    const err = await officeCall<string>('getAsFileAsync', (cb) =>
      cb({
        status: 'failed',
        value: '',
        error: { code: 9020, name: 'GenericResponseError', message: 'Generic error' },
      } as unknown as Office.AsyncResult<string>),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeCallError);
    expect((err as OfficeCallError).code).toBe(9020);
  });

  test('a call that throws synchronously is an error, not a crash', async () => {
    await expect(
      officeCall('bad', () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('bad: boom');
  });

  test('a refused call in the simulation arrives as a failed result', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml'), fail: { getAsFileAsync: 'Generic error' } });
    const out = await readSelected();
    expect(out.attempts[0]).toMatchObject({ route: 'file', ok: false, detail: 'getAsFileAsync: Generic error' });
    expect(out.route).toBe('headers+body');
  });
});

describe('1. the bounce attached to the read-mode draft', () => {
  test('the simulated Outlook hands out item ids of real length', () => {
    const { mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    expect(itemIdOf(mock)).toHaveLength(152);
    expect(itemIdOf(mock).startsWith('AAMkA')).toBe(true);
    expect(realItemId('a')).not.toBe(realItemId('b'));
  });

  test('a 152-character item id is attached (Mailbox 1.9 form)', async () => {
    const { calls, mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const id = itemIdOf(mock);
    expect(await openNewMessage(content, id)).toEqual({ kind: 'new-form', attachedBounce: true });
    expect(calls.newForms[0]?.attachments).toEqual([{ type: 'item', name: 'Bounce', itemId: id }]);
    expect(calls.calls).toContain('displayNewMessageFormAsync');
  });

  test('a 152-character item id is attached on the Mailbox 1.6 form too', async () => {
    const { calls, mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml'), mailboxMinor: 8 });
    expect(await openNewMessage(content, itemIdOf(mock))).toEqual({ kind: 'new-form', attachedBounce: true });
    expect(calls.calls).toEqual(['displayNewMessageForm']);
    expect((calls.newForms[0]?.attachments as unknown[]).length).toBe(1);
  });

  test('the cap is what the runtime accepts: 200 characters', async () => {
    expect(MAX_ATTACHABLE_ID).toBe(200);
    const long = 'A'.repeat(201);
    const { calls } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml'), itemId: long });
    expect(await openNewMessage(content, long)).toEqual({ kind: 'new-form', attachedBounce: false });
    expect(calls.newForms[0]?.attachments).toEqual([]);
  });

  test.each([
    ['1.9', 14, 'displayNewMessageFormAsync'],
    ['1.6', 8, 'displayNewMessageForm'],
  ])('a refused attachment is retried without it (Mailbox %s)', async (_set, minor, api) => {
    const { calls, mock } = installOutlookMock({
      mode: 'read',
      eml: sample('ms-5.7.367-relay-pool.eml'),
      mailboxMinor: minor,
      refuseItemAttachments: true,
    });
    expect(await openNewMessage(content, itemIdOf(mock))).toEqual({ kind: 'new-form', attachedBounce: false });
    expect(calls.calls).toEqual([api, api]);
    expect(calls.newForms).toHaveLength(1);
    expect(calls.newForms[0]?.attachments).toEqual([]);
  });

  test('the bounce is attached only when it is still the selected item', async () => {
    const { calls, mock } = installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    await openNewMessage(content, itemIdOf(mock));
    await openNewMessage(content, 'some-other-item');
    await openNewMessage(content, null);
    expect(calls.newForms.map((f) => (f.attachments as unknown[]).length)).toEqual([1, 0, 0]);
  });

  test('without compose forms the caller is told to fall back', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml'), client: 'mobile' });
    expect(await openNewMessage(content, null)).toMatchObject({ kind: 'fallback', reason: 'no-compose-forms' });
  });
});

describe('2. Forward drafts', () => {
  test('compose mode is an inline Forward by default: bounce text in the body, returned original attached', async () => {
    const { sim } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    const out = await readDraft();
    expect(sim.composeState().subject).toBe('FW: Undeliverable: Quarterly figures');
    expect(out.attempts[0]).toMatchObject({ route: 'attachment', ok: false, detail: 'Quarterly figures: not a bounce' });
    expect(out.route).toBe('body-html');
    const r = await analyze(out.input ?? '');
    expect(r.recipients[0]).toMatchObject({ address: 'dana@fabrikam.example', status: '5.7.367' });
  });

  test('an inline Forward whose only attachment is the returned original (message/rfc822) is analysed from the body', async () => {
    const eml = sample('ms-5.7.367-relay-pool.eml')
      .replace(/Content-Type: text\/rfc822-headers/, 'Content-Type: message/rfc822')
      .replace(
        /(Message-ID: <AM0PR01MB77770F1@[^>]+>\n)\n--ndr-boundary-367--/,
        '$1\nHere are the quarterly figures.\n\n--ndr-boundary-367--',
      );
    installOutlookMock({ mode: 'compose', eml });
    const list = await new Promise<Array<{ name: string; attachmentType: string }>>((resolve) =>
      (
        globalThis as unknown as { Office: { context: { mailbox: { item: Office.MessageCompose } } } }
      ).Office.context.mailbox.item.getAttachmentsAsync((r) =>
        resolve(r.value.map((a) => ({ name: a.name, attachmentType: String(a.attachmentType) }))),
      ),
    );
    expect(list).toEqual([expect.objectContaining({ name: 'Quarterly figures', attachmentType: 'item' })]);
    const out = await readDraft();
    expect(out.route).toBe('body-html');
    expect(typeof out.input === 'string' && out.input.includes('Here are the quarterly figures')).toBe(false);
    const r = await analyze(out.input ?? '');
    expect(r.recipients.map((x) => [x.address, x.status])).toEqual([['dana@fabrikam.example', '5.7.367']]);
  });

  test('classic Outlook reads the draft as text first', async () => {
    installOutlookMock({ mode: 'compose', eml: sample('postfix-mailbox-full.eml'), client: 'classic' });
    const out = await readDraft();
    expect(out.route).toBe('body-text');
    const r = await analyze(out.input ?? '');
    expect(r.recipients[0]?.status).toBe('5.2.2');
  });

  test('forward as attachment (the bounce as an Eml item) is still read from the attachment', async () => {
    const { sim } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.1.10-recipient-not-found.eml'), forward: 'attachment' });
    expect(sim.composeState().text).toBe('');
    const out = await readDraft();
    expect(out.route).toBe('attachment');
    expect(typeof out.input).toBe('string');
    expect((await analyze(out.input ?? '')).recipients[0]?.status).toBe('5.1.10');
  });

  test('an attached bounce with empty content (new Outlook) falls back to the body', async () => {
    const eml = sample('ms-5.7.367-relay-pool.eml');
    installOutlookMock({
      mode: 'compose',
      eml,
      client: 'new',
      attachments: [
        {
          id: 'a1',
          name: 'Undeliverable: Quarterly figures',
          attachmentType: 'item',
          contentType: 'message/rfc822',
          format: 'eml',
          content: eml,
        },
      ],
      emptyAttachmentContent: true,
    });
    const out = await readDraft();
    expect(out.attempts[0]).toMatchObject({ route: 'attachment', ok: false, detail: 'Undeliverable: Quarterly figures: empty' });
    expect(out.route).toBe('body-html');
    expect((await analyze(out.input ?? '')).recipients[0]?.status).toBe('5.7.367');
  });

  test('a base64 .msg attachment arrives as bytes, byte for byte, and is recognised as a bounce', async () => {
    const msg = msgFile({
      '0037': 'Undeliverable: Meeting notes',
      '001A': 'REPORT.IPM.Note.NDR',
      '1000':
        "lee.chen@northwind.example\r\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
      '007D': 'From: Microsoft Outlook <postmaster@contoso.example>\r\nSubject: Undeliverable: Meeting notes',
    });
    installOutlookMock({
      mode: 'compose',
      eml: sample('postfix-mailbox-full.eml'),
      forward: 'attachment',
      attachments: [
        {
          id: 'f1',
          name: 'saved.msg',
          attachmentType: 'file',
          contentType: 'application/vnd.ms-outlook',
          format: 'base64',
          content: Buffer.from(msg).toString('base64'),
        },
      ],
    });
    const out = await readDraft();
    expect(out.route).toBe('attachment');
    expect(out.input).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out.input as Uint8Array).equals(Buffer.from(msg))).toBe(true);
    const r = await analyze(out.input as Uint8Array);
    expect(r.inputType).toBe('msg');
    expect(r.recipients[0]?.status).toBe('5.1.10');
  });

  test('attachment content is decoded by its format: eml as text, base64 as bytes (never UTF-8 text)', () => {
    const latin1 = Uint8Array.from([0x53, 0x75, 0x62, 0x6a, 0xe9, 0xff, 0x00, 0x80]);
    const bytes = decodeAttachmentContent({ format: 'base64', content: Buffer.from(latin1).toString('base64') });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...(bytes as Uint8Array)]).toEqual([...latin1]);
    expect(decodeAttachmentContent({ format: 'eml', content: 'Subject: x\r\n\r\nbody' })).toBe('Subject: x\r\n\r\nbody');
    expect(decodeAttachmentContent({ format: 'url', content: 'https://example.com/x' })).toBeNull();
    expect(decodeAttachmentContent({ format: 'eml', content: '' })).toBeNull();
  });

  test('a bounce is told from a returned original, in text and in .msg bytes', () => {
    expect(looksLikeBounce(sample('ms-5.7.367-relay-pool.eml'))).toBe(true);
    expect(looksLikeBounce('From: a@b.example\r\nSubject: Quarterly figures\r\n\r\nHi')).toBe(false);
    expect(looksLikeBounce(msgFile({ '001A': 'REPORT.IPM.Note.NDR' }))).toBe(true);
    expect(looksLikeBounce(msgFile({ '001A': 'IPM.Note', '0037': 'Lunch' }))).toBe(false);
  });
});

describe('3. turning the draft into the report', () => {
  test('an HTML draft gets the HTML report without inline styles, body first, then To and subject', async () => {
    const { calls, sim } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    const html = '<div><h3>Failed recipients</h3><p>dana@fabrikam.example</p></div>';
    expect(await turnDraftIntoReport({ ...content, html })).toEqual({ kind: 'compose-updated', addressed: true });
    expect(calls.calls).toEqual(['body.getTypeAsync', 'body.prependAsync', 'to.setAsync', 'subject.setAsync']);
    expect(calls.prepend[0]).toEqual({ html: `${html}<hr>`, options: { coercionType: 'html' } });
    expect(calls.prepend[0]?.html).not.toMatch(/style=/);
    expect(sim.composeState()).toMatchObject({ to: ['it@contoso.example'], subject: content.subject });
  });

  test('a plain-text draft gets the text report in a text body', async () => {
    const { calls, sim } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml'), composeBodyType: 'text' });
    const out = await turnDraftIntoReport({ ...content, text: 'Hello IT helpdesk,\nA message I sent bounced.' });
    expect(out).toEqual({ kind: 'compose-updated', addressed: true });
    expect(calls.prepend[0]?.options).toEqual({ coercionType: 'text' });
    expect(calls.prepend[0]?.html).not.toMatch(/</);
    expect(sim.composeState().text.startsWith('Hello IT helpdesk,\nA message I sent bounced.')).toBe(true);
  });

  test('a refused insert leaves To and the subject untouched', async () => {
    const { calls, sim } = installOutlookMock({
      mode: 'compose',
      eml: sample('ms-5.7.367-relay-pool.eml'),
      fail: { 'body.prependAsync': 'The operation failed.' },
    });
    const out = await turnDraftIntoReport(content);
    expect(out.kind).toBe('fallback');
    expect(calls.to).toEqual([]);
    expect(calls.subject).toEqual([]);
    expect(sim.composeState()).toMatchObject({ to: [], subject: 'FW: Undeliverable: Quarterly figures' });
  });

  test('HTML into a text body is refused by Outlook, so the body type is checked first', async () => {
    const { calls } = installOutlookMock({
      mode: 'compose',
      eml: sample('ms-5.7.367-relay-pool.eml'),
      composeBodyType: 'text',
      fail: { 'body.getTypeAsync': 'unavailable' },
    });
    // Without a known type the text form is used: it fits either body.
    expect(await turnDraftIntoReport(content)).toEqual({ kind: 'compose-updated', addressed: true });
    expect(calls.prepend[0]?.options).toEqual({ coercionType: 'text' });
  });

  test('a refused subject after the body: the report is in, the caller learns it is not addressed', async () => {
    const { calls } = installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml'), fail: { 'subject.setAsync': 'no' } });
    expect(await turnDraftIntoReport(content)).toEqual({ kind: 'compose-updated', addressed: false });
    expect(calls.prepend).toHaveLength(1);
  });

  test('a draft already turned into the report is read again as the forwarded bounce alone', async () => {
    installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    const first = await analyze((await readDraft()).input ?? '');
    const report = buildReport(first, explain(first, { catalogue: EN }), { catalogue: EN });
    await turnDraftIntoReport({ to: 'it@contoso.example', subject: report.subject, html: report.html, text: report.text });
    const again = await readDraft();
    expect(typeof again.input === 'string' && again.input.includes('Hello IT helpdesk')).toBe(false);
    const r = await analyze(again.input ?? '');
    expect(r.recipients.map((x) => [x.address, x.status])).toEqual(first.recipients.map((x) => [x.address, x.status]));
  });

  test('compose mode is known to the pane (pasted text then writes into this draft)', () => {
    installOutlookMock({ mode: 'compose', eml: sample('ms-5.7.367-relay-pool.eml') });
    expect(isComposing()).toBe(true);
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    expect(isComposing()).toBe(false);
  });
});

describe('4. frozen items', () => {
  test('selecting another message on a delivery report fires no event and keeps the same item', async () => {
    const { sim, mock } = installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const before = mock.context.mailbox.item;
    const state = JSON.stringify(currentItem());
    const seen: number[] = [];
    const stop = watchSelection(() => seen.push(1), 20);
    sim.selectOtherSilently();
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(sim.outlookSelection()).toBe('Lunch on Friday?');
    expect(mock.context.mailbox.item).toBe(before);
    expect(JSON.stringify(currentItem())).toBe(state);
    expect(seen).toEqual([]);
  });

  test('the analysed message has a subject and a time to show', () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const state = currentItem();
    expect(state.kind === 'read' && state.info).toMatchObject({
      subject: 'Undeliverable: Quarterly figures',
      date: '2026-11-19T09:12:44.000Z',
      isReport: true,
    });
  });
});

describe('5. what Exchange gives getAsFileAsync: rebuilt DSNs', () => {
  test.each([
    ['rebuilt-5.7.367-supplementary-only.eml', 'dana@fabrikam.example', '5.7.367', 'norelaying'],
    ['rebuilt-5.7.367-status-coarsened.eml', 'dana@fabrikam.example', '5.7.367', 'norelaying'],
    ['rebuilt-5.1.10-supplementary-only.eml', 'lee.chen@northwind.example', '5.1.10', 'userunknown'],
  ])('%s: the coarsened Status yields the specific code', async (file, address, status, reason) => {
    installOutlookMock({ mode: 'read', eml: fixture(file) });
    const out = await readSelected();
    expect(out.route).toBe('file');
    const r = await analyze(out.input ?? '');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({ address, status, reason });
    expect(r.recipients[0]?.evidence).toContainEqual({ rule: 'codes:text-refines-coarsened-field', text: status });
  });
});

describe('7. the simulated Outlook behaves like the real one', () => {
  test('a restricted item is a host dialog; afterwards the item is readable', async () => {
    const { calls } = installOutlookMock({ mode: 'restricted', eml: sample('ms-5.7.367-relay-pool.eml') });
    expect(calls.hostDialogs).toEqual(['Restricted item']);
    expect(currentItem().kind).toBe('read');
    expect((await readSelected()).route).toBe('file');
  });

  test('null items and items that throw are states, not exceptions', () => {
    installOutlookMock({ mode: 'none' });
    expect(currentItem()).toEqual({ kind: 'none' });
    installOutlookMock({ mode: 'read', itemThrows: true });
    expect(currentItem().kind).toBe('restricted');
  });

  test('mobile: Mailbox 1.5 read mode, no compose forms, no theme, no 1.8+ calls', async () => {
    installOutlookMock({ mode: 'compose', eml: sample('postfix-mailbox-full.eml'), client: 'mobile' });
    const o = (globalThis as unknown as { Office: { context: { mailbox: Record<string, unknown>; officeTheme?: unknown } } }).Office;
    expect(currentItem().kind).toBe('read');
    expect(o.context.mailbox.displayNewMessageForm).toBeUndefined();
    expect(o.context.mailbox.displayNewMessageFormAsync).toBeUndefined();
    expect(o.context.officeTheme).toBeUndefined();
    const out = await readSelected();
    expect(out.attempts.map((a) => a.route)).toEqual(['body-text']);
    expect((await analyze(out.input ?? '')).recipients[0]?.status).toBe('5.2.2');
  });

  test('OfficeThemeChanged is simulated and the pane follows it', () => {
    const { sim } = installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    const seen: boolean[] = [];
    const stop = watchTheme((dark) => seen.push(dark));
    sim.changeTheme(true);
    sim.changeTheme(false);
    stop();
    sim.changeTheme(true);
    expect(seen).toEqual([true, false]);
  });
});

describe('the mailto: fallback', () => {
  test('a mailto: link stays short enough for mail clients', () => {
    const link = mailtoLink({ ...content, text: 'long line of report text '.repeat(1000) });
    expect(link.length).toBeLessThanOrEqual(1800);
    expect(link.startsWith('mailto:it%40contoso.example?subject=Bounce%3A')).toBe(true);
  });

  test('a cut that lands inside an emoji never throws and never splits it', () => {
    for (let pad = 0; pad < 12; pad++) {
      const text = `${'x'.repeat(pad)}${'\u{1F469}\u200D\u{1F4BB} \u{1F4E7}'.repeat(400)}`;
      const link = mailto({ ...content, text }, 900, '[cut]');
      expect(link.cut).toBe(true);
      expect(link.href.length).toBeLessThanOrEqual(900);
      const body = decodeURIComponent(link.href.split('&body=')[1] ?? '');
      expect(body.endsWith('\n[cut]')).toBe(true);
      expect(body).not.toMatch(/\u200D\n/);
    }
  });

  test('lone surrogates from a hostile bounce do not make it throw', () => {
    expect(() => mailtoLink({ ...content, subject: 'a\uD800b', text: `x\uDC00y${'\uD83D'.repeat(3000)}` })).not.toThrow();
  });
});

describe('helpdesk address', () => {
  test('user setting, then the URL parameter, then config.json', async () => {
    const { calls } = installOutlookMock({ mode: 'none' });
    expect(await resolveHelpdesk('', configFetch('org@contoso.example'))).toEqual({ address: 'org@contoso.example', source: 'config' });
    expect(await resolveHelpdesk('?helpdesk=url%40contoso.example', configFetch('org@contoso.example'))).toEqual({
      address: 'url@contoso.example',
      source: 'url',
    });
    calls.roaming.set('helpdeskAddress', 'mine@contoso.example');
    expect(await resolveHelpdesk('?helpdesk=url%40contoso.example', configFetch('org@contoso.example'))).toEqual({
      address: 'mine@contoso.example',
      source: 'user',
    });
  });

  test('an invalid parameter or a missing config is ignored', async () => {
    installOutlookMock({ mode: 'none' });
    expect(await resolveHelpdesk('?helpdesk=%3Cscript%3E', configFetch(null))).toEqual({ address: null, source: 'none' });
  });
});
