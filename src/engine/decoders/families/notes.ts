/** Lotus Notes (older): "------- Failure Reasons --------", reason text, then the recipient. */
import { fold } from '../../text';
import { scanBlocks } from '../blocks';
import type { Decoder } from '../types';

export const notes: Decoder = {
  name: 'notes',
  detect: (ctx) => ctx.lines.some((l) => l.includes('------- Failure Reasons')),
  decode: (ctx) => {
    const start = ctx.lines.findIndex((l) => l.includes('------- Failure Reasons'));
    const end = ctx.lines.findIndex((l) => l.includes('------- Returned Message'));
    const section = ctx.lines.slice(start + 1, end < 0 ? undefined : end);
    const found = scanBlocks(section, {});
    if (found.length === 0) return null;
    // The reason comes before the address in this format.
    const firstAddr = section.findIndex((l) => l.includes('@'));
    const reasonText = fold(section.slice(0, Math.max(0, firstAddr)).join(' '));
    return { decoder: 'notes', recipients: found.map((r) => ({ ...r, diagnostic: fold(`${reasonText} ${r.diagnostic ?? ''}`) })) };
  },
};
