/**
 * The reason vocabulary. Names follow Sisimai 5 so results compare one to one with the best
 * open-source bounce analyser; each is defined here once and nowhere else.
 */
export const REASONS = {
  authfailure: 'Rejected because SPF, DKIM or DMARC checks on the sender failed',
  badreputation: 'Rejected because of the sending server\u2019s IP reputation',
  blocked: 'Rejected because of the sending server\u2019s IP address or host name',
  contenterror: 'Rejected because of the message\u2019s header or format',
  delivered: 'Delivered successfully (a success notice, not a failure)',
  exceedlimit: 'A per-recipient limit, such as a size quota, was exceeded',
  expired: 'The sending server gave up after retrying for too long',
  failedstarttls: 'The encrypted connection (STARTTLS, MTA-STS, DANE) could not be set up',
  feedback: 'A complaint report (ARF feedback loop), not a bounce',
  filtered: 'Rejected by a filter on the recipient\u2019s side after the message was sent',
  hasmoved: 'The recipient\u2019s mailbox has moved and mail is not forwarded',
  hostunknown: 'The recipient\u2019s domain does not exist or has no mail server',
  mailboxfull: 'The recipient\u2019s mailbox is full',
  mailererror: 'A local delivery program on the receiving server failed',
  mesgtoobig: 'The message is larger than the receiving server accepts',
  networkerror: 'A DNS, routing or mail-loop problem between servers',
  norelaying: 'The server refused to relay the message for this sender or destination',
  notaccept: 'The destination accepts no mail at all (for example a null MX)',
  notcompliantrfc: 'The message breaks the mail format standards (for example duplicate headers)',
  onhold: 'The bounce says too little to decide',
  policyviolation: 'The recipient\u2019s side has a policy that refuses this message',
  rejected: 'The sender\u2019s address was refused',
  requireptr: 'The sending server has no valid reverse DNS (PTR) record',
  securityerror: 'A security check or authentication on the receiving side failed',
  spamdetected: 'The receiving side judged the message to be spam',
  speeding: 'Too many messages were sent too fast (rate limited)',
  suppressed: 'The address is on the sending service\u2019s suppression list',
  suspend: 'The recipient\u2019s account is suspended or disabled',
  syntaxerror: 'An SMTP command had a syntax error',
  systemerror: 'The receiving system had an error',
  systemfull: 'The receiving server\u2019s disk is full',
  toomanyconn: 'Too many connections or recipients at once',
  undefined: 'No cause could be found',
  userunknown: 'The recipient\u2019s address does not exist',
  vacation: 'An automatic reply (out of office), not a bounce',
  virusdetected: 'A virus scanner rejected the message',
} as const;

export type Reason = keyof typeof REASONS;

export const REASON_NAMES: readonly Reason[] = Object.keys(REASONS) as Reason[];

export function isReason(value: string): value is Reason {
  return Object.prototype.hasOwnProperty.call(REASONS, value);
}

/**
 * Reasons that mean "this address will never work": retrying is pointless. Everything else is
 * soft, because a sender-side fix or time can make the same address work again.
 */
const HARD: ReadonlySet<Reason> = new Set<Reason>(['userunknown', 'hostunknown', 'hasmoved', 'notaccept']);

export function isHardBounce(reason: Reason, status: string | null): boolean {
  if (status !== null && status.startsWith('4')) return false;
  if (reason === 'notaccept') return status === null || status.startsWith('5');
  return HARD.has(reason);
}
