/**
 * A simulated Outlook for the playground: a typed stand-in for the parts of Office.js the add-in
 * uses, fed with a sample bounce. It records what the pane asks Outlook to do (a new message form,
 * changes to a draft) so the page can show the resulting draft. Nothing leaves the page.
 */
import PostalMime from 'postal-mime';

export type StubMode = 'read' | 'compose' | 'restricted' | 'none';

export interface StubOptions {
  readonly mode: StubMode;
  /** The raw message behind the selected item (or the forwarded bounce in compose mode). */
  readonly eml: string | null;
  readonly name: string;
  /** Minor version of the highest Mailbox requirement set to claim: 5 simulates mobile (no compose forms). */
  readonly mailboxMinor: number;
  readonly dark: boolean;
  readonly user: string;
  /**
   * Compose mode only: how the Forward's body is served. Unset: the bounce attached as an item
   * (the original behaviour). `text` / `html`: as Outlook forwards it, inline after a header
   * block, served as plain text or as HTML (`?mode=compose&body=html`), with no attachment.
   */
  readonly body?: 'text' | 'html';
}

export interface Draft {
  readonly via: 'new-form' | 'compose';
  readonly to: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly string[];
}

type Callback<T> = (r: { status: 'succeeded' | 'failed'; value: T; error?: { code: number; message: string } }) => void;

const ok = <T>(cb: Callback<T> | undefined, value: T): void => {
  setTimeout(() => cb?.({ status: 'succeeded', value }), 0);
};

