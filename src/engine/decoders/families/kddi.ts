/** KDDI (au one net): "Could not be delivered to: <rcpt>" with the cause on the next line. */
import { family } from '../blocks';

export const kddi = family({
  name: 'kddi',
  detect: { from: ['dion.ne.jp', 'ezweb.ne.jp'], body: ['could not be delivered to:'] },
  rules: { recipient: [/could not be delivered to:\s*<?([^\s<>]{1,64}@[\w.-]{1,255})>?(.*)$/i], lineStartAddress: false },
  post: (recipients) =>
    recipients.map((r) => ((r.diagnostic ?? '').toLowerCase().includes('mailbox is full') ? { ...r, reason: 'mailboxfull' as const } : r)),
});
