/**
 * Automatic replies (RFC 3834: out-of-office, vacation notices). Not a bounce: the message was
 * delivered, the person is away. The recipient is the one who replied.
 */
import { words } from '../lexicon';
import { header } from '../mail';
import { cleanAddress } from '../text';
import type { Context, Decoder } from './types';

export function isAutoReply(ctx: Context): boolean {
  const auto = header(ctx.mail, 'auto-submitted')?.toLowerCase() ?? '';
  if (auto.startsWith('auto-replied')) return true;
  if (header(ctx.mail, 'x-autoreply') !== null || header(ctx.mail, 'x-autorespond') !== null) return true;
  const prec = header(ctx.mail, 'precedence')?.toLowerCase() ?? '';
  if (prec === 'auto_reply') return true;
  return words('autoReplySubject').some((m) => ctx.subject.includes(m));
}

export const rfc3834: Decoder = {
  name: 'rfc3834',
  detect: isAutoReply,
  decode: (ctx) => {
    const address =
      cleanAddress(ctx.mail.from) ??
      cleanAddress(header(ctx.mail, 'reply-to') ?? '') ??
      cleanAddress(header(ctx.mail, 'return-path') ?? '');
    return {
      decoder: 'rfc3834',
      kind: 'auto-reply',
      recipients: [{ address, reason: 'vacation', action: 'delivered', diagnostic: ctx.mail.body.slice(0, 300) }],
    };
  },
};
