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
    ignore: ['original address:', 'delivery attempt history'],
  },
});
