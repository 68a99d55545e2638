/** Unnamed MTA "X1": "---The following addresses had delivery errors---", `rcpt [reason]`. */
import { family } from '../blocks';

export const x1 = family({
  name: 'x1',
  detect: { body: ['---the following addresses had delivery errors---'] },
  rules: { start: ['the following addresses had delivery errors'], recipient: [/^\s*([^\s@]{1,64}@[\w.-]{1,255})\s+\[([^\]]{0,500})\]/] },
});
