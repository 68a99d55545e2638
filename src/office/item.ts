/**
 * Which message is selected and reading it. The ladder tries, in order: the whole message as a
 * file (Mailbox 1.14), the body as text then HTML (1.3), the internet headers (1.8, combined with
 * the body), and attached messages (1.8). Each step has a timeout and records whether it worked,
 * so the pane can say how the message was read.
 */
import { words } from '../engine';
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

/** How a delivery report's subject starts, in the languages the engine's lexicon knows. */
function isReportSubject(subject: string): boolean {
  const lower = subject.toLowerCase();
  return words('reportSubjectPrefix').some((p) => lower.startsWith(p));
}

function isReportClass(itemClass: string | null): boolean {
  return itemClass !== null && (itemClass.startsWith('REPORT.') || itemClass.startsWith('IPM.Report'));
}

function asString(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
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
  return officeCall<string>(`body.getAsync(${kind})`, (cb) => item.body.getAsync(coercion(kind), {}, cb as never));
}

/** Reads the selected message in read mode, by the first route that works. */
export async function readSelected(): Promise<ReadOutcome> {
  const state = currentItem();
  const attempts: Attempt[] = [];
  if (state.kind !== 'read') return { input: null, route: 'none', attempts, info: state.kind === 'compose' ? state.info : null };
  const item = mailbox()?.item as Office.MessageRead;

  if (supports('Mailbox', '1.14') && typeof item.getAsFileAsync === 'function') {
    try {
      const b64 = await officeCall<string>('getAsFileAsync', (cb) => item.getAsFileAsync({}, cb as never));
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
      const headers = await officeCall<string>('getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync({}, cb as never));
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

  const attached = await readAttachedMessage(item, attempts);
  if (attached !== null) return { input: attached, route: 'attachment', attempts, info: state.info };
  return { input: null, route: 'none', attempts, info: state.info };
}

/** An attached message (a bounce forwarded as an attachment) as EML text. Mailbox 1.8. */
async function readAttachedMessage(item: Office.MessageRead | Office.MessageCompose, attempts: Attempt[]): Promise<string | null> {
  if (!supports('Mailbox', '1.8') || typeof item.getAttachmentContentAsync !== 'function') return null;
  let list: ReadonlyArray<{ id: string; attachmentType?: string; name?: string; contentType?: string }> = [];
  try {
    const read = item as Office.MessageRead;
    if (Array.isArray(read.attachments)) list = read.attachments;
    else
      list = await officeCall<never[]>('getAttachmentsAsync', (cb) => (item as Office.MessageCompose).getAttachmentsAsync({}, cb as never));
  } catch (e) {
    attempts.push({ route: 'attachment', ok: false, detail: describe(e) });
    return null;
  }
  const candidates = list.filter(
    (a) => a.attachmentType === 'item' || /\.(?:eml|msg)$/i.test(a.name ?? '') || a.contentType === 'message/rfc822',
  );
  for (const a of candidates) {
    try {
      const content = await officeCall<{ format: string; content: string }>('getAttachmentContentAsync', (cb) =>
        item.getAttachmentContentAsync(a.id, {}, cb as never),
      );
      const text = content.format === 'base64' ? new TextDecoder().decode(base64ToBytes(content.content)) : content.content;
      if (text.trim() !== '') {
        attempts.push({ route: 'attachment', ok: true, detail: a.name ?? 'attached message' });
        return text;
      }
    } catch (e) {
      attempts.push({ route: 'attachment', ok: false, detail: describe(e) });
    }
  }
  if (candidates.length === 0) attempts.push({ route: 'attachment', ok: false, detail: 'no attached message' });
  return null;
}

/** In compose mode (a Forward of the bounce): the attached bounce if there is one, else the draft's text. */
export async function readDraft(): Promise<ReadOutcome> {
  const state = currentItem();
  const attempts: Attempt[] = [];
  if (state.kind !== 'compose') return { input: null, route: 'none', attempts, info: null };
  const item = mailbox()?.item as Office.MessageCompose;
  const attached = await readAttachedMessage(item, attempts);
  if (attached !== null) return { input: attached, route: 'attachment', attempts, info: state.info };
  try {
    const text = await bodyOf(item, 'text');
    attempts.push({ route: 'body-text', ok: text.trim() !== '', detail: 'draft text' });
    if (text.trim() !== '') return { input: text, route: 'body-text', attempts, info: state.info };
  } catch (e) {
    attempts.push({ route: 'body-text', ok: false, detail: describe(e) });
  }
  return { input: null, route: 'none', attempts, info: state.info };
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
