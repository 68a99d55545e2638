/** Gmail: "Delivery to the following recipient failed permanently", then technical details. */
import { family } from '../blocks';

export const gmail = family({
  name: 'gmail',
  detect: {
    from: ['mailer-daemon@googlemail.com', 'mailer-daemon@google.com'],
    body: ['delivery to the following recipient', 'technical details of permanent failure', 'technical details of temporary failure'],
  },
  rules: {
    start: [
      'delivery to the following recipient',
      'delivery to these recipients or groups',
      "your message wasn't delivered",
      'message not delivered',
      'there was a temporary problem delivering',
      'delivery incomplete',
      'address not found',
    ],
    end: ['----- original message -----', '----- message header follows -----'],
  },
});
