/** MailFoundry: "Unable to deliver message to: <rcpt>", then "Delivery failed for the following reason:". */
import { family } from '../blocks';

export const mailfoundry = family({
  name: 'mailfoundry',
  detect: { subject: ['message delivery has failed'], body: ['delivery failed for the following reason:'] },
  rules: {
    recipient: [/unable to deliver message to:\s*<?([^\s<>]{1,64}@[\w.-]{1,255})>?(.*)$/i],
    lineStartAddress: false,
    ignore: ['delivery failed for the following reason', 'this has been a permanent failure', 'no further delivery attempts'],
  },
});
