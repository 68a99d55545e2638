/** Mail.Ru: a Russian notice above Exim's own text; the recipient lines are Exim's. */
import { words } from '../../lexicon';
import { family } from '../blocks';

export const mailru = family({
  name: 'mailru',
  detect: { from: ['mailer-daemon@corp.mail.ru', 'mailer-daemon@mail.ru', '@mail.ru'], subject: words('notDeliveredSubject') },
  rules: {
    start: [...words('recipientsFailedHeading'), 'could not be delivered to one or more'],
    end: ['------ this is a copy of the message'],
    ignore: [...words('adviceBoilerplate'), '**********'],
  },
});
