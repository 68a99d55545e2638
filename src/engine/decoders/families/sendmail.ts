/** Sendmail: "----- The following addresses had permanent fatal errors -----" and a transcript. */
import { family } from '../blocks';
import { readTranscript } from '../transcript';

export const sendmail = family({
  name: 'sendmail',
  detect: {
    subject: ['returned mail:', 'warning: could not send message', 'delivery status notification'],
    body: ['----- the following addresses had', '----- transcript of session follows -----'],
  },
  rules: {
    start: ['the following addresses had', 'following addresses had'],
    end: ['----- original message follows -----', '----- unsent message follows -----', '----- message header follows -----'],
  },
  post: (recipients, ctx) => {
    const transcript = readTranscript(ctx.lines);
    for (const r of recipients) {
      const t = transcript.find((h) => h.address?.toLowerCase() === r.address?.toLowerCase()) ?? transcript[0];
      if (t === undefined) continue;
      if (t.command !== null) r.command = t.command;
      r.diagnostic = `${r.diagnostic ?? ''} ${t.reply}`.trim();
    }
    return recipients;
  },
});
