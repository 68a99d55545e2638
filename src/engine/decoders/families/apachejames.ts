/**
 * Apache James (and gateways built on it, such as Verizon's vtext): "Error message below:" with
 * the server's reply, then "Message details:" naming the recipient in an `RCPT TO:` line.
 */
import { findAddresses, fold } from '../../text';
import type { Decoder } from '../types';

export const apachejames: Decoder = {
  name: 'apachejames',
  detect: (ctx) => ctx.lines.some((l) => l.trim().toLowerCase() === 'error message below:'),
  decode: (ctx) => {
    const start = ctx.lines.findIndex((l) => l.trim().toLowerCase() === 'error message below:');
    const details = ctx.lines.findIndex((l) => l.trim().toLowerCase() === 'message details:');
    const error = fold(ctx.lines.slice(start + 1, details < 0 ? start + 4 : details).join(' '));
    const failed = ctx.lines.find((l) => /^\s*failed recipient\(s\):/i.test(l));
    const rcpt = ctx.lines.slice(Math.max(details, 0)).find((l) => /^\s*RCPT TO:/i.test(l));
    const addresses = findAddresses(failed ?? rcpt ?? '');
    if (addresses.length === 0) return null;
    return { decoder: 'apachejames', recipients: addresses.map((address) => ({ address, diagnostic: error })) };
  },
};
