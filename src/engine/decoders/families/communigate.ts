/**
 * CommuniGate Pro: "Failed to deliver to '<address>'", then the module that failed and its words:
 * "SMTP module(domain example.net) reports:" / " host mx.example.net says:" / the remote reply, or
 * "LOCAL module(account name) reports:" / the local reason. Source: CommuniGate Pro's documented
 * address-routing notation `module(queue)address` (Guide, "E-mail Transfer" and "SMTP Module") and
 * its bounce wording; the subject is "Undeliverable mail: <subject>".
 */
import { family } from '../blocks';

export const communigate = family({
  name: 'communigate',
  detect: { body: ["failed to deliver to '"] },
  rules: {
    recipient: [/^\s*failed to deliver to\s+'<?([^\s<>'@]{1,64}@[\w.-]{1,255})>?'(.*)$/i],
    lineStartAddress: false,
    ignore: [' module(', ' says:'],
  },
});
