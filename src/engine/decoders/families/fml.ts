/** fml mailing-list manager: an error notice for a post it refused; the recipient is the list. */
import { findAddresses, fold } from '../../text';
import { header } from '../../mail';
import type { Decoder } from '../types';
import { listOfControlAddress } from '../../recipients';

export const fml: Decoder = {
  name: 'fml',
  detect: (ctx) =>
    header(ctx.mail, 'x-mlserver')?.toLowerCase().includes('fml') === true ||
    (ctx.mail.headers.some((h) => h.key === 'x-ml-name') && ctx.subject.includes('error')),
  decode: (ctx) => {
    // The list's own address: List-Post, else List-Subscribe's control address without "-ctl".
    const post = findAddresses(header(ctx.mail, 'list-post') ?? '')[0];
    const ctl = findAddresses(header(ctx.mail, 'list-subscribe') ?? '')[0]?.replace(/-(?:ctl|request)@/i, '@');
    // The From of an fml notice is the list's control address (`list-admin@`): the list is the address before it.
    const from = findAddresses(header(ctx.mail, 'from') ?? '')[0];
    const list = post ?? ctl ?? (from === undefined ? null : (listOfControlAddress(from) ?? from));
    const text = fold(ctx.lines.slice(0, 20).join(' '));
    const lower = text.toLowerCase();
    const reason =
      lower.includes('not member') || lower.includes('members only') || lower.includes('you are not a member') ? 'rejected' : 'systemerror';
    return { decoder: 'fml', recipients: [{ address: list, diagnostic: text, reason }] };
  },
};
