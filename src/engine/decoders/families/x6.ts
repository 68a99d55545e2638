/** Unnamed MTA "X6": "The following recipients returned permanent errors: rcpt. Reason: …". */
import { family } from '../blocks';

export const x6 = family({
  name: 'x6',
  detect: { subject: ['there was an error sending your mail'], body: ['we had trouble delivering your message'] },
  rules: {
    recipient: [
      /rejected recipient <([^\s<>@]{1,64}@[\w.-]{1,255})>(.*)$/i,
      /the following recipients returned (?:permanent|temporary) errors:\s*([^\s@]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})\.?(.*)$/i,
    ],
    lineStartAddress: false,
    end: ['the attachment contains the original mail headers'],
  },
});
