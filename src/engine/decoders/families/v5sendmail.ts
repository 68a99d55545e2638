/** Sendmail V5: only a transcript; the recipient comes from the returned original or the reply. */
import { fold } from '../../text';
import { findAddresses, headerBlock } from '../../text';
import type { Decoder } from '../types';

export const v5sendmail: Decoder = {
  name: 'v5sendmail',
  detect: (ctx) =>
    ctx.lines.some((l) => l.includes('----- Transcript of session follows -----')) &&
    ctx.lines.some((l) => /----- Unsent message follows -----|-----Unsent message follows-----/.test(l)),
  decode: (ctx) => {
    const s = ctx.lines.findIndex((l) => l.includes('----- Transcript of session follows -----'));
    const e = ctx.lines.findIndex((l) => l.includes('Unsent message follows'));
    if (s < 0 || e < 0) return null;
    const transcript = ctx.lines.slice(s + 1, e).filter((l) => l.trim() !== '');
    const replies = transcript.filter((l) => /^\s*[45]\d\d[\s-]/.test(l) || /^\s*<<<\s*[45]\d\d/.test(l));
    const original = ctx.lines.slice(e + 1).join('\n');
    const to = headerBlock(original)
      .filter(([k]) => k === 'to')
      .flatMap(([, v]) => findAddresses(v));
    // The failed address is the one sendmail names before "...": "550 <rcpt>... User unknown".
    const inText = replies.flatMap((r) => {
      const m = /^\s*(?:<<<\s*)?[45]\d\d[\s-]+<?([^\s<>]{1,64}@[\w.-]{1,255}?)>?\.\.\./.exec(r);
      return m?.[1] !== undefined ? [m[1]] : [];
    });
    const addresses = inText.length > 0 ? [...new Set(inText)] : to;
    if (addresses.length === 0) return null;
    // The command a reply answers is the last ">>> COMMAND" line the transcript shows before it.
    const commandFor = (address: string): string | undefined => {
      let last: string | undefined;
      for (const l of transcript) {
        const sent = /^\s*>>>\s*([a-z]{4})/i.exec(l);
        if (sent?.[1] !== undefined) last = sent[1];
        else if (/^\s*<<<\s*[45]\d\d/.test(l) && l.includes(address)) return last;
      }
      return undefined;
    };
    // A server that refused MAIL FROM refused the whole session: Sendmail then reports each of its
    // recipients as "Remote protocol error", and the MAIL reply is the cause.
    const mailRefusal = (address: string): string | null => {
      let session: string[] = [];
      for (const l of transcript) {
        if (/while talking to/i.test(l)) session = [];
        session.push(l);
        if (l.includes(address) && /protocol error/i.test(l)) {
          const i = session.findIndex((x) => /^\s*>>>\s*mail\b/i.test(x));
          const reply = i < 0 ? undefined : session[i + 1];
          return reply !== undefined && /^\s*<<<\s*5\d\d/.test(reply) ? reply.replace(/^\s*<<<\s*/, '') : null;
        }
      }
      return null;
    };
    return {
      decoder: 'v5sendmail',
      recipients: addresses.map((address) => {
        const mine = replies.filter((r) => r.includes(address));
        const refusal = mailRefusal(address);
        const command = refusal !== null ? 'MAIL' : commandFor(address);
        const own = fold((mine.length > 0 ? mine : replies).join(' '));
        return { address, diagnostic: refusal !== null ? fold(`${refusal} ${own}`) : own, ...(command !== undefined ? { command } : {}) };
      }),
    };
  },
};
