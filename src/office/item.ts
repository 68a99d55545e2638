/**
 * Which message is selected and reading it. The ladder tries, in order: the whole message as a
 * file (Mailbox 1.14), the body as text then HTML (1.3), the internet headers (1.8, combined with
 * the body), and attached messages (1.8). Each step has a timeout and records whether it worked,
 * so the pane can say how the message was read.
 */
import { loadWords } from '../engine';
import { mailbox, office, onMailboxEvent, supports } from './host';
import { OfficeCallError, officeCall } from './timeout';

export interface ItemInfo {
  readonly itemId: string | null;
  readonly subject: string;
  readonly from: string | null;
  readonly date: string | null;
  readonly itemClass: string | null;
  /** A delivery report (NDR, DSN) by its message class or subject. */
  readonly isReport: boolean;
}

export type ItemState =
  | { readonly kind: 'none' }
  | { readonly kind: 'restricted'; readonly detail: string }
  | { readonly kind: 'read'; readonly info: ItemInfo }
  | { readonly kind: 'compose'; readonly info: ItemInfo };

export type ReadRoute = 'file' | 'body-text' | 'body-html' | 'headers+body' | 'attachment' | 'none';

export interface Attempt {
  readonly route: ReadRoute;
  readonly ok: boolean;
  readonly detail: string;
}

export interface ReadOutcome {
  /** What the engine should analyse: message bytes or text. */
  readonly input: Uint8Array | string | null;
  readonly route: ReadRoute;
  readonly attempts: readonly Attempt[];
  readonly info: ItemInfo | null;
}

/**
 * How a delivery report's subject starts, in the languages the engine's lexicon knows. The lexicon
 * (every role in 20 languages) is a lazy chunk for the pane: it is needed only to judge attached
 * messages, so it is fetched beside the first read (`prefetchReportSubjects`) and awaited only where
 * attachments are judged, never on the way to the first verdict of a selected or forwarded bounce.
 */
let reportPrefixes: readonly string[] | null = null;

export async function loadReportSubjects(): Promise<void> {
  if (reportPrefixes !== null) return;
  reportPrefixes = await loadWords('reportSubjectPrefix');
}

function prefetchReportSubjects(): void {
  loadReportSubjects().catch(() => undefined);
}

/** Before the lexicon has loaded, no subject counts (the item class and the DSN marks still do). */
function isReportSubject(subject: string): boolean {
  const lower = subject.toLowerCase();
  return (reportPrefixes ?? []).some((p) => lower.startsWith(p));
}

function isReportClass(itemClass: string | null): boolean {
  return itemClass !== null && (itemClass.startsWith('REPORT.') || itemClass.startsWith('IPM.Report'));
}

