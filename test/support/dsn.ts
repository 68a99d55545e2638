/**
 * Builds RFC 3464 delivery status notifications for tests: one multipart/report with a readable
 * part, the delivery-status part and, when given, the returned original's headers. Tests state only
 * what they are about; everything else has a plain, valid default.
 */

/** One per-recipient block of the delivery-status part. */
export interface DsnRecipient {
  readonly address: string;
  readonly action?: string;
  readonly status?: string;
  readonly remoteMta?: string;
  /** The `Diagnostic-Code` value after `smtp; `; left out when undefined. */
  readonly diagnostic?: string;
  /** Further fields of the block, as written. */
  readonly extra?: readonly string[];
}

export interface DsnOptions {
  readonly from?: string;
  readonly to?: string;
  readonly subject?: string;
  readonly date?: string;
  /** The human-readable first part. */
  readonly text?: string;
  readonly reportingMta?: string;
  readonly recipients: readonly DsnRecipient[];
  /** Header lines of the returned original (`text/rfc822-headers`); no such part when undefined. */
  readonly original?: readonly string[];
  /** `message/delivery-status` (the default) or `message/global-delivery-status`. */
  readonly statusType?: string;
  readonly eol?: '\n' | '\r\n';
}

/** The fields of one recipient block, without the blank line that ends it. */
export function recipientBlock(r: DsnRecipient): string[] {
  return [
    `Final-Recipient: rfc822; ${r.address}`,
    `Action: ${r.action ?? 'failed'}`,
    `Status: ${r.status ?? '5.1.1'}`,
    ...(r.remoteMta !== undefined ? [`Remote-MTA: dns; ${r.remoteMta}`] : []),
    ...(r.diagnostic !== undefined ? [`Diagnostic-Code: smtp; ${r.diagnostic}`] : []),
    ...(r.extra ?? []),
  ];
}

export function buildDsn(o: DsnOptions): string {
  const reporting = o.reportingMta ?? 'mail.contoso.example';
  const lines = [
    `From: ${o.from ?? `MAILER-DAEMON@${reporting}`}`,
    `To: ${o.to ?? 'alex@contoso.example'}`,
    `Subject: ${o.subject ?? 'Undelivered Mail Returned to Sender'}`,
    ...(o.date !== undefined ? [`Date: ${o.date}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.text ?? `This is the mail system at host ${reporting}.`,
    '',
    '--b',
    `Content-Type: ${o.statusType ?? 'message/delivery-status'}`,
    '',
    `Reporting-MTA: dns; ${reporting}`,
    '',
    ...o.recipients.flatMap((r) => [...recipientBlock(r), '']),
    ...(o.original !== undefined ? ['--b', 'Content-Type: text/rfc822-headers', '', ...o.original, ''] : []),
    '--b--',
    '',
  ];
  return lines.join(o.eol ?? '\n');
}

/** `n` recipients `user0@…`, `user1@…` with the same status and diagnostic. */
export function manyFailed(n: number, fields: Omit<DsnRecipient, 'address'>, domain = 'fabrikam.example'): DsnRecipient[] {
  return Array.from({ length: n }, (_, i) => ({ ...fields, address: `user${i}@${domain}` }));
}
