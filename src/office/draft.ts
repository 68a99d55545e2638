/**
 * Drafting the report. Nothing is ever sent: the user reviews and sends it.
 * - read mode: a new message form (Mailbox 1.9 async form, else the 1.6 form), with the bounce
 *   attached as an item when its id is known;
 * - compose mode (a Forward of the bounce): To, subject and the report above the forwarded text;
 * - anywhere else (mobile, old clients, failures): the caller offers copy and a mailto: link.
 */
import { graphemeBoundaries } from '../engine';
import { mailbox, office, supports } from './host';
import { currentItem } from './item';
import { officeCall, OfficeCallError, withTimeout } from './timeout';

export interface DraftContent {
  readonly to: string | null;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export type DraftOutcome =
  | { readonly kind: 'new-form'; readonly attachedBounce: boolean }
  /** The report is in the draft; `addressed` is false when Outlook refused To or the subject after it. */
  | { readonly kind: 'compose-updated'; readonly addressed: boolean }
  | { readonly kind: 'fallback'; readonly reason: string };

/**
 * Item ids the runtime accepts for item attachments: up to 200 characters (it converts REST and
 * EWS forms itself). Real Exchange ids are about 150 characters.
 */
export const MAX_ATTACHABLE_ID = 200;

function attachableId(id: string | null): string | null {
  return id !== null && id.length > 0 && id.length <= MAX_ATTACHABLE_ID ? id : null;
}

type NewForm = Office.MessageForm & { attachments: Array<Office.MessageFormAttachment & { itemId: string }> };

function displayAsync(mb: Office.Mailbox, form: NewForm): Promise<void> {
  return officeCall<void>('displayNewMessageFormAsync', (cb) => mb.displayNewMessageFormAsync(form, cb));
}

/** The 1.6 form has no callback: it throws when Outlook refuses the parameters. */
function displaySync(mb: Office.Mailbox, form: NewForm): Promise<void> {
  return withTimeout(
    'displayNewMessageForm',
    new Promise<void>((resolve, reject) => {
      try {
        mb.displayNewMessageForm(form);
        resolve();
      } catch (e) {
        reject(new OfficeCallError('displayNewMessageForm', e instanceof Error ? e.message : String(e)));
      }
    }),
  );
}

/**
 * Opens a new message with the report. `bounceItemId` is the analysed item's id, given only when
 * the bounce came from the selected item (never for pasted or dropped input).
 */
export async function openNewMessage(content: DraftContent, bounceItemId: string | null): Promise<DraftOutcome> {
  const mb = mailbox();
  if (mb === null) return { kind: 'fallback', reason: 'no-mailbox' };
  const state = currentItem();
  // Attach only if the selection is still that item: a stale pane must not attach another message.
  const itemId = state.kind === 'read' && state.info.itemId === bounceItemId ? attachableId(bounceItemId) : null;
  const form: NewForm = {
    toRecipients: content.to === null ? [] : [content.to],
    subject: content.subject,
    htmlBody: content.html,
    attachments: itemId === null ? [] : [{ type: 'item', name: 'Bounce', itemId }],
  };
  const display =
    supports('Mailbox', '1.9') && typeof mb.displayNewMessageFormAsync === 'function'
      ? displayAsync
      : supports('Mailbox', '1.6') && typeof mb.displayNewMessageForm === 'function'
        ? displaySync
        : null;
  if (display === null) return { kind: 'fallback', reason: 'no-compose-forms' };
  try {
    try {
      await display(mb, form);
      return { kind: 'new-form', attachedBounce: itemId !== null };
    } catch (e) {
      // Report items may refuse to be attached: the report alone is still worth drafting.
      if (itemId === null) throw e;
      await display(mb, { ...form, attachments: [] });
      return { kind: 'new-form', attachedBounce: false };
    }
  } catch (e) {
    return { kind: 'fallback', reason: e instanceof Error ? e.message : String(e) };
  }
}

/** True while the pane runs beside a message being written (compose mode). */
export function isComposing(): boolean {
  return currentItem().kind === 'compose';
}

/**
 * Compose mode: the report goes into the current draft. The body type decides the form (HTML into
 * an HTML body, text into a text body; the report's HTML has no inline styles, which prependAsync
 * does not keep). The body comes first; To and the subject change only when it succeeded, so a
 * refusal never leaves a half-changed draft.
 */
export async function turnDraftIntoReport(content: DraftContent): Promise<DraftOutcome> {
  const item = mailbox()?.item as Office.MessageCompose | null | undefined;
  if (item === undefined || item === null || typeof item.subject !== 'object') return { kind: 'fallback', reason: 'not-compose' };
  const types = office()?.CoercionType;
  const html = (types?.Html ?? 'html') as Office.CoercionType;
  const text = (types?.Text ?? 'text') as Office.CoercionType;
  let type: Office.CoercionType = text;
  try {
    type = await officeCall<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync({}, cb));
  } catch {
    // Unknown body type: text goes into either kind of body.
  }
  const isHtml = String(type) === String(html);
  try {
    if (isHtml)
      await officeCall<void>('body.prependAsync', (cb) => item.body.prependAsync(`${content.html}<hr>`, { coercionType: html }, cb));
    else
      await officeCall<void>('body.prependAsync', (cb) =>
        item.body.prependAsync(`${content.text}\n\n----------\n\n`, { coercionType: text }, cb),
      );
  } catch (e) {
    return { kind: 'fallback', reason: e instanceof Error ? e.message : String(e) };
  }
  try {
    const to = content.to;
    if (to !== null) await officeCall<void>('to.setAsync', (cb) => item.to.setAsync([to], {}, cb));
    await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(content.subject, {}, cb));
    return { kind: 'compose-updated', addressed: true };
  } catch {
    return { kind: 'compose-updated', addressed: false };
  }
}