function asString(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * On report items (message class REPORT.* / IPM.Report*) Outlook may neither fire ItemChanged nor
 * update `mailbox.item` when the user selects another message: the pane cannot tell what is selected.
 */
export function selectionMayFreeze(info: ItemInfo | null): boolean {
  return info !== null && isReportClass(info.itemClass);
}

/** The selected item's identity, without reading its body. Null or inaccessible items are states too. */
export function currentItem(): ItemState {
  const mb = mailbox();
  if (mb === null) return { kind: 'none' };
  let item: Office.MessageRead | Office.MessageCompose | null | undefined;
  try {
    item = mb.item;
  } catch (e) {
    return { kind: 'restricted', detail: e instanceof Error ? e.message : String(e) };
  }
  if (item === null || item === undefined) return { kind: 'none' };
  try {
    const compose = typeof (item as Office.MessageCompose).subject === 'object';
    const read = item as Office.MessageRead;
    const itemClass = asString(read.itemClass);
    const subject = compose ? '' : (asString(read.subject) ?? '');
    const info: ItemInfo = {
      itemId: asString(read.itemId),
      subject,
      from: compose ? null : (asString(read.from?.emailAddress) ?? null),
      date: compose ? null : read.dateTimeCreated instanceof Date ? read.dateTimeCreated.toISOString() : null,
      itemClass,
      isReport: isReportClass(itemClass) || isReportSubject(subject),
    };
    return compose ? { kind: 'compose', info } : { kind: 'read', info };
  } catch (e) {
    return { kind: 'restricted', detail: e instanceof Error ? e.message : String(e) };
  }
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function describe(e: unknown): string {
  return e instanceof OfficeCallError || e instanceof Error ? e.message : String(e);
}

function coercion(kind: 'text' | 'html'): Office.CoercionType {
  const types = office()?.CoercionType;
  return (kind === 'html' ? (types?.Html ?? 'html') : (types?.Text ?? 'text')) as Office.CoercionType;
}

async function bodyOf(item: Office.MessageRead | Office.MessageCompose, kind: 'text' | 'html'): Promise<string> {
  return officeCall<string>(`body.getAsync(${kind})`, (cb) => item.body.getAsync(coercion(kind), {}, cb));
}

/**
 * Outlook on the web and new Outlook keep the body as HTML, and their text rendering of a forwarded
 * report can lose line structure; desktop and Mac clients give a faithful text body.
 */
export function prefersHtmlBody(): boolean {
  try {
    const host = mailbox()?.diagnostics?.hostName;
    return host === 'OutlookWebApp' || host === 'newOutlookWindows';
  } catch {
    return false;
  }
}

/** Reads the selected message in read mode, by the first route that works. */
export async function readSelected(): Promise<ReadOutcome> {
  prefetchReportSubjects();
  const state = currentItem();
  const attempts: Attempt[] = [];
  if (state.kind !== 'read') return { input: null, route: 'none', attempts, info: state.kind === 'compose' ? state.info : null };
  const item = mailbox()?.item as Office.MessageRead;

  if (supports('Mailbox', '1.14') && typeof item.getAsFileAsync === 'function') {
    try {
      const b64 = await officeCall<string>('getAsFileAsync', (cb) => item.getAsFileAsync({}, cb));
      if (b64.length > 0) {
        attempts.push({ route: 'file', ok: true, detail: 'whole message' });
        return { input: base64ToBytes(b64), route: 'file', attempts, info: state.info };
      }
      attempts.push({ route: 'file', ok: false, detail: 'empty' });
    } catch (e) {
      attempts.push({ route: 'file', ok: false, detail: describe(e) });
    }
  }

  let text = '';
  let route: ReadRoute = 'none';
  for (const [kind, step] of [
    ['text', 'body-text'],
    ['html', 'body-html'],
  ] as const) {
    try {
      text = await bodyOf(item, kind);
      const filled = text.trim() !== '';
      attempts.push({ route: step, ok: filled, detail: filled ? `${kind} body` : 'empty' });
      if (filled) {
        route = step;
        break;
      }
    } catch (e) {
      attempts.push({ route: step, ok: false, detail: describe(e) });
    }
  }

  if (route !== 'none' && supports('Mailbox', '1.8') && typeof item.getAllInternetHeadersAsync === 'function') {
    try {
      const headers = await officeCall<string>('getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync({}, cb));
      if (headers.trim() !== '') {
        attempts.push({ route: 'headers+body', ok: true, detail: 'headers added to the body' });
        // The headers are the report's own; with the body they read like the message itself.
        const safeHeaders = headers.replace(/^content-(?:type|transfer-encoding):.*(?:\r?\n[ \t].*)*\r?\n?/gim, '');
        return {
          input: `${safeHeaders.trimEnd()}\r\nContent-Type: ${route === 'body-html' ? 'text/html' : 'text/plain'}; charset=utf-8\r\n\r\n${text}`,
          route: 'headers+body',
          attempts,
          info: state.info,
        };
      }
    } catch (e) {
      attempts.push({ route: 'headers+body', ok: false, detail: describe(e) });
    }
  }
  if (route !== 'none') return { input: text, route, attempts, info: state.info };

  const attached = await readAttachedMessage(item, attempts, false);
  if (attached !== null) return { input: attached.input, route: 'attachment', attempts, info: state.info };
  return { input: null, route: 'none', attempts, info: state.info };
}

interface AttachmentRef {
  readonly id: string;
  readonly name?: string;
  readonly attachmentType?: string;
  readonly contentType?: string;
}

interface AttachedMessage {
  readonly input: Uint8Array | string;
  /** It carries the marks of a delivery report (not merely the returned original). */
  readonly isBounce: boolean;
}

/**
 * Attachment content by its format: `eml` (item attachments) is the message as text; `base64`
 * (files) is bytes — an Outlook .msg or an .eml in any charset — and is never decoded as UTF-8 here.
 */
export function decodeAttachmentContent(content: { format?: unknown; content?: unknown }): Uint8Array | string | null {
  const body = typeof content.content === 'string' ? content.content : '';
  if (body.trim() === '') return null;
  const format = typeof content.format === 'string' ? content.format.toLowerCase() : '';
  if (format === 'eml') return body;
  if (format === 'base64') {
    try {
      return base64ToBytes(body);
    } catch {
      return null;
    }
  }
  return null;
}

/** Structural marks of a delivery report; its subject is judged by the lexicon (`isReportSubject`). */
const BOUNCE_MARKS = /multipart\/report|message\/delivery-status|^x-ms-exchange-message-is-ndr:/im;
const SUBJECT_LINE = /^subject:[ \t]*([^\r\n]{0,200})/im;

function hasReportSubjectLine(text: string): boolean {
  const subject = SUBJECT_LINE.exec(text)?.[1];
  return subject !== undefined && isReportSubject(subject);
}

/**
 * Whether an attached message is itself a delivery report. Text is searched directly; bytes (an
 * Outlook .msg stores strings as UTF-16LE) are searched for the report's message class and the DSN
 * content type after dropping NUL bytes. Only the first 256 KB are looked at.
 */
export function looksLikeBounce(input: Uint8Array | string, name = ''): boolean {
  if (isReportSubject(name)) return true;
  if (typeof input === 'string') {
    const head = input.slice(0, 262144);
    return BOUNCE_MARKS.test(head) || hasReportSubjectLine(head);
  }
  let ascii = '';
  const end = Math.min(input.length, 262144);
  for (let i = 0; i < end; i++) {
    const b = input[i] ?? 0;
    if (b !== 0) ascii += b >= 32 && b < 127 ? String.fromCharCode(b) : '\n';
  }
  return /REPORT\.IPM\.Note|delivery-status/i.test(ascii) || BOUNCE_MARKS.test(ascii) || hasReportSubjectLine(ascii);
}

/** Attached messages (a bounce forwarded as an attachment, or a returned original). Mailbox 1.8. */
async function readAttachedMessage(
  item: Office.MessageRead | Office.MessageCompose,
  attempts: Attempt[],
  bounceOnly: boolean,
): Promise<AttachedMessage | null> {
  if (!supports('Mailbox', '1.8') || typeof item.getAttachmentContentAsync !== 'function') return null;
  let list: readonly AttachmentRef[] = [];
  try {
    const read = item as Office.MessageRead;
    if (Array.isArray(read.attachments)) list = read.attachments;
    else {
      const compose = item as Office.MessageCompose;
      list = await officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) => compose.getAttachmentsAsync({}, cb));
    }
  } catch (e) {
    attempts.push({ route: 'attachment', ok: false, detail: describe(e) });
    return null;
  }
  const candidates = list.filter(
    (a) => String(a.attachmentType) === 'item' || /\.(?:eml|msg)$/i.test(a.name ?? '') || a.contentType === 'message/rfc822',
  );
  let fallback: AttachedMessage | null = null;
  // Judging an attached message's subject needs the lexicon.
  if (candidates.length > 0) await loadReportSubjects().catch(() => undefined);
  for (const a of candidates) {
    try {
      const content = await officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) =>
        item.getAttachmentContentAsync(a.id, {}, cb),
      );
      const input = decodeAttachmentContent(content);
      if (input === null) {
        attempts.push({ route: 'attachment', ok: false, detail: `${a.name ?? 'attachment'}: empty` });
        continue;
      }
      const isBounce = looksLikeBounce(input, a.name ?? '');
      if (isBounce) {
        attempts.push({ route: 'attachment', ok: true, detail: a.name ?? 'attached message' });
        return { input, isBounce };
      }
      attempts.push({ route: 'attachment', ok: !bounceOnly, detail: `${a.name ?? 'attachment'}: not a bounce` });
      fallback ??= { input, isBounce };
    } catch (e) {
      attempts.push({ route: 'attachment', ok: false, detail: describe(e) });
    }
  }
  if (candidates.length === 0) attempts.push({ route: 'attachment', ok: false, detail: 'no attached message' });
  return bounceOnly ? null : fallback;
}

