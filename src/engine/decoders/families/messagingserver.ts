/** Oracle (Sun) Messaging Server: "This report relates to a message you sent" then "Recipient address:". */
import { family } from '../blocks';

export const messagingserver = family({
  name: 'messagingserver',
  detect: { body: ['this report relates to a message you sent with the following header fields'] },
  rules: {
    start: [
      'your message cannot be delivered to the following recipients',
      'your message has been delayed and is still awaiting delivery',
      'this report relates to a message you sent',
    ],
    recipient: [/^\s*recipient address:\s*<?([^\s<>]{1,64}@[\w.-]{1,255})>?(.*)$/i],
    // Netscape Messaging Server 3.6/4.1, its predecessor, states the reason above the address and
    // closes with "Please reply to <postmaster@…> if you feel this message to be in error"
    // (flufl.bounce _detectors/netscape.py skips that line): no diagnostic.
    ignore: ['original address:', 'delivery attempt history', 'please reply to', 'if you feel this message to be in error'],
  },
});
