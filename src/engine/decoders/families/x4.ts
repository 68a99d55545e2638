/** Unnamed qmail derivative "X4": "Your mail message to the following address(es) could not be delivered." */
import { family } from '../blocks';

export const x4 = family({
  name: 'x4',
  detect: { body: ['your mail message to the following address(es) could not be delivered'] },
  rules: { start: ['could not be delivered. this', 'could not be delivered.'], end: ['--- below this line is a copy of the message'] },
});
