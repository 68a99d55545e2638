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
      const own = transcript.find((h) => h.address?.toLowerCase() === r.address?.toLowerCase());
      const t = own ?? transcript[0];
      if (t === undefined) continue;
      if (t.command !== null) r.command = t.command;
      // The reply to this recipient's own RCPT TO is its reply code; a later refusal of DATA
      // ("554 5.5.1 Error: no valid recipients") is the transaction's consequence, not its cause.
      const reply = own?.command === 'RCPT' ? /^([45]\d\d)[ -]/.exec(own.reply)?.[1] : undefined;
      if (reply !== undefined && r.replyCode === undefined) r.replyCode = reply;
      r.diagnostic = `${r.diagnostic ?? ''} ${t.reply}`.trim();
    }
    return recipients;
  },
});
