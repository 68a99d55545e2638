/**
 * Drafting the report. Nothing is ever sent: the user reviews and sends it.
 * - read mode: a new message form (Mailbox 1.9 async form, else the 1.6 form), with the bounce
 *   attached as an item when its id is known;
 * - compose mode (a Forward of the bounce): To, subject and the report above the forwarded text;
 * - anywhere else (mobile, old clients, failures): the caller offers copy and a mailto: link.
 */
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
  | { readonly kind: 'compose-updated' }
  | { readonly kind: 'fallback'; readonly reason: string };

/** Item ids Outlook accepts as item attachments are at most 100 characters (and must exist). */
function attachableId(id: string | null): string | null {
  return id !== null && id.length > 0 && id.length <= 100 ? id : null;
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
  const form = {
    toRecipients: content.to === null ? [] : [content.to],
    subject: content.subject,
    htmlBody: content.html,
    attachments: itemId === null ? [] : [{ type: 'item', name: 'Bounce', itemId }],
  };
  const withoutAttachment = { ...form, attachments: [] };
  try {
    if (supports('Mailbox', '1.9') && typeof mb.displayNewMessageFormAsync === 'function') {
      try {
        await officeCall('displayNewMessageFormAsync', (cb) => mb.displayNewMessageFormAsync(form as never, cb as never));
        return { kind: 'new-form', attachedBounce: itemId !== null };
      } catch (e) {
        // Report items may refuse to be attached: the report alone is still worth drafting.
        if (itemId === null) throw e;
        await officeCall('displayNewMessageFormAsync', (cb) => mb.displayNewMessageFormAsync(withoutAttachment as never, cb as never));
        return { kind: 'new-form', attachedBounce: false };
      }
    }
    if (supports('Mailbox', '1.6') && typeof mb.displayNewMessageForm === 'function') {
      await withTimeout(
        'displayNewMessageForm',
        new Promise<void>((resolve) => {
          mb.displayNewMessageForm(form);
          resolve();
        }),
      );
      return { kind: 'new-form', attachedBounce: itemId !== null };
    }
    return { kind: 'fallback', reason: 'no-compose-forms' };
  } catch (e) {
    return { kind: 'fallback', reason: e instanceof OfficeCallError ? e.message : String(e) };
  }
}

/** Compose mode: address the draft to the helpdesk and put the report above the forwarded bounce. */
export async function turnDraftIntoReport(content: DraftContent): Promise<DraftOutcome> {
  const item = mailbox()?.item as Office.MessageCompose | undefined;
  if (item === undefined || item === null || typeof item.subject !== 'object') return { kind: 'fallback', reason: 'not-compose' };
  const html = (office()?.CoercionType?.Html ?? 'html') as Office.CoercionType;
  try {
    if (content.to !== null) await officeCall('to.setAsync', (cb) => item.to.setAsync([content.to ?? ''], {}, cb as never));
    await officeCall('subject.setAsync', (cb) => item.subject.setAsync(content.subject, {}, cb as never));
    await officeCall('body.prependAsync', (cb) => item.body.prependAsync(`${content.html}<hr>`, { coercionType: html }, cb as never));
    return { kind: 'compose-updated' };
  } catch (e) {
    return { kind: 'fallback', reason: e instanceof Error ? e.message : String(e) };
  }
}

/** A mailto: link with the plain-text report, cut to what mail clients reliably accept. */
export function mailtoLink(content: DraftContent, maxLength = 1800): string {
  const head = `mailto:${encodeURIComponent(content.to ?? '')}?subject=${encodeURIComponent(content.subject)}&body=`;
  let body = content.text;
  while (body.length > 0 && head.length + encodeURIComponent(body).length > maxLength) body = body.slice(0, Math.floor(body.length * 0.8));
  return head + encodeURIComponent(body);
}
