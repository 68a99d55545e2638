/** Google Groups: a post to a group that refused it. The recipient is the group (X-Failed-Recipients). */
import { words } from '../../lexicon';
import { header } from '../../mail';
import { findAddresses, fold } from '../../text';
import type { Decoder } from '../types';

export const googlegroups: Decoder = {
  name: 'googlegroups',
  detect: (ctx) =>
    header(ctx.mail, 'x-failed-recipients') !== null &&
    (words('groupsProductName').some((w) => ctx.mail.body.includes(w)) || ctx.mail.body.includes('googlegroups')),
  decode: (ctx) => {
    const failed = findAddresses(header(ctx.mail, 'x-failed-recipients') ?? '');
    if (failed.length === 0) return null;
    const end = ctx.lines.findIndex((l) => l.includes('----- Original message -----'));
    const text = fold(ctx.lines.slice(0, end < 0 ? 40 : end).join(' '));
    return { decoder: 'googlegroups', recipients: failed.map((address) => ({ address, reason: 'rejected' as const, diagnostic: text })) };
  },
};
