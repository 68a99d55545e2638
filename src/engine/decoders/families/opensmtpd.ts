/** OpenSMTPD: "Hi! This is the MAILER-DAEMON, please DO NOT REPLY to this email." */
import { family } from '../blocks';

export const opensmtpd = family({
  name: 'opensmtpd',
  detect: {
    body: ['this is the mailer-daemon, please do not reply to this e-mail', 'this is the mailer-daemon, please do not reply to this email'],
  },
  rules: {
    start: [
      'an error has occurred while attempting to deliver a message for',
      'the following recipients',
      'delivery attempts for the following recipients',
      'has been delayed',
    ],
    end: ['below is a copy of the original message', '    below is a copy of the original message'],
  },
});
