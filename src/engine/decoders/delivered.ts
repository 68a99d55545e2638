/**
 * Text-only delivery confirmations ("Your message … was delivered to the following recipient"):
 * a success notice, not a bounce (rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm lists
 * this sentence among its $Not_An_Error patterns). Exchange and gateways send them without a
 * machine-readable part; the recipient stands in the quoted summary's "To:" line above the sentence.
 */
import { forbiddenAddresses } from '../recipients';
import { findAddresses, fold } from '../text';
import { headText } from './blocks';
import type { Context, Decoder, RawRecipient } from './types';

const DELIVERED_SENTENCES = ['was delivered to the following recipient', 'has been delivered to the following recipient'];
/** Words of failure that make the notice something else (a partial failure reads as a bounce). */
const FAILURE_WORDS = ['not delivered', 'could not be delivered', 'undeliverable', 'failed', 'did not reach'];

function sentenceIndex(ctx: Context): number {
  if (ctx.mail.deliveryStatus.length > 0) return -1;
  const head = headText(ctx);
  if (!head.includes('delivered to the following')) return -1;
  if (FAILURE_WORDS.some((w) => head.includes(w))) return -1;
  return ctx.lines.findIndex((l) => DELIVERED_SENTENCES.some((s) => l.toLowerCase().includes(s)));
}

export const deliveredNotice: Decoder = {
  name: 'delivered-notice',
  detect: (ctx) => sentenceIndex(ctx) >= 0,
  decode: (ctx) => {
    const at = sentenceIndex(ctx);
    if (at < 0) return null;
    const forbidden = forbiddenAddresses(ctx);
    const named = ctx.lines
      .slice(0, at)
      .filter((l) => /^\s*to:/i.test(l))
      .flatMap((l) => findAddresses(l))
      .filter((a) => !forbidden.has(a.toLowerCase()));
    if (named.length === 0) return null;
    const diagnostic = fold(ctx.lines.slice(at, at + 4).join(' ')).slice(0, 300);
    const recipients = named.map((address): RawRecipient => ({ address, action: 'delivered', reason: 'delivered', diagnostic }));
    return { decoder: 'delivered-notice', kind: 'delivery-report', recipients };
  },
};
