/** Ipswitch IMail: "Unknown user: rcpt" style one-liners before "Original message follows." */
import { family } from '../blocks';

const KINDS: ReadonlyArray<readonly [string, 'userunknown' | 'mailboxfull' | 'expired' | 'hostunknown' | 'undefined']> = [
  ['unknown user:', 'userunknown'],
  ['invalid final delivery userid:', 'userunknown'],
  ['user mailbox exceeds allowed size:', 'mailboxfull'],
  ['undeliverable to', 'undefined'],
  ['delivery failed', 'undefined'],
  ['smtp session failed', 'undefined'],
  ['host unknown', 'hostunknown'],
];

export const imailserver = family({
  name: 'imailserver',
  detect: {
    // IMail stamps its X-Mailer as "<SMTP32 vN>" or "<IMail vN>"; every line of KINDS opens a notice.
    headerValue: ['x-mailer: <smtp32 v', 'x-mailer: <imail v', 'x-mailer: ipswitch'],
    body: ['invalid final delivery userid:', 'undeliverable to ', 'unknown user: ', 'user mailbox exceeds allowed size:'],
  },
  rules: {
    recipient: [
      /^\s*(?:unknown user|user mailbox exceeds allowed size|undeliverable to|delivery failed|smtp session failed|host unknown|invalid final delivery userid)[^:@]{0,80}:\s*([^\s@]{1,64}@[\w.-]{1,255})(.*)$/i,
    ],
    lineStartAddress: false,
    end: ['original message follows.'],
  },
  post: (recipients, ctx) =>
    recipients.map((r) => {
      const line = ctx.lines.find((l) => r.address !== null && l.includes(r.address))?.toLowerCase() ?? '';
      const kind = KINDS.find(([k]) => line.includes(k));
      const diag = `${line} ${r.diagnostic ?? ''}`.trim();
      return kind !== undefined && kind[1] !== 'undefined' ? { ...r, diagnostic: diag, reason: kind[1] } : { ...r, diagnostic: diag };
    }),
});
