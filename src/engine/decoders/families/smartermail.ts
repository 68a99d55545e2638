/**
 * SmarterMail (SmarterTools): "Could not deliver message to the following recipient(s):", then per
 * recipient "Failed Recipient: <address>" and "Reason: <text>" (the remote reply, or SmarterMail's
 * own words: "The mailbox is full", "No MX records were found for the '<domain>' domain").
 * Source: the template as quoted in hosting providers' SmarterMail knowledge-base articles
 * ("Common email delivery errors"); the subject is "Undeliverable: <subject>".
 */
import { family } from '../blocks';

export const smartermail = family({
  name: 'smartermail',
  detect: { body: ['could not deliver message to the following recipient(s):'] },
  rules: {
    start: ['could not deliver message to the following recipient(s):'],
    recipient: [/^\s*failed recipient:\s*<?([^\s<>@]{1,64}@[\w.-]{1,255})>?(.*)$/i],
    lineStartAddress: false,
    end: ['-- the header and top', 'original message follows'],
    ignore: ['could not deliver message to the following recipient(s):'],
  },
});
