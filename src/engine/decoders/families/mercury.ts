/**
 * Mercury/32 (Pegasus Mail's MTA, and the Novell Internet Messaging wording it shares): "This
 * message was undeliverable due to the following reason(s):", then either a per-recipient list
 * ("Recipient: <address>" / "Reason: <the remote reply>") or one cause stated above the list
 * ("Your message was not delivered because the destination computer was not reachable within the
 * allowed queue period …", "The following recipients did not receive this message:"), closed by
 * "Please reply to postmaster@… if you feel this message to be in error." Source: Mercury/32's
 * delivery-failure templates as widely quoted in bounce write-ups.
 */
import { family } from '../blocks';

export const mercury = family({
  name: 'mercury',
  detect: { body: ['this message was undeliverable due to the following reason'] },
  rules: {
    start: ['this message was undeliverable due to the following reason'],
    recipient: [/^\s*recipient:\s*<?([^\s<>@]{1,64}@[\w.-]{1,255})>?(.*)$/i],
    end: ['please reply to postmaster', 'original message follows'],
    ignore: [
      'the following recipients did not receive this message',
      'each of the following recipients was rejected',
      'the reasons given by the server',
      'each recipient was rejected',
    ],
  },
  // "Each of the following recipients was rejected by a remote mail server": the template itself
  // says the reasons listed are the remote server's answers to RCPT TO for each recipient.
  post: (recipients, ctx) =>
    ctx.lines.some((l) => l.toLowerCase().includes('each of the following recipients was rejected by a remote mail server'))
      ? recipients.map((r) => ({ ...r, command: 'RCPT' }))
      : recipients,
});
