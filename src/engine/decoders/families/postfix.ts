/** Postfix: "This is the mail system at host …", then `<rcpt>: host x[ip] said: …`. */
import { family } from '../blocks';

export const postfix = family({
  name: 'postfix',
  detect: {
    subject: ['undelivered mail returned to sender', 'delayed mail (still being retried)', 'undeliverable mail returned to sender'],
    body: ['this is the mail system at host', 'the mail system', 'postfix program'],
  },
  rules: {
    start: ['this is the mail system at host', 'the mail system', 'this is the postfix program'],
    end: ['--- delivery report unavailable ---', 'content-description: undelivered message', 'content-description: delivery report'],
    ignore: ['for further assistance', 'if you do so, please include', 'delete your own text', 'the mail system'],
  },
});
