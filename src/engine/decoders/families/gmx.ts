/** GMX / web.de: Exim-like text, the recipient in quotes, "--- The header of the original message is following. ---". */
import { family } from '../blocks';

export const gmx = family({
  name: 'gmx',
  detect: { from: ['mailer-daemon@mail.gmx', 'mailer-daemon@gmx', 'mailer-daemon@web.de'], headerValue: ['x-ui-out-filterresults'] },
  rules: {
    start: ['could not be delivered to one or more of', 'following address failed', 'following address(es) failed'],
    end: ['--- the header of the original message is following. ---'],
  },
});