/** Lone UTF-16 surrogates (from a cut elsewhere or a hostile bounce) make encodeURIComponent throw. */
function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export interface MailtoLink {
  readonly href: string;
  /** The body was shortened to fit. */
  readonly cut: boolean;
}

/**
 * A mailto: link with the plain-text report, cut on grapheme clusters to what mail clients
 * reliably accept (never inside an emoji or a surrogate pair, so encoding never throws). When
 * cut, `cutNote` (from the catalogue) ends the body.
 */
export function mailto(content: DraftContent, maxLength = 1800, cutNote = ''): MailtoLink {
  const head = `mailto:${encodeURIComponent(wellFormed(content.to ?? ''))}?subject=${encodeURIComponent(wellFormed(content.subject))}&body=`;
  const body = wellFormed(content.text);
  if (head.length + encodeURIComponent(body).length <= maxLength) return { href: head + encodeURIComponent(body), cut: false };
  const note = cutNote === '' ? '' : `\n${wellFormed(cutNote)}`;
  const room = maxLength - head.length - encodeURIComponent(note).length;
  // Longest prefix, on grapheme boundaries, whose encoding fits (binary search over the boundaries).
  const part = body.slice(0, Math.max(0, room));
  const bounds = graphemeBoundaries(part);
  // The slice's own end may fall inside an emoji: only real boundaries are candidates.
  if (part.length < body.length && bounds.length > 1) bounds.pop();
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (encodeURIComponent(body.slice(0, bounds[mid])).length <= room) lo = mid;
    else hi = mid - 1;
  }
  const kept = room > 0 ? body.slice(0, bounds[lo] ?? 0) : '';
  return { href: head + encodeURIComponent(kept + note), cut: true };
}

/** A mailto: link with the plain-text report, cut to what mail clients reliably accept. */
export function mailtoLink(content: DraftContent, maxLength = 1800, cutNote = ''): string {
  return mailto(content, maxLength, cutNote).href;
}
