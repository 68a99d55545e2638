/** Exim: "A message that you sent could not be delivered…", indented recipients and SMTP errors. */
import { family } from '../blocks';

export const exim = family({
  name: 'exim',
  detect: {
    subject: ['mail delivery failed', 'warning: message', 'mail failure'],
    from: ['mailer-daemon@'],
    body: ['this message was created automatically by mail delivery software', 'could not be delivered to one or more of its'],
    header: ['x-failed-recipients'],
  },
  rules: {
    start: ['following address(es) failed', 'following address failed', 'could not be delivered to one or more', 'has not yet been delivered', 'following address(es) deferred', 'delivery to the following', 'failed:', 'message could not be delivered', 'not be delivered'],
    end: ['------ this is a copy of the message', '------ this is a copy of your message', 'included is a copy of the message header', '--- the header of the original message is following'],
    ignore: ['no action is required on your part', 'delay reason', 'the message identifier is', 'the date of the message', 'the subject of the message', 'the address to which the message has not yet been delivered', 'if you want to change', 'for further assistance'],
  },
});
