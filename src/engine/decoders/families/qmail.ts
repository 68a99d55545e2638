/** qmail and its offspring (Yahoo!, X4): "Hi. This is the qmail-send program", `<rcpt>:` blocks. */
import { family } from '../blocks';

export const qmail = family({
  name: 'qmail',
  detect: {
    subject: ['failure notice'],
    body: [
      'this is the qmail-send program',
      "i'm afraid i wasn't able to deliver your message",
      'unable to deliver your message to the following address',
    ],
  },
  rules: {
    start: [
      "i'm afraid i wasn't able to deliver",
      'unable to deliver your message to the following',
      'could not be delivered. this',
      'following address(es) could not be delivered',
      'the following address',
      'sorry, we were unable to deliver',
    ],
    end: [
      '--- below this line is a copy of the message',
      '--- enclosed are the original headers of the message',
      '--- enclosed is a copy of the message',
    ],
    ignore: ['giving up on', 'other mxes tried'],
  },
});
