/** Yahoo! Mail (qmail-based): "Sorry, we were unable to deliver your message to the following address." */
import { family } from '../blocks';

export const yahoo = family({
  name: 'yahoo',
  detect: {
    body: ['sorry, we were unable to deliver your message to the following address'],
    headerValue: ['x-ymailisg', 'x-yahoo-newman'],
  },
  rules: { start: ['sorry, we were unable to deliver your message'], end: ['--- below this line is a copy of the message'] },
});
