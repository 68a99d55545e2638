/** Zoho Mail: "rcpt Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 …" on one line. */
import { family } from '../blocks';

export const zoho = family({
  name: 'zoho',
  detect: { from: ['mailer-daemon@mail.zoho.com', 'zoho.com'], headerValue: ['x-zohomail', 'x-mailer: zoho'] },
  rules: {
    start: [
      'could not be delivered to one or more of its recipients',
      'this message was created automatically',
      'has not yet been delivered',
      'this message was created automatically by mail delivery system',
    ],
    recipient: [/^\s*([^\s@[]{1,64}@[\w.-]{1,255})\s(.*)$/, /\[status: \w+, address: <([^>]{3,254})>,?(.*)$/i],
    end: ['received:from', 'received: from'],
  },
});
