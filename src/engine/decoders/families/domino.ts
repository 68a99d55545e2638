/** HCL/Lotus Domino: "Your message … was not delivered to: <rcpt> because: …". */
import { family } from '../blocks';

export const domino = family({
  name: 'domino',
  detect: { subject: ['delivery failure:', 'delivery report:'], body: ['was not delivered to:'] },
  rules: { start: ['was not delivered to:'], ignore: ['because:'] },
  post: (recipients) =>
    recipients.map((r) => {
      const d = (r.diagnostic ?? '').toLowerCase();
      if (d.includes('not listed in') || d.includes('no such user')) return { ...r, reason: 'userunknown' as const };
      return r;
    }),
});
