/**
 * A moderated group's "your message is waiting for approval" notice: Exchange (moderated
 * recipients with sender notifications, Microsoft Learn "Manage message approval"), Google Groups
 * and list managers tell the sender a post is held for a moderator. Nothing has failed yet and
 * nobody but the moderator can act: a warning for the group's address, never a bounce.
 */
import { headText } from './blocks';
import type { Context, Decoded, Decoder } from './types';
import { words } from '../lexicon';
import { findAddresses } from '../text';

/** The notice must also name a moderator or moderation. */
const MODERATION = 'moderat';

/** The lexicon's words for a held post (role `moderationHeld`, every language it lists). */
function heldWord(text: string): string | undefined {
  return words('moderationHeld').find((w) => text.includes(w.toLowerCase()));
}

export const moderationHold: Decoder = {
  name: 'moderation-hold',
  detect: (ctx) => {
    if (ctx.mail.deliveryStatus.length > 0) return false;
    const head = headText(ctx);
    return (heldWord(ctx.subject) !== undefined || heldWord(head) !== undefined) && head.includes(MODERATION);
  },
  decode: (ctx: Context): Decoded | null => {
    // The held address is the one named in the sentence that says the post is held.
    for (const line of ctx.lines.slice(0, 40)) {
      const lower = line.toLowerCase();
      const word = heldWord(lower);
      if (word === undefined) continue;
      const address = findAddresses(line)[0];
      if (address === undefined) continue;
      return {
        decoder: 'moderation-hold',
        kind: 'warning',
        recipients: [{ address, action: 'delayed', diagnostic: line.trim(), evidence: [line.trim()] }],
      };
    }
    return null;
  },
};
