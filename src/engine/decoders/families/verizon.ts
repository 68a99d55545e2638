/** Verizon Wireless MMS gateway: "Message could not be delivered to mobile." */
import { headerBlock, findAddresses, fold } from '../../text';
import type { Decoder } from '../types';

export const verizon: Decoder = {
  name: 'verizon',
  detect: (ctx) =>
    ctx.from.includes('vzwpix.com') || ctx.from.includes('vtext.com') || ctx.mail.body.includes('Message could not be delivered to mobile'),
  decode: (ctx) => {
    const i = ctx.lines.findIndex((l) => l.startsWith('Original Message:'));
    const error = ctx.lines.find((l) => l.startsWith('Error:')) ?? '';
    const after = i < 0 ? '' : ctx.lines.slice(i + 1).join('\n');
    const to = headerBlock(after)
      .filter(([k]) => k === 'to')
      .flatMap(([, v]) => findAddresses(v));
    if (to.length === 0) return null;
    const userunknown = /no valid recipients/i.test(error);
    return {
      decoder: 'verizon',
      recipients: to.map((address) =>
        userunknown ? { address, diagnostic: fold(error), reason: 'userunknown' as const } : { address, diagnostic: fold(error) },
      ),
    };
  },
};