/**
 * In compose mode (a Forward of the bounce). An inline Forward's attachment is most likely the
 * returned original, so an attachment is read first only when it is itself a bounce (a Forward as
 * attachment). Otherwise the draft's body: HTML first on web and new Outlook, text elsewhere.
 */
export async function readDraft(): Promise<ReadOutcome> {
  prefetchReportSubjects();
  const state = currentItem();
  const attempts: Attempt[] = [];
  if (state.kind !== 'compose') return { input: null, route: 'none', attempts, info: null };
  const item = mailbox()?.item as Office.MessageCompose;
  const attached = await readAttachedMessage(item, attempts, true);
  if (attached !== null) return { input: attached.input, route: 'attachment', attempts, info: state.info };
  const order: ReadonlyArray<readonly ['text' | 'html', ReadRoute]> = prefersHtmlBody()
    ? [
        ['html', 'body-html'],
        ['text', 'body-text'],
      ]
    : [
        ['text', 'body-text'],
        ['html', 'body-html'],
      ];
  for (const [kind, route] of order) {
    try {
      const body = withoutOwnReport(await bodyOf(item, kind));
      const filled = body.trim() !== '' && (kind === 'text' || htmlHasText(body));
      attempts.push({ route, ok: filled, detail: filled ? `draft ${kind}` : 'empty' });
      if (filled) {
        // HTML is labelled as such so the engine reads it as HTML, not as text with tags.
        const input = kind === 'html' ? `Content-Type: text/html; charset=utf-8\r\n\r\n${body}` : body;
        return { input, route, attempts, info: state.info };
      }
    } catch (e) {
      attempts.push({ route, ok: false, detail: describe(e) });
    }
  }
  return { input: null, route: 'none', attempts, info: state.info };
}

