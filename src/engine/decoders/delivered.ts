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

/** "was delivered to the following recipient(s)", "has been delivered to the following recipients" */
const DELIVERED = 'delivered to the following recipient';
/** Words of failure ("could not be delivered", "did not reach"): then it is no confirmation. */
const FAILURE_WORDS = [' not ', 'undeliverable', 'fail'];

function sentenceIndex(ctx: Context): number {
  if (ctx.mail.deliveryStatus.length > 0) return -1;
  const head = headText(ctx);
  if (!head.includes(DELIVERED) || FAILURE_WORDS.some((w) => head.includes(w))) return -1;
  return ctx.lines.findIndex((l) => l.toLowerCase().includes(DELIVERED));
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
