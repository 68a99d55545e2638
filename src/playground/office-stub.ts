/**
 * The one simulated Outlook, shared by the playground (`npm start`) and the tests (wrapped in
 * office-addin-mock there). It models what real clients do, as documented and as reported in
 * office-js issues, not what would be convenient:
 * - item ids have the real EWS length (about 150 characters); item attachments take ids up to 200;
 * - "Restricted item" is a host dialog shown before the pane loads; afterwards the item is readable;
 * - compose mode is an inline Forward by default: the bounce's text in the body (HTML on web and new
 *   Outlook), the returned original as the only attachment; forward-as-attachment is its own mode;
 * - attachment content comes as `eml` text for item attachments and `base64` for files;
 * - `prependAsync` drops inline `style=` attributes; HTML into a text body is refused;
 * - selecting another message on a delivery report fires no event and leaves `mailbox.item` as it was;
 * - `OfficeThemeChanged` fires when the theme changes; mobile is Mailbox 1.5 read mode with no
 *   compose forms, no theme and no 1.8+ APIs.
 * It records what the pane asks Outlook to do (new message forms, changes to the draft). Nothing
 * leaves the page.
 */
import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';

export type SimMode = 'read' | 'compose' | 'restricted' | 'none';
/** web = Outlook on the web, new = new Outlook for Windows, classic = classic Outlook for Windows. */
export type SimClient = 'web' | 'new' | 'classic' | 'mac' | 'mobile' | 'old';
export type ForwardKind = 'inline' | 'attachment';
export type SimApi =
  | 'getAsFileAsync'
  | 'body.getAsync'
  | 'body.getTypeAsync'
  | 'body.prependAsync'
  | 'getAllInternetHeadersAsync'
  | 'getAttachmentsAsync'
  | 'getAttachmentContentAsync'
  | 'to.setAsync'
  | 'subject.setAsync'
  | 'displayNewMessageFormAsync'
  | 'displayNewMessageForm'
  | 'roamingSettings.saveAsync';

export interface SimAttachment {
  readonly id: string;
  readonly name: string;
  readonly attachmentType: 'file' | 'item';
  readonly contentType: string;
  /** How getAttachmentContentAsync hands it out: item attachments as EML text, files as base64. */
  readonly format: 'eml' | 'base64';
  readonly content: string;
}

export interface SimOptions {
  readonly mode: SimMode;
  /** The raw message behind the selected item (in compose mode: the bounce being forwarded). */
  readonly eml?: string | null;
  /** The same message already parsed (the playground parses once with postal-mime). */
  readonly parsed?: Email | null;
  readonly client?: SimClient;
  /** Overrides the client's highest Mailbox requirement set (minor version). */
  readonly mailboxMinor?: number;
  readonly forward?: ForwardKind;
  /** The draft's body type; web, new and classic Outlook compose HTML by default. */
  readonly composeBodyType?: 'html' | 'text';
  readonly dark?: boolean;
  readonly user?: string;
  readonly itemId?: string;
  /** Outlook's text rendering of the selected item's body, when a test needs a specific one. */
  readonly bodyText?: string;
  /** Calls Outlook refuses, with the error message it gives. */
  readonly fail?: Partial<Record<SimApi, string>>;
  /** Delay of every callback, to simulate a slow Outlook. */
  readonly latencyMs?: number;
  /** Attachments of the item or draft, replacing the ones the simulation derives from the message. */
  readonly attachments?: readonly SimAttachment[];
  /** Attachment content comes back empty (new Outlook does this at times). */
  readonly emptyAttachmentContent?: boolean;
  /** New message forms refuse item attachments (as they may for report items). */
  readonly refuseItemAttachments?: boolean;
  /** Reading `mailbox.item` throws (not seen in current clients; kept for the adapter's guard). */
  readonly itemThrows?: boolean;
  /** Outlook's display language (`Office.context.displayLanguage`), a BCP 47 tag; en-US by default. */
  readonly displayLanguage?: string;
}

export interface Draft {
  readonly via: 'new-form' | 'compose';
  readonly to: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly string[];
}

/** Everything the pane asked Outlook to do, in order. */
export interface SimRecord {
  readonly newForms: Array<Record<string, unknown>>;
  readonly to: string[][];
  readonly subject: string[];
  readonly prepend: Array<{ html: string; options: unknown }>;
  readonly roaming: Map<string, unknown>;
  readonly drafts: Draft[];
  /** Dialogs Outlook itself showed (e.g. "Restricted item"). */
  readonly hostDialogs: string[];
  /** Every Office API call by name, for ordering checks. */
  readonly calls: string[];
}

