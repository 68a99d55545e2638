/** Builds an Outlook mock (office-addin-mock, host "outlook") around a sample bounce. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';

export const SAMPLES = path.resolve(__dirname, '../../assets/samples');
export const sample = (name: string): string => readFileSync(path.join(SAMPLES, name), 'utf8');

type Cb = (r: { status: string; value?: unknown; error?: { code: number; message: string } }) => void;
const last = (args: unknown[]): Cb => args[args.length - 1] as Cb;
const ok = (args: unknown[], value?: unknown): void => last(args)({ status: 'succeeded', value });

export interface MockOptions {
  mode: 'read' | 'compose' | 'none' | 'restricted';
  eml?: string;
  /** Text body for the read ladder when the file route is unavailable. */
  bodyText?: string;
  mailboxMinor?: number;
  /** Make getAsFileAsync fail (as it does on some items). */
  fileFails?: boolean;
}

export interface Calls {
  newForms: Array<Record<string, unknown>>;
  to: string[][];
  subject: string[];
  prepend: Array<{ html: string; options: unknown }>;
  roaming: Map<string, unknown>;
}

export function installOutlookMock(o: MockOptions): { calls: Calls; mock: { context: { mailbox: { item: unknown } } } } {
  const calls: Calls = { newForms: [], to: [], subject: [], prepend: [], roaming: new Map() };
  const minor = o.mailboxMinor ?? 14;
  const eml = o.eml ?? '';
  const readItem = {
    itemId: 'AAMkAGI2-bounce-1',
    itemClass: 'REPORT.IPM.Note.NDR',
    subject: /^Subject: (.*)$/m.exec(eml)?.[1] ?? 'Undeliverable',
    from: { emailAddress: 'postmaster@contoso.example', displayName: 'Microsoft Outlook' },
    dateTimeCreated: new Date('2026-11-19T09:12:44Z'),
    attachments: [],
    body: { getAsync: (...args: unknown[]) => ok(args, o.bodyText ?? '') },
    getAsFileAsync: (...args: unknown[]) =>
      o.fileFails === true
        ? last(args)({ status: 'failed', error: { code: 9020, message: 'Generic error' } })
        : ok(args, Buffer.from(eml).toString('base64')),
    getAllInternetHeadersAsync: (...args: unknown[]) => ok(args, eml.split(/\n\n/, 1)[0] ?? ''),
    getAttachmentContentAsync: (...args: unknown[]) => ok(args, { format: 'eml', content: '' }),
  };
  const composeItem = {
    subject: {
      getAsync: (...args: unknown[]) => ok(args, 'FW: Undeliverable'),
      setAsync: (value: string, ...args: unknown[]) => {
        calls.subject.push(value);
        ok(args);
      },
    },
    to: {
      setAsync: (value: string[], ...args: unknown[]) => {
        calls.to.push(value);
        ok(args);
      },
    },
    body: {
      getAsync: (...args: unknown[]) => ok(args, o.bodyText ?? ''),
      prependAsync: (html: string, options: unknown, ...args: unknown[]) => {
        calls.prepend.push({ html, options });
        ok(args);
      },
    },
    getAttachmentsAsync: (...args: unknown[]) =>
      ok(args, eml === '' ? [] : [{ id: 'att1', name: 'Undeliverable.eml', attachmentType: 'item' }]),
    getAttachmentContentAsync: (...args: unknown[]) => ok(args, { format: 'eml', content: eml }),
  };
  const mailbox: Record<string, unknown> = {
    // office-addin-mock cannot take a null in its data: the empty states are set after construction.
    item: o.mode === 'read' ? readItem : o.mode === 'compose' ? composeItem : {},
    userProfile: { emailAddress: 'alex@contoso.example' },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: '15.20' },
    addHandlerAsync: (...args: unknown[]) => {
      if (typeof args[args.length - 1] === 'function' && args.length > 2) ok(args);
    },
    removeHandlerAsync: () => undefined,
  };
  if (minor >= 9) {
    mailbox.displayNewMessageFormAsync = (form: Record<string, unknown>, ...args: unknown[]) => {
      calls.newForms.push(form);
      ok(args);
    };
  }
  if (minor >= 6) mailbox.displayNewMessageForm = (form: Record<string, unknown>) => void calls.newForms.push(form);
  const mock = new OfficeMockObject({
    host: 'outlook',
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    context: {
      mailbox,
      displayLanguage: 'en-US',
      platform: 'OfficeOnline',
      requirements: { isSetSupported: (set: string, v: string) => set === 'Mailbox' && Number(v.split('.')[1] ?? '99') <= minor },
      roamingSettings: {
        get: (k: string) => calls.roaming.get(k),
        set: (k: string, v: unknown) => void calls.roaming.set(k, v),
        remove: (k: string) => void calls.roaming.delete(k),
        saveAsync: (...args: unknown[]) => ok(args),
      },
    },
  }) as unknown as { context: { mailbox: { item: unknown } } };
  if (o.mode === 'none') mock.context.mailbox.item = null;
  if (o.mode === 'restricted') {
    Object.defineProperty(mock.context.mailbox, 'item', {
      get: () => {
        throw new Error('Restricted item');
      },
    });
  }
  (globalThis as { Office?: unknown }).Office = mock;
  return { calls, mock };
}

/** A fetch that serves only config.json, as the add-in's own origin would. */
export const configFetch =
  (helpdesk: string | null): typeof fetch =>
  (url: RequestInfo | URL) => {
    const href = typeof url === 'string' ? url : 'href' in url ? url.href : url.url;
    if (href.endsWith('config.json') && helpdesk !== null)
      return Promise.resolve({ ok: true, json: () => Promise.resolve({ helpdesk }) } as Response);
    return Promise.resolve({ ok: false, json: () => Promise.resolve({}) } as Response);
  };
