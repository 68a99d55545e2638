/** Exim: "A message that you sent could not be delivered…", indented recipients and SMTP errors. */
import { header } from '../../mail';
import { findAddresses, fold } from '../../text';
import { family } from '../blocks';

export const exim = family({
  name: 'exim',
  detect: {
    subject: ['mail delivery failed', 'warning: message', 'mail failure'],
    body: ['this message was created automatically by mail delivery software', 'could not be delivered to one or more of its'],
    header: ['x-failed-recipients'],
  },
  rules: {
    start: [
      'following address(es) failed',
      'following address failed',
      'could not be delivered to one or more',
      'has not yet been delivered',
      'following address(es) deferred',
      'delivery to the following',
      'failed:',
      'message could not be delivered',
      'not be delivered',
    ],
    end: [
      '------ this is a copy of the message',
      '------ this is a copy of your message',
      'included is a copy of the message header',
      '--- the header of the original message is following',
    ],
    recipient: [/^\s+[^\s@]{1,64}@[\w.-]{1,255}\s+<([^\s<>@]{1,64}@[\w.-]{1,255})>:?(.*)$/],
    ignore: [
      'no action is required on your part',
      'delay reason',
      'the message identifier is',
      'the date of the message',
      'the subject of the message',
      'the address to which the message has not yet been delivered',
      'if you want to change',
      'for further assistance',
    ],
  },
  post: (recipients, ctx) => {
    // The text named a pipe or a file instead of an address: X-Failed-Recipients names the person.
    const failed = findAddresses(header(ctx.mail, 'x-failed-recipients') ?? '');
    if (failed.length === 0) return recipients;
    const known = new Set(recipients.map((r) => r.address?.toLowerCase()));
    if (failed.every((a) => known.has(a.toLowerCase()))) return recipients;
    if (recipients.length > 0) return recipients;
    const start = ctx.lines.findIndex((l) => /following address(?:\(es\))? failed|could not be delivered/i.test(l));
    const end = ctx.lines.findIndex((l) => l.startsWith('------ This is a copy'));
    const text = fold(ctx.lines.slice(start + 1, end < 0 ? start + 10 : end).join(' '));
    return failed.map((address) => ({ address, diagnostic: text }));
  },
});
