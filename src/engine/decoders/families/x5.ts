/** Unnamed MTA "X5": a sendmail-like notice wrapped around a second copy of itself. */
import { family } from '../blocks';

export const x5 = family({
  name: 'x5',
  detect: { body: ['----- the following addresses had permanent delivery errors -----'] },
  rules: { start: ['the following addresses had permanent delivery errors'] },
});
