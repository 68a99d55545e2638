/** au by KDDI (EZweb) mobile mail: Japanese notice, then `<rcpt>: reason`. */
import { family } from '../blocks';

export const ezweb = family({
  name: 'ezweb',
  detect: { from: ['postmaster@ezweb.ne.jp', '@ezweb.ne.jp'], subject: ['mail system error - returned mail'] },
  rules: { end: ['-----original message-----', '--------------------------------------------------'] },
  post: (recipients, ctx) => {
    const text = ctx.lines.slice(0, 30).join(' ').toLowerCase();
    return recipients.map((r) => {
      if (text.includes('account is disabled') || text.includes('suspend')) return { ...r, reason: 'suspend' as const };
      if (text.includes('user unknown') || text.includes('does not exist')) return { ...r, reason: 'userunknown' as const };
      return r;
    });
  },
});
