/** Exchange 2000/2003: "Your message … did not reach the following recipient(s):". */
import { family } from '../blocks';

export const exchange2003 = family({
  name: 'exchange2003',
  detect: { body: ['did not reach the following recipient(s)'], header: ['x-ms-embedded-report'] },
  rules: {
    start: ['did not reach the following recipient(s)'],
    recipient: [/^\s*([^\s@]{1,64}@[\w.-]{1,255}) on (.*)$/],
  },
  post: (recipients) =>
    recipients.map((r) => {
      const d = (r.diagnostic ?? '').toLowerCase();
      if (d.includes('not recognized') || d.includes('unknown recipient') || d.includes('000c05a6'))
        return { ...r, reason: 'userunknown' as const };
      if (d.includes('000b099c') || d.includes('too large')) return { ...r, reason: 'mesgtoobig' as const };
      return r;
    }),
});
