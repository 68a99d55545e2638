/** Trend Micro gateways (InterScan): a transcript of "Sent <<< RCPT TO:" and "Received >>> 550 …". */
import { words } from '../../lexicon';
import { findAddresses, fold } from '../../text';
import type { Decoder } from '../types';

export const trendmicro: Decoder = {
  name: 'trendmicro',
  detect: (ctx) =>
    ctx.lines.some((l) => l.startsWith('Sent <<<')) ||
    words('cannotDeliverSubject').some((w) => ctx.subject.includes(w)) ||
    ctx.mail.body.includes('InterScan Messaging Security'),
  decode: (ctx) => {
    const recipients = [];
    let command: string | undefined;
    let address: string | null = null;
    for (const line of ctx.lines) {
      const sent = /^Sent <<< ?(\S+)(?:\s(.*))?$/.exec(line);
      if (sent?.[1] !== undefined) {
        command = sent[1].toUpperCase();
        address = findAddresses(sent[2] ?? '')[0] ?? address;
        continue;
      }
      const got = /^Received >>>(.*)$/.exec(line);
      if (got?.[1] !== undefined && /^[45]\d\d/.test(got[1].trim())) {
        const addr = address ?? findAddresses(got[1])[0] ?? null;
        recipients.push({ address: addr, diagnostic: fold(got[1]), ...(command !== undefined ? { command } : {}) });
      }
    }
    if (recipients.length === 0) {
      // InterScan's short notice: "Unable to deliver message to <rcpt> (and other recipients …)".
      for (const line of ctx.lines) {
        const m = /unable to deliver message to <([^>]{3,254})>(.*)$/i.exec(line);
        // InterScan sends this notice when the recipient's server refused the address.
        if (m?.[1] !== undefined) recipients.push({ address: m[1], diagnostic: fold(m[2] ?? ''), reason: 'userunknown' as const });
      }
    }
    return recipients.length === 0 ? null : { decoder: 'trendmicro', recipients };
  },
};
