/**
 * Warming the pane's engine worker up before a message is in hand: the reader's catalogue is
 * fetched and the engine runs once on a small built-in bounce (a standard RFC 3464 report, made
 * up here), so the first real message finds the MIME reader, the decoders and the catalogue
 * compiled instead of paying for that on the user's clock.
 */
import { loadMessages, run } from '../engine';

const WARM_BOUNCE = [
  'From: MAILER-DAEMON@mail.example.org',
  'To: user@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Mon, 2 Mar 2026 10:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system. Your message could not be delivered.',
  '<nobody@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown',
  '',
  '--b',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mail.example.org',
  '',
  'Final-Recipient: rfc822; nobody@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.net',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: User unknown',
  '',
  '--b',
  'Content-Type: text/rfc822-headers',
  '',
  'From: user@example.com',
  'To: nobody@example.net',
  'Subject: Hello',
  'Message-ID: <warm@example.com>',
  '',
  '--b--',
  '',
].join('\r\n');

let ranOnce = false;

/**
 * Loads `locale`'s catalogue and, once per worker, runs the engine on the built-in bounce; false
 * when the catalogue did not load. The run waits one task first and is skipped when `wanted` then
 * says no: a real message that was already queued goes first and warms the engine itself.
 */
export async function warmUp(locale: string, wanted: () => boolean = () => true): Promise<boolean> {
  try {
    await loadMessages(locale);
  } catch {
    // A catalogue that does not load is the analysis's problem to word; warming up just ends.
    return false;
  }
  if (ranOnce) return true;
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (ranOnce || !wanted()) return true;
  ranOnce = true;
  try {
    await run(new TextEncoder().encode(WARM_BOUNCE), { locale, identities: { userAddress: 'user@example.com' } });
  } catch {
    // Warming up is an optimisation only.
  }
  return true;
}

/** For tests: the built-in bounce the warm-up analyses. */
export const WARM_SAMPLE: string = WARM_BOUNCE;
