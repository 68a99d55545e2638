/**
 * Exchange 2007 and later, Exchange Online, Outlook.com: "Delivery has failed to these recipients
 * or groups", in English and in the localised headings Exchange writes (all in the lexicon).
 */
import { words } from '../../lexicon';
import { family } from '../blocks';

/** Localised first headings of Exchange NDRs (the technical part below stays English). */
export const EXCHANGE_HEADINGS: readonly string[] = words('exchangeHeading');

export const exchange2007 = family({
  name: 'exchange2007',
  detect: {
    body: EXCHANGE_HEADINGS,
    header: ['x-ms-exchange-message-is-ndr'],
    subject: words('exchangeSubject'),
  },
  rules: {
    start: EXCHANGE_HEADINGS,
    end: words('exchangeOriginalHeaders'),
    recipient: [/^\s*([^\s@<>]{1,64}@[\w.-]{1,255})\s*<mailto:[^>]*>(.*)$/i],
    ignore: words('exchangeBoilerplate'),
  },
});
