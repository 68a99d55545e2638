/**
 * Broadcom Email Security.cloud (formerly Symantec.cloud / MessageLabs), its own plain-text notice
 * when the next server refuses a message it relays: "I was unable to deliver your message to the
 * following addresses:", then each address on its own line and "Reason: <the remote server's
 * reply>", then the message's subject, date and reference lines.
 * Source: Broadcom knowledge base article 161393 ("Rejection errors when delivering to 3rd party
 * recipients"), which shows the notice and the replies it quotes. Keyed on the sender's domain
 * only (a cheap header check); its multipart DSN form is read by the RFC 3464 decoder first.
 */
import { family } from '../blocks';

export const messagelabs = family({
  name: 'messagelabs',
  detect: { from: ['messagelabs.com'] },
  rules: {
    start: ['unable to deliver your message to the following addresses'],
    end: ['the message subject was:', 'the message reference was:'],
  },
});
