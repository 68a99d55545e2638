/**
 * @jest-environment jsdom
 */
import { currentItem, mailtoLink, openNewMessage, resolveHelpdesk } from '../../src/office';
import { officeCall, OfficeCallError, withTimeout } from '../../src/office/timeout';
import { configFetch, installOutlookMock, sample } from '../taskpane/outlook-mock';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe('calls to Office', () => {
  test('a call that never answers is cut off by its timeout', async () => {
    jest.useFakeTimers();
    const pending = withTimeout('never', new Promise<never>(() => undefined), 500);
    jest.advanceTimersByTime(501);
    await expect(pending).rejects.toThrow('never: no answer within 500 ms');
  });

  test('a failed Office result becomes a typed error with its code', async () => {
    const err = await officeCall<string>('getAsFileAsync', (cb) =>
      cb({ status: 'failed', value: '', error: { code: 9020, message: 'Generic error' } }),
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
});

describe('the selected item', () => {
  test('a delivery report is recognised by its message class', () => {
    installOutlookMock({ mode: 'read', eml: sample('ms-5.7.367-relay-pool.eml') });
    const state = currentItem();
    expect(state.kind).toBe('read');
    expect(state.kind === 'read' && state.info.isReport).toBe(true);
  });

  test('null and restricted items are states, not exceptions', () => {
    installOutlookMock({ mode: 'none' });
    expect(currentItem()).toEqual({ kind: 'none' });
    installOutlookMock({ mode: 'restricted' });
    expect(currentItem().kind).toBe('restricted');
  });
});

describe('drafting', () => {
  const content = { to: 'it@contoso.example', subject: 'Bounce: 550 5.1.1 sending to a@b.example', html: '<p>x</p>', text: 'x' };

  test('the bounce is attached only when it is still the selected item', async () => {
    const { calls } = installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml') });
    await openNewMessage(content, 'AAMkAGI2-bounce-1');
    await openNewMessage(content, 'some-other-item');
    await openNewMessage(content, null);
    expect(calls.newForms.map((f) => (f.attachments as unknown[]).length)).toEqual([1, 0, 0]);
  });

  test('without compose forms the caller is told to fall back', async () => {
    installOutlookMock({ mode: 'read', eml: sample('postfix-mailbox-full.eml'), mailboxMinor: 5 });
    expect(await openNewMessage(content, null)).toMatchObject({ kind: 'fallback' });
  });

  test('a mailto: link stays short enough for mail clients', () => {
    const link = mailtoLink({ ...content, text: 'long line of report text '.repeat(1000) });
    expect(link.length).toBeLessThanOrEqual(1800);
    expect(link.startsWith('mailto:it%40contoso.example?subject=Bounce%3A')).toBe(true);
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

describe('theme', () => {
  test('the pane follows OfficeThemeChanged', async () => {
    const { watchTheme } = await import('../../src/office');
    installOutlookMock({ mode: 'none' });
    const o = (
      globalThis as unknown as {
        Office: {
          EventType: Record<string, string>;
          context: { officeTheme?: { bodyBackgroundColor: string }; mailbox: { addHandlerAsync: unknown } };
        };
      }
    ).Office;
    const handlers: Array<() => void> = [];
    o.EventType.OfficeThemeChanged = 'officeThemeChanged';
    o.context.mailbox.addHandlerAsync = (_type: string, h: () => void) => void handlers.push(h);
    const seen: boolean[] = [];
    const stop = watchTheme((dark) => seen.push(dark));
    o.context.officeTheme = { bodyBackgroundColor: '#1f1f1f' };
    handlers.forEach((h) => h());
    o.context.officeTheme = { bodyBackgroundColor: '#ffffff' };
    handlers.forEach((h) => h());
    stop();
    expect(seen).toEqual([true, false]);
  });
});
