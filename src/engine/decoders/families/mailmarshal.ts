/** Trustwave MailMarshal: the reason first ("Could not be delivered because of"), recipients after. */
import { fold } from '../../text';
import { scanBlocks } from '../blocks';
import type { Decoder } from '../types';

export const mailmarshal: Decoder = {
  name: 'mailmarshal',
  detect: (ctx) => ctx.mail.body.includes('The following recipients were affected'),
  decode: (ctx) => {
    const i = ctx.lines.findIndex((l) => l.toLowerCase().includes('could not be delivered because of'));
    const j = ctx.lines.findIndex((l) => l.includes('The following recipients were affected'));
    if (j < 0) return null;
    const reason = fold(ctx.lines.slice(i + 1, j).join(' '));
    const found = scanBlocks(ctx.lines.slice(j + 1), { end: ['additional information'] });
    const remote = /Remote-MTA:\s*<?([^>\s]+)/i.exec(ctx.mail.body)?.[1];
    return {
      decoder: 'mailmarshal',
      recipients: found.map((r) => {
        const out = { ...r, diagnostic: reason };
        return remote !== undefined ? { ...out, remoteMta: remote } : out;
      }),
    };
  },
};
