/** BIGLOBE: "----- The following addresses had delivery problems -----" then "Non-delivered information". */
import { family } from '../blocks';

export const biglobe = family({
  name: 'biglobe',
  detect: { from: ['biglobe.ne.jp'], body: ['----- non-delivered information -----'] },
  rules: { start: ['the following addresses had delivery problems'], ignore: ['----- non-delivered information -----'] },
  post: (recipients, ctx) => {
    const i = ctx.lines.findIndex((l) => l.includes('Non-delivered information'));
    const info = i < 0 ? '' : (ctx.lines[i + 1] ?? '');
    return recipients.map((r) => ({ ...r, diagnostic: `${r.diagnostic ?? ''} ${info}`.trim() }));
  },
});
