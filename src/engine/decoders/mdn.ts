/**
 * Read receipts: RFC 8098 message disposition notifications and the text-only receipts some
 * clients send ("Read: subject"). Not a bounce: the message reached the mailbox and the receipt
 * says what the reader did with it, so the result is a delivery report for that recipient.
 */
import { header } from '../mail';
import { cleanAddress, fold, parseFields, stripType } from '../text';
import type { Decoder, RawRecipient } from './types';

export const mdn: Decoder = {
  name: 'mdn',
  detect: (ctx) => ctx.mail.disposition !== null,
  decode: (ctx) => {
    const fields = parseFields(ctx.mail.disposition ?? '');
    const get = (name: string): string | undefined => fields.find(([k]) => k === name)?.[1];
    const final = get('final-recipient') ?? get('original-recipient');
    const address = cleanAddress(final === undefined ? ctx.mail.from : stripType(final)) ?? cleanAddress(header(ctx.mail, 'from') ?? '');
    const disposition = get('disposition');
    const r: RawRecipient = {
      address,
      action: 'delivered',
      reason: 'delivered',
      diagnostic: fold(disposition ?? ctx.lines.slice(0, 5).join(' ')).slice(0, 300),
    };
    if (disposition !== undefined) r.evidence = [`Disposition: ${disposition}`];
    const reporting = get('reporting-ua');
    return { decoder: 'mdn', kind: 'delivery-report', recipients: [r], ...(reporting !== undefined ? { reportingMta: reporting } : {}) };
  },
};
