/** Unnamed MTA "X3": "Delivery to the following recipients failed permanently:" with a "Technical details" box. */
import { family } from '../blocks';

export const x3 = family({
  name: 'x3',
  detect: { body: ['this is an automatically generated delivery status notification'], from: ['mail.delivery.system@'] },
  rules: { start: ['to the following recipients failed'], ignore: ['technical details:'] },
  post: (recipients, ctx) => {
    const i = ctx.lines.findIndex((l) => l.includes('Technical details'));
    const tech = ctx.lines.slice(i + 1, i + 4).find((l) => /\d{3}/.test(l)) ?? '';
    return recipients.map((r) => (r.diagnostic === undefined || r.diagnostic === '' ? { ...r, diagnostic: tech.trim() } : r));
  },
});