export interface SimulatedOutlook {
  /** The `Office` object to install (the tests wrap it in office-addin-mock first). */
  readonly office: Record<string, unknown>;
  readonly record: SimRecord;
  /** The user selects another message; on delivery reports Outlook tells the add-in nothing. */
  selectOtherSilently(): void;
  /** What the user sees selected in Outlook (the add-in cannot know). */
  readonly outlookSelection: () => string;
  /** The user switches Outlook's theme: officeTheme changes and OfficeThemeChanged fires. */
  changeTheme(dark: boolean): void;
  /** The current state of the draft in compose mode. */
  readonly composeState: () => { to: string[]; subject: string; html: string; text: string; type: 'html' | 'text' };
}

interface ClientProfile {
  readonly hostName: string;
  readonly platform: string;
  readonly minor: number;
}

const CLIENTS: Readonly<Record<SimClient, ClientProfile>> = {
  // Current clients go up to 1.15/1.16; 1.14 is the highest set the add-in uses.
  web: { hostName: 'OutlookWebApp', platform: 'OfficeOnline', minor: 14 },
  new: { hostName: 'newOutlookWindows', platform: 'OfficeOnline', minor: 14 },
  classic: { hostName: 'Outlook', platform: 'PC', minor: 14 },
  mac: { hostName: 'Outlook', platform: 'Mac', minor: 14 },
  mobile: { hostName: 'OutlookIOS', platform: 'iOS', minor: 5 },
  old: { hostName: 'Outlook', platform: 'Mac', minor: 8 },
};

interface AsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; name: string; message: string };
}
type Callback<T> = (r: AsyncResult<T>) => void;

