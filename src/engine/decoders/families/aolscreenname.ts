/**
 * AOL's bounces of the early 2000s that name the recipient by screen name only ("Your mail to the
 * following recipients could not be delivered because they are not accepting mail from <sender>:"
 * then one screen name a line). The layout flufl.bounce `_detectors/aol.py` reads: text/plain from
 * an @aol.com address; a bare name means `<name>@aol.com`; a line with spaces ends the list.
 * rjbs Mail-DeliveryStatus-BounceParser marks the address after "not accepting mail from" as the
 * sender's, never a recipient (it is left to the forbidden-address rule: the report's own To).
 */
import { fold } from '../../text';
import type { Decoded, Decoder, RawRecipient } from '../types';

const MARKER = 'mail to the following recipients could not be delivered';
/** A screen name or an address alone on its line: no spaces. */
const NAME = /^[\w.+-]{1,64}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?$/;

export const aolscreenname: Decoder = {
  name: 'aol-screenname',
  detect: (ctx) => ctx.from.endsWith('@aol.com') && ctx.lines.slice(0, 20).some((l) => l.toLowerCase().includes(MARKER)),
  decode: (ctx): Decoded | null => {
    const start = ctx.lines.findIndex((l) => l.toLowerCase().includes(MARKER));
    if (start < 0) return null;
    const sentence = fold(ctx.lines[start] ?? '');
    // "…because they are not accepting mail from <sender>": the recipient's own mail controls refuse
    // this sender (BounceParser's "AOL's AirMail sender-blocking"), a filter on the recipient's side,
    // not a server that accepts no mail at all (what "not accepting mail" means elsewhere).
    const refused = /not accepting mail from/i.test(sentence);
    const recipients: RawRecipient[] = [];
    for (const line of ctx.lines.slice(start + 1, start + 200)) {
      const name = line.trim();
      if (name === '') {
        if (recipients.length > 0) break;
        continue;
      }
      if (!NAME.test(name)) break;
      const address = name.includes('@') ? name : `${name}@aol.com`;
      const r: RawRecipient = { address, diagnostic: sentence, evidence: [`AOL screen name: ${name}`] };
      if (refused) r.reason = 'filtered';
      recipients.push(r);
    }
    return recipients.length === 0 ? null : { decoder: 'aol-screenname', recipients };
  },
};
