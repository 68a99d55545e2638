/** 1&1 (IONOS): "Dies ist eine automatisch erstellte Nachricht." / "This message was created automatically". */
import { words } from '../../lexicon';
import { family } from '../blocks';

export const einsundeins = family({
  name: 'einsundeins',
  detect: {
    from: ['@1and1', 'mailer-daemon@online.de', 'kundenserver', 'ionos'],
    body: ['dies ist eine automatisch erstellte nachricht', 'postmaster.1and1.com'],
  },
  rules: {
    start: [
      'could not be delivered to one or more of its recipients',
      ...words('recipientsFailedHeading'),
      'following address failed',
      'following address(es) failed',
    ],
    end: ['--- the header of the original message is following. ---', ...words('headerOfOriginalFollows')],
    ignore: ['for the following reason:'],
  },
});