function lastCallback<T>(args: readonly unknown[]): Callback<T> | undefined {
  const f = args[args.length - 1];
  return typeof f === 'function' ? (f as Callback<T>) : undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export interface Stub {
  readonly drafts: Draft[];
  /** Simulates the user selecting another message without Outlook telling the pane. */
  selectOtherSilently(): void;
}

export async function installOfficeStub(opts: StubOptions, onDraft: (d: Draft) => void): Promise<Stub> {
  const parsed = opts.eml === null ? null : await PostalMime.parse(opts.eml, { forceRfc822Attachments: true });
  const text = parsed?.text ?? '';
  const html = parsed?.html ?? '';
  const isReport = /multipart\/report/i.test(opts.eml?.slice(0, 4000) ?? '');
  const drafts: Draft[] = [];
  const handlers = new Map<string, (arg: unknown) => void>();
  const roaming = new Map<string, unknown>();
  let current: unknown = null;
  const supported = (set: string, version: string): boolean =>
    set === 'Mailbox' && Number(version.split('.')[1] ?? '99') <= opts.mailboxMinor;

  const readItem = {
    itemId: `AAMkADsample-${opts.name}`.slice(0, 100),
    itemClass: isReport ? 'REPORT.IPM.Note.NDR' : 'IPM.Note',
    itemType: 'message',
    subject: parsed?.subject ?? '',
    from: { emailAddress: parsed?.from?.address ?? '', displayName: parsed?.from?.name ?? '' },
    dateTimeCreated: parsed?.date !== undefined ? new Date(parsed.date) : new Date(),
    internetMessageId: parsed?.messageId ?? '',
    attachments: [],
    body: {
      getAsync: (...args: unknown[]) => ok(lastCallback<string>(args), args[0] === 'html' ? html : text),
    },
    getAsFileAsync: (...args: unknown[]) => ok(lastCallback<string>(args), toBase64(opts.eml ?? '')),
    getAllInternetHeadersAsync: (...args: unknown[]) => ok(lastCallback<string>(args), (opts.eml ?? '').split(/\r?\n\r?\n/, 1)[0] ?? ''),
    getAttachmentContentAsync: (...args: unknown[]) =>
      ok(lastCallback<{ format: string; content: string }>(args), { format: 'eml', content: '' }),
  };

  // Compose: a Forward of the bounce, with the bounce quoted in the body and attached as an item.
  let composeSubject = `FW: ${parsed?.subject ?? ''}`;
  let composeTo: string[] = [];
  const fwdFrom = parsed?.from?.address ?? '';
  const fwdDate = parsed?.date ?? '';
  let composeBody =
    opts.body === 'html'
      ? `<div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> ${escapeHtml(fwdFrom)}<br><b>Sent:</b> ${escapeHtml(fwdDate)}<br><b>To:</b> ${escapeHtml(opts.user)}<br><b>Subject:</b> ${escapeHtml(parsed?.subject ?? '')}</div><div>${html !== '' ? html : `<pre>${escapeHtml(text)}</pre>`}</div>`
      : opts.body === 'text'
        ? `\n\n________________________________\nFrom: ${fwdFrom}\nSent: ${fwdDate}\nTo: ${opts.user}\nSubject: ${parsed?.subject ?? ''}\n\n${text}`
        : `\n\n-----Original Message-----\nFrom: ${fwdFrom}\nSubject: ${parsed?.subject ?? ''}\n\n${text}`;
  const composeItem = {
    itemType: 'message',
    subject: {
      getAsync: (...args: unknown[]) => ok(lastCallback<string>(args), composeSubject),
      setAsync: (value: string, ...rest: unknown[]) => {
        composeSubject = value;
        ok(lastCallback<void>(rest), undefined);
        publishCompose();
      },
    },
    to: {
      getAsync: (...args: unknown[]) =>
        ok(
          lastCallback<Array<{ emailAddress: string }>>(args),
          composeTo.map((a) => ({ emailAddress: a })),
        ),
      setAsync: (value: string[], ...rest: unknown[]) => {
        composeTo = value;
        ok(lastCallback<void>(rest), undefined);
        publishCompose();
      },
    },
    body: {
      getAsync: (...args: unknown[]) => ok(lastCallback<string>(args), composeBody),
      prependAsync: (value: string, ...rest: unknown[]) => {
        composeBody = `${value}${composeBody}`;
        ok(lastCallback<void>(rest), undefined);
        publishCompose();
      },
    },
    getAttachmentsAsync: (...args: unknown[]) =>
      ok(
        lastCallback<unknown[]>(args),
        opts.body !== undefined
          ? []
          : [{ id: 'att-bounce', name: `${parsed?.subject ?? 'bounce'}.eml`, attachmentType: 'item', isInline: false }],
      ),
    getAttachmentContentAsync: (...args: unknown[]) =>
      ok(lastCallback<{ format: string; content: string }>(args), { format: 'eml', content: opts.eml ?? '' }),
  };

  function publishCompose(): void {
    const d: Draft = { via: 'compose', to: composeTo, subject: composeSubject, htmlBody: composeBody, attachments: ['bounce (forwarded)'] };
    drafts.push(d);
    onDraft(d);
  }

  current = opts.mode === 'read' ? readItem : opts.mode === 'compose' ? composeItem : null;

  const showForm = (form: {
    toRecipients?: string[];
    subject?: string;
    htmlBody?: string;
    attachments?: Array<{ name: string }>;
  }): void => {
    if ((form.htmlBody ?? '').length > 32 * 1024) throw new Error('htmlBody exceeds 32 KB');
    const d: Draft = {
      via: 'new-form',
      to: form.toRecipients ?? [],
      subject: form.subject ?? '',
      htmlBody: form.htmlBody ?? '',
      attachments: (form.attachments ?? []).map((a) => a.name),
    };
    drafts.push(d);
    onDraft(d);
  };

  const mailbox = {
    get item(): unknown {
      if (opts.mode === 'restricted') throw new Error('Restricted item: this item can\u2019t be opened by add-ins.');
      return current;
    },
    userProfile: { emailAddress: opts.user, displayName: 'Alex Wilber', accountType: 'office365', timeZone: 'UTC' },
    diagnostics: { hostName: 'OutlookWebApp (simulated)', hostVersion: '15.20.0000.000', OWAView: 'ThreeColumns' },
    addHandlerAsync: (type: string, handler: (arg: unknown) => void, ...rest: unknown[]) => {
      handlers.set(type, handler);
      ok(lastCallback<void>(rest), undefined);
    },
    removeHandlerAsync: (type: string, ...rest: unknown[]) => {
      handlers.delete(type);
      ok(lastCallback<void>(rest), undefined);
    },
    ...(opts.mailboxMinor >= 9
      ? {
          displayNewMessageFormAsync: (form: Parameters<typeof showForm>[0], ...rest: unknown[]) => {
            showForm(form);
            ok(lastCallback<void>(rest), undefined);
          },
        }
      : {}),
    ...(opts.mailboxMinor >= 6 ? { displayNewMessageForm: (form: Parameters<typeof showForm>[0]) => showForm(form) } : {}),
  };

  const stub = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', DragAndDropEvent: 'olkDragAndDropEvent' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      mailbox,
      displayLanguage: 'en-US',
      platform: 'OfficeOnline',
      requirements: { isSetSupported: supported },
      officeTheme: { bodyBackgroundColor: opts.dark ? '#1f1f1f' : '#ffffff', bodyForegroundColor: opts.dark ? '#ffffff' : '#000000' },
      roamingSettings: {
        get: (k: string) => roaming.get(k),
        set: (k: string, v: unknown) => void roaming.set(k, v),
        remove: (k: string) => void roaming.delete(k),
        saveAsync: (...args: unknown[]) => ok(lastCallback<void>(args), undefined),
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = stub;
  return {
    drafts,
    selectOtherSilently: () => {
      current = { ...readItem, itemId: 'AAMkADsample-other', subject: 'Lunch on Friday?' };
    },
  };
}