function lastCallback<T>(args: readonly unknown[]): Callback<T> | undefined {
  const f = args[args.length - 1];
  return typeof f === 'function' ? (f as Callback<T>) : undefined;
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * An EWS item id of real length (152 characters: 114 bytes in base64), stable for a seed. Real
 * ones start with "AAMkA"; the runtime accepts up to 200 characters for item attachments.
 */
export function realItemId(seed: string): string {
  const bytes = new Uint8Array(114);
  bytes.set([0x00, 0x03, 0x24, 0x00]);
  let h = 2166136261;
  for (let i = 4; i < bytes.length; i++) {
    h = Math.imul(h ^ (seed.charCodeAt(i % Math.max(1, seed.length)) || i), 16777619) >>> 0;
    bytes[i] = h & 0xff;
  }
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Outlook's text rendering of HTML, roughly: block ends become line breaks, tags go. */
function htmlToText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/div|\/h\d|hr|\/li|\/tr)\b[^>]{0,200}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/** A header of the top-level message, unfolded (enough for the item's properties). */
function topHeader(eml: string, name: string): string | null {
  const head = eml.slice(0, Math.max(0, eml.search(/\r?\n\r?\n/))).replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im');
  return re.exec(head)?.[1]?.trim() ?? null;
}

interface MessageFacts {
  readonly subject: string;
  readonly fromAddress: string;
  readonly fromName: string;
  readonly date: Date;
  readonly messageId: string;
  readonly isReport: boolean;
}

function factsOf(eml: string, parsed: Email | null): MessageFacts {
  const from =
    parsed?.from?.address ??
    /<([^<>\s]{1,320})>|([^\s<>]{1,320}@[^\s<>]{1,320})/
      .exec(topHeader(eml, 'From') ?? '')
      ?.slice(1)
      .find((x) => x !== undefined) ??
    '';
  const dateText = parsed?.date ?? topHeader(eml, 'Date');
  const date = dateText === null ? new Date('2026-11-19T09:12:44Z') : new Date(dateText);
  return {
    subject: parsed?.subject ?? topHeader(eml, 'Subject') ?? '',
    fromAddress: from,
    fromName: parsed?.from?.name ?? '',
    date: Number.isNaN(date.getTime()) ? new Date('2026-11-19T09:12:44Z') : date,
    messageId: parsed?.messageId ?? topHeader(eml, 'Message-ID') ?? '',
    // Exchange turns a well-formed RFC 3464 report into a report item.
    isReport: /multipart\/report/i.test(eml.slice(0, 8000)),
  };
}

function bytesToBase64(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return toBase64(content);
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function textOf(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** The attachments Outlook shows for a message: returned originals as items, other parts as files. */
function attachmentsOf(parsed: Email | null): SimAttachment[] {
  // Outlook keeps no DSN part when it forwards a report; what remains is the returned original.
  const kept = (parsed?.attachments ?? []).filter((a) => !/^message\/(?:global-)?delivery-status$/i.test(a.mimeType));
  return kept.map((a, i) => {
    const isItem = a.mimeType === 'message/rfc822' || a.mimeType === 'text/rfc822-headers';
    const content = isItem ? textOf(a.content) : bytesToBase64(a.content);
    const subject = isItem ? (topHeader(content.replace(/^\s+/, ''), 'Subject') ?? 'Original message') : '';
    return {
      id: `att-${i + 1}`,
      name: isItem ? subject : (a.filename ?? `ATT0000${i + 1}`),
      attachmentType: isItem ? 'item' : 'file',
      contentType: isItem ? 'message/rfc822' : a.mimeType,
      format: isItem ? 'eml' : 'base64',
      content,
    } satisfies SimAttachment;
  });
}

export function createSimulatedOutlook(opts: SimOptions, onDraft: (d: Draft) => void = () => undefined): SimulatedOutlook {
  const profile = CLIENTS[opts.client ?? 'web'];
  const minor = opts.mailboxMinor ?? profile.minor;
  const eml = opts.eml ?? '';
  const parsed = opts.parsed ?? null;
  // Bodies come from a full parse; it runs once, when first needed.
  let parsing: Promise<Email | null> | null = parsed !== null ? Promise.resolve(parsed) : null;
  const parse = (): Promise<Email | null> =>
    (parsing ??= eml === '' ? Promise.resolve(null) : PostalMime.parse(eml, { forceRfc822Attachments: true }).catch(() => null));
  const facts = factsOf(eml, parsed);
  const mobile = minor < 6;
  // Phones have no compose forms: the add-in only appears in read mode there.
  const mode: SimMode = mobile && opts.mode === 'compose' ? 'read' : opts.mode;
  const record: SimRecord = {
    newForms: [],
    to: [],
    subject: [],
    prepend: [],
    roaming: new Map(),
    drafts: [],
    hostDialogs: [],
    calls: [],
  };
  const handlers = new Map<string, Array<(arg: unknown) => void>>();
  let dark = opts.dark === true;
  let selection = facts.subject;

  /** Answers a callback after the simulated latency, failing when the options say so. */
  function answer<T>(api: SimApi | 'subject.getAsync' | 'to.getAsync', args: readonly unknown[], value: () => T | Promise<T>): void {
    record.calls.push(api);
    const cb = lastCallback<T>(args);
    const refusal = api === 'subject.getAsync' || api === 'to.getAsync' ? undefined : opts.fail?.[api];
    setTimeout(() => {
      if (refusal !== undefined) {
        cb?.({ status: 'failed', value: undefined as T, error: { code: 9020, name: 'GenericResponseError', message: refusal } });
        return;
      }
      void new Promise<T>((resolve) => resolve(value())).then(
        (v) => cb?.({ status: 'succeeded', value: v }),
        (e: unknown) =>
          cb?.({
            status: 'failed',
            value: undefined as T,
            error: { code: 9000, name: 'InvalidParameter', message: e instanceof Error ? e.message : String(e) },
          }),
      );
    }, opts.latencyMs ?? 0);
  }

  const has = (m: number): boolean => minor >= m;
  const itemAttachments = (p: Email | null): SimAttachment[] => [...(opts.attachments ?? attachmentsOf(p))];
  const contentOf = (list: readonly SimAttachment[], id: unknown): { format: string; content: string } => {
    const a = list.find((x) => x.id === id);
    if (a === undefined) throw new Error('The attachment was not found.');
    return { format: a.format, content: opts.emptyAttachmentContent === true ? '' : a.content };
  };

  const readItem: Record<string, unknown> = {
    itemId: opts.itemId ?? realItemId(`${facts.messageId}|${facts.subject}`),
    itemClass: facts.isReport ? 'REPORT.IPM.Note.NDR' : 'IPM.Note',
    itemType: 'message',
    subject: facts.subject,
    from: { emailAddress: facts.fromAddress, displayName: facts.fromName },
    dateTimeCreated: facts.date,
    internetMessageId: facts.messageId,
    attachments: (opts.attachments ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      attachmentType: a.attachmentType,
      contentType: a.contentType,
      size: a.content.length,
      isInline: false,
    })),
    body: {
      getAsync: (...args: unknown[]) =>
        answer('body.getAsync', args, async () => {
          const p = await parse();
          if (args[0] === 'html') return p?.html ?? escapeHtml(p?.text ?? '').replace(/\n/g, '<br>');
          return opts.bodyText ?? p?.text ?? htmlToText(p?.html ?? '');
        }),
    },
    ...(has(14) ? { getAsFileAsync: (...args: unknown[]) => answer('getAsFileAsync', args, () => toBase64(eml)) } : {}),
    ...(has(8)
      ? {
          // Only the item's own headers, never the DSN part's.
          getAllInternetHeadersAsync: (...args: unknown[]) =>
            answer('getAllInternetHeadersAsync', args, () => eml.slice(0, Math.max(0, eml.search(/\r?\n\r?\n/)))),
          getAttachmentContentAsync: (...args: unknown[]) =>
            answer('getAttachmentContentAsync', args, () => contentOf(opts.attachments ?? [], args[0])),
        }
      : {}),
  };

  // Compose: a Forward of the bounce. Inline (Outlook's default): the bounce's text under a header
  // block, the returned original as its attachment. As attachment: an empty body and the bounce as
  // an item attachment.
  const forward = opts.forward ?? 'inline';
  const bodyType = opts.composeBodyType ?? 'html';
  const sent = facts.date.toUTCString();
  let composeTo: string[] = [];
  let composeSubject = `FW: ${facts.subject}`;
  let composeHtml = '<div><br></div>';
  let composeText = '';
  let composeAttachments: SimAttachment[] | null = null;
  const composeReady: Promise<void> = (async () => {
    if (mode !== 'compose') return;
    const p = await parse();
    if (forward === 'attachment') {
      composeAttachments = opts.attachments
        ? [...opts.attachments]
        : [{ id: 'att-fwd', name: facts.subject, attachmentType: 'item', contentType: 'message/rfc822', format: 'eml', content: eml }];
      return;
    }
    composeAttachments = itemAttachments(p);
    const headerText = `From: ${facts.fromName || facts.fromAddress} <${facts.fromAddress}>\nSent: ${sent}\nTo: ${opts.user ?? ''}\nSubject: ${facts.subject}`;
    const text = p?.text ?? htmlToText(p?.html ?? '');
    composeText = `\n\n________________________________\n${headerText}\n\n${text}`;
    composeHtml =
      `<div><br></div><hr><div id="divRplyFwdMsg">${escapeHtml(headerText).replace(/\n/g, '<br>')}</div>` +
      `<div>${p?.html ?? escapeHtml(text).replace(/\n/g, '<br>')}</div>`;
  })();

  function publishCompose(): void {
    const d: Draft = {
      via: 'compose',
      to: [...composeTo],
      subject: composeSubject,
      htmlBody: bodyType === 'html' ? composeHtml : escapeHtml(composeText).replace(/\n/g, '<br>'),
      attachments: (composeAttachments ?? []).map((a) => a.name),
    };
    record.drafts.push(d);
    onDraft(d);
  }

  const composeItem: Record<string, unknown> = {
    itemType: 'message',
    itemId: '',
    subject: {
      getAsync: (...args: unknown[]) => answer('subject.getAsync', args, () => composeSubject),
      setAsync: (value: string, ...rest: unknown[]) =>
        answer('subject.setAsync', rest, () => {
          composeSubject = value;
          record.subject.push(value);
          publishCompose();
        }),
    },
    to: {
      getAsync: (...args: unknown[]) => answer('to.getAsync', args, () => composeTo.map((a) => ({ emailAddress: a, displayName: a }))),
      setAsync: (value: string[], ...rest: unknown[]) =>
        answer('to.setAsync', rest, () => {
          composeTo = [...value];
          record.to.push([...value]);
          publishCompose();
        }),
    },
    body: {
      getAsync: (...args: unknown[]) =>
        answer('body.getAsync', args, async () => {
          await composeReady;
          if (args[0] === 'html') return bodyType === 'html' ? composeHtml : escapeHtml(composeText).replace(/\n/g, '<br>');
          return bodyType === 'html' ? htmlToText(composeHtml) : composeText;
        }),
      getTypeAsync: (...args: unknown[]) => answer('body.getTypeAsync', args, () => bodyType),
      prependAsync: (value: string, ...rest: unknown[]) =>
        answer('body.prependAsync', rest, async () => {
          await composeReady;
          const o = rest.find((x): x is { coercionType?: string } => typeof x === 'object' && x !== null);
          const coercion = o?.coercionType ?? 'text';
          if (coercion === 'html' && bodyType === 'text') throw new Error('The body is plain text; HTML cannot be inserted.');
          record.prepend.push({ html: value, options: o ?? {} });
          if (coercion === 'html') {
            // prependAsync does not keep inline styles.
            composeHtml = `${value.replace(/\sstyle="[^"]{0,5000}"/gi, '')}${composeHtml}`;
          } else if (bodyType === 'html') composeHtml = `${escapeHtml(value).replace(/\n/g, '<br>')}${composeHtml}`;
          else composeText = `${value}${composeText}`;
          publishCompose();
        }),
    },
    ...(has(8)
      ? {
          getAttachmentsAsync: (...args: unknown[]) =>
            answer('getAttachmentsAsync', args, async () => {
              await composeReady;
              return (composeAttachments ?? []).map((a) => ({
                id: a.id,
                name: a.name,
                attachmentType: a.attachmentType,
                contentType: a.contentType,
                size: a.content.length,
                isInline: false,
              }));
            }),
          getAttachmentContentAsync: (...args: unknown[]) =>
            answer('getAttachmentContentAsync', args, async () => {
              await composeReady;
              return contentOf(composeAttachments ?? [], args[0]);
            }),
        }
      : {}),
  };

  const current: unknown = mode === 'read' || mode === 'restricted' ? readItem : mode === 'compose' ? composeItem : null;
  // New Outlook and Outlook on the web show this dialog for delivery reports, then load the pane.
  if (mode === 'restricted') record.hostDialogs.push('Restricted item');

  const showForm = (form: Record<string, unknown>): void => {
    const html = typeof form.htmlBody === 'string' ? form.htmlBody : '';
    if (html.length > 32 * 1024) throw new Error('The htmlBody parameter exceeds 32 KB.');
    const attachments = Array.isArray(form.attachments) ? (form.attachments as Array<{ name?: string; itemId?: string }>) : [];
    for (const a of attachments) {
      if (typeof a.itemId === 'string' && (a.itemId.length > 200 || a.itemId.length === 0)) throw new Error('The item id is not valid.');
      if (typeof a.itemId === 'string' && opts.refuseItemAttachments === true) throw new Error('The item cannot be attached.');
    }
    record.newForms.push(form);
    const d: Draft = {
      via: 'new-form',
      to: Array.isArray(form.toRecipients) ? (form.toRecipients as string[]) : [],
      subject: typeof form.subject === 'string' ? form.subject : '',
      htmlBody: html,
      attachments: attachments.map((a) => a.name ?? 'attachment'),
    };
    record.drafts.push(d);
    onDraft(d);
  };

  const theme = (): Record<string, string> => ({
    bodyBackgroundColor: dark ? '#1f1f1f' : '#ffffff',
    bodyForegroundColor: dark ? '#ffffff' : '#000000',
    controlBackgroundColor: dark ? '#292929' : '#ffffff',
    controlForegroundColor: dark ? '#ffffff' : '#000000',
  });

  const mailbox: Record<string, unknown> = {
    item: current,
    userProfile: {
      emailAddress: opts.user ?? 'alex@contoso.example',
      displayName: 'Alex Wilber',
      accountType: 'office365',
      timeZone: 'UTC',
    },
    diagnostics: {
      hostName: profile.hostName,
      hostVersion: '15.20.8700.0',
      ...(profile.hostName === 'OutlookWebApp' ? { OWAView: 'ThreeColumns' } : {}),
    },
    addHandlerAsync: (type: string, handler: (arg: unknown) => void, ...rest: unknown[]) => {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      const cb = lastCallback<void>(rest);
      if (cb !== undefined) setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
    },
    removeHandlerAsync: (type: string, ...rest: unknown[]) => {
      handlers.delete(type);
      const cb = lastCallback<void>(rest);
      if (cb !== undefined) setTimeout(() => cb({ status: 'succeeded', value: undefined }), 0);
    },
    ...(has(9)
      ? {
          displayNewMessageFormAsync: (form: Record<string, unknown>, ...rest: unknown[]) =>
            answer('displayNewMessageFormAsync', rest, () => showForm(form)),
        }
      : {}),
    ...(has(6)
      ? {
          displayNewMessageForm: (form: Record<string, unknown>) => {
            record.calls.push('displayNewMessageForm');
            const refusal = opts.fail?.displayNewMessageForm;
            if (refusal !== undefined) throw new Error(refusal);
            showForm(form);
          },
        }
      : {}),
  };

  const office: Record<string, unknown> = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: profile.platform }),
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      DragAndDropEvent: 'olkDragAndDropEvent',
      ...(has(14) && !mobile ? { OfficeThemeChanged: 'officeThemeChanged' } : {}),
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      mailbox,
      displayLanguage: opts.displayLanguage ?? 'en-US',
      platform: profile.platform,
      diagnostics: { host: 'Outlook', platform: profile.platform, version: '16.0.18000.0' },
      requirements: {
        isSetSupported: (set: string, version: string) => set === 'Mailbox' && Number(version.split('.')[1] ?? '99') <= minor,
      },
      ...(has(14) && !mobile ? { officeTheme: theme() } : {}),
      roamingSettings: {
        get: (k: string) => record.roaming.get(k),
        set: (k: string, v: unknown) => void record.roaming.set(k, v),
        remove: (k: string) => void record.roaming.delete(k),
        saveAsync: (...args: unknown[]) => answer('roamingSettings.saveAsync', args, () => undefined),
      },
    },
  };
  if (opts.itemThrows === true) {
    Object.defineProperty(mailbox, 'item', {
      get: () => {
        throw new Error('This item cannot be accessed.');
      },
    });
  }

  /** The Office object the page really uses (office-addin-mock copies it when wrapping). */
  const installed = (): { context?: { officeTheme?: unknown } } | undefined =>
    (globalThis as { Office?: { context?: { officeTheme?: unknown } } }).Office;

  return {
    office,
    record,
    selectOtherSilently: () => {
      // Outlook moves its own selection; the add-in sees no event and the same item object.
      selection = 'Lunch on Friday?';
    },
    outlookSelection: () => selection,
    changeTheme: (next: boolean) => {
      dark = next;
      if (!has(14) || mobile) return;
      const ctx = installed()?.context;
      if (ctx !== undefined) ctx.officeTheme = theme();
      for (const h of handlers.get('officeThemeChanged') ?? []) h({ type: 'officeThemeChanged', officeTheme: theme() });
    },
    composeState: () => ({ to: [...composeTo], subject: composeSubject, html: composeHtml, text: composeText, type: bodyType }),
  };
}

