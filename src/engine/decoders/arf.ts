/**
 * ARF feedback-loop reports (RFC 5965): a complaint about a message, not a bounce. The
 * complained-about recipient is Original-Rcpt-To, else Removal-Recipient, else the returned
 * original's To.
 */
import { header } from '../mail';
import { cleanAddress, findAddresses, headerBlock, parseFields } from '../text';
import type { Decoder, RawRecipient } from './types';

function isArf(ctx: Parameters<Decoder['detect']>[0]): boolean {
  if (ctx.mail.feedbackReport !== null) return true;
  const ct = header(ctx.mail, 'content-type')?.toLowerCase() ?? '';
  if (ct.includes('report-type=feedback-report')) return true;
  // Hotmail's older complaint loop: no machine part, the original headers pasted in the text.
  return (
    ctx.subject.startsWith('complaint about message from') ||
    header(ctx.mail, 'x-hmxmroriginalrecipient') !== null ||
    isUnsubscribe(ctx) ||
    isScompLoop(ctx)
  );
}

/**
 * AOL's older spam-complaint forwards (SCOMP) carry `X-Loop: scomp` and the complained-about
 * message, nothing machine-readable (cfortune/PHP-Bounce-Handler bounce_driver.class.php is_an_ARF).
 */
export function isScompLoop(ctx: Parameters<Decoder['detect']>[0]): boolean {
  return header(ctx.mail, 'x-loop')?.toLowerCase().includes('scomp') === true;
}

/**
 * An unsubscribe request a mail client sends on the reader's behalf (Apple Mail's
 * `X-Apple-Unsubscribe: true`): feedback of type opt-out from the person who sent it.
 */
function isUnsubscribe(ctx: Parameters<Decoder['detect']>[0]): boolean {
  return header(ctx.mail, 'x-apple-unsubscribe')?.trim().toLowerCase() === 'true';
}

export const arf: Decoder = {
  name: 'arf',
  detect: isArf,
  decode: (ctx) => {
    const fields = parseFields(ctx.mail.feedbackReport ?? '');
    const get = (name: string): string[] => fields.filter(([k]) => k === name).map(([, v]) => v);
    const unsubscribe = isUnsubscribe(ctx);
    const type = get('feedback-type')[0]?.toLowerCase() ?? (unsubscribe ? 'opt-out' : undefined);
    let addresses = get('original-rcpt-to')
      .map((v) => cleanAddress(v))
      .filter((a): a is string => a !== null);
    if (addresses.length === 0)
      addresses = get('removal-recipient')
        .map((v) => cleanAddress(v))
        .filter((a): a is string => a !== null);
    if (addresses.length === 0) addresses = findAddresses(header(ctx.mail, 'x-hmxmroriginalrecipient') ?? '');
    if (addresses.length === 0 && unsubscribe) addresses = findAddresses(ctx.mail.from);
    if (addresses.length === 0 && ctx.mail.original === null) {
      const to = ctx.lines.find((l) => /^\s*To:\s/i.test(l));
      if (to !== undefined) addresses = findAddresses(to);
    }
    if (addresses.length === 0 && ctx.mail.original !== null) {
      const to = headerBlock(ctx.mail.original)
        .filter(([k]) => k === 'to')
        .map(([, v]) => v);
      addresses = to.flatMap((v) => findAddresses(v));
    }
    const reportingMta = get('reporting-mta')[0];
    const recipients: RawRecipient[] = (addresses.length > 0 ? addresses : [null]).map((address) => {
      const r: RawRecipient = { address, reason: 'feedback', action: 'failed' };
      if (type !== undefined) r.feedbackType = type;
      if (reportingMta !== undefined) r.reportingMta = reportingMta;
      return r;
    });
    return { decoder: 'arf', kind: 'feedback-report', recipients };
  },
};
