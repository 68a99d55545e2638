/** m-FILTER (Digital Arts): Japanese notice, recipients, then "-------server message" and "-------SMTP command". */
import { fold } from '../../text';
import { scanBlocks } from '../blocks';
import type { Decoder } from '../types';

export const mfilter: Decoder = {
  name: 'mfilter',
  detect: (ctx) => ctx.mail.body.includes('m-FILTER') || ctx.mail.body.includes('-------server message'),
  decode: (ctx) => {
    const s = ctx.lines.findIndex((l) => l.startsWith('-------server message'));
    const c = ctx.lines.findIndex((l) => l.startsWith('-------SMTP command'));
    const e = ctx.lines.findIndex((l) => l.startsWith('-------original message'));
    const head = ctx.lines.slice(0, s < 0 ? (e < 0 ? 30 : e) : s);
    const found = scanBlocks(head, {});
    const server = s < 0 ? '' : fold(ctx.lines.slice(s + 1, c < 0 ? s + 3 : c).join(' '));
    const command = c < 0 ? undefined : ctx.lines[c + 1]?.trim();
    return {
      decoder: 'mfilter',
      recipients: found.map((r) => {
        const out = { ...r, diagnostic: server !== '' ? server : (r.diagnostic ?? '') };
        return command !== undefined && command !== '' ? { ...out, command } : out;
      }),
    };
  },
};
