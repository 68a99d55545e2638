/** Unnamed MTA "X2": "Unable to deliver message to the following address(es).", qmail-like blocks. */
import { family } from '../blocks';

export const x2 = family({
  name: 'x2',
  detect: { body: ['unable to deliver message to the following address(es)', 'delivery to the following recipients failed permanently'] },
  rules: {
    start: ['unable to deliver message to the following address(es)', 'to the following recipients'],
    end: ['--- original message follows.'],
  },
});
