/** Mimecast: "Your message couldn't be delivered to the following recipients" with "The problem appears to be". */
import { family } from '../blocks';

export const mimecast = family({
  name: 'mimecast',
  detect: { from: ['mimecast'], headerValue: ['x-mc-unique', 'mimecast'] },
  rules: { start: ["your message couldn't be delivered to the following recipients", 'delivery to the following recipients'] },
});