const ALL_APIS: readonly SimApi[] = [
  'getAsFileAsync',
  'body.getAsync',
  'body.getTypeAsync',
  'body.prependAsync',
  'getAllInternetHeadersAsync',
  'getAttachmentsAsync',
  'getAttachmentContentAsync',
  'to.setAsync',
  'subject.setAsync',
  'displayNewMessageFormAsync',
  'displayNewMessageForm',
  'roamingSettings.saveAsync',
];

/**
 * The playground's `?fail=` names (method names such as `getAsFileAsync`, `getAsync`, or `all`) as
 * the simulation's refusals, each with the generic error Outlook gives.
 */
export function simFailures(names: readonly string[]): Partial<Record<SimApi, string>> {
  const out: Partial<Record<SimApi, string>> = {};
  for (const api of ALL_APIS)
    if (names.includes('all') || names.includes(api) || names.includes(api.split('.').pop() ?? api))
      out[api] = 'An internal error has occurred.';
  return out;
}

export interface StubOptions extends SimOptions {
  readonly name: string;
}

export interface Stub {
  readonly drafts: Draft[];
  readonly sim: SimulatedOutlook;
  selectOtherSilently(): void;
}

/** The playground's Outlook: parses the sample once, installs the simulation as the `Office` global. */
export async function installOfficeStub(opts: StubOptions, onDraft: (d: Draft) => void): Promise<Stub> {
  const parsed =
    opts.eml === null || opts.eml === undefined
      ? null
      : await PostalMime.parse(opts.eml, { forceRfc822Attachments: true }).catch(() => null);
  const sim = createSimulatedOutlook({ ...opts, parsed }, onDraft);
  (globalThis as { Office?: unknown }).Office = sim.office;
  return { drafts: sim.record.drafts, sim, selectOtherSilently: () => sim.selectOtherSilently() };
}