/**
 * A draft already turned into the report carries our report above the forwarded bounce; read again,
 * only what follows it is the bounce. The report ends with its JSON block, whose last field is
 * `omittedRecipients` and whose closing brace ends the report (in HTML and in text alike).
 */
export function withoutOwnReport(body: string): string {
  const tool = body.indexOf('bounce-explainer');
  if (tool < 0) return body;
  const last = body.indexOf('omittedRecipients', tool);
  const end = last < 0 ? -1 : body.indexOf('}', last);
  return end < 0 ? body : body.slice(end + 1);
}

/** An HTML body with any text in it (an empty draft is `<div><br></div>`). */
function htmlHasText(html: string): boolean {
  return /[^\s<>]/.test(html.replace(/<[^>]{0,2000}>/g, ' ').replace(/&nbsp;/g, ' '));
}

/**
 * Watches the selection: Outlook's ItemChanged event where the pane is pinned, and a cheap poll of
 * the item id because Outlook skips that event for delivery reports and some other items.
 */
export function watchSelection(onChange: () => void, pollMs = 1500): () => void {
  let last = JSON.stringify(currentItem());
  const check = (): void => {
    const now = JSON.stringify(currentItem());
    if (now !== last) {
      last = now;
      onChange();
    }
  };
  // Older clients have no ItemChanged: the poll still notices.
  const stop = onMailboxEvent('ItemChanged', check);
  const timer = setInterval(check, pollMs);
  return () => {
    clearInterval(timer);
    stop();
  };
}
