/**
 * Exchange Server / Exchange Online NDR codes with their words, read as Sisimai 5's
 * Rhost/Microsoft.pm table reads them, except where we follow Microsoft Learn's description of
 * the cause instead (the fourth column names Sisimai's reading there; the reason for each
 * divergence is commented in `status-map.ts` and the Microsoft table of `providers.ts`).
 */
import { classify } from '../../../src/engine/reason/classify';
import type { Reason } from '../../../src/engine/reason/reasons';

/** [status, server words, our reason, Sisimai 5's reason where it differs] */
const ROWS: ReadonlyArray<readonly [string, string, Reason, Reason | null]> = [
  ['4.7.26', 'must pass either spf or dkim validation, this message is not signed', 'authfailure', null],
  ['4.7.323', 'tlsa-invalid: The domain failed dane validation', 'authfailure', null],
  ['5.7.323', 'tlsa-invalid: The domain failed dane validation', 'authfailure', null],
  ['5.7.324', 'dnssec-invalid: destination domain returned invalid dnssec records', 'authfailure', null],
  [
    '5.7.325',
    'certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)',
    'authfailure',
    null,
  ],
  ['5.7.23', 'the message was rejected because of sender policy framework violation', 'authfailure', null],
  ['5.7.322', "certificate-expired: destination mail server's certificate is expired", 'authfailure', null],
  ['5.7.509', 'Access denied, sending domain [example.com] does not pass dmarc verification', 'authfailure', null],
  ['4.7.650', 'The mail server [192.0.2.5] has been temporarily rate limited due to ip reputation', 'badreputation', null],
  ['4.4.2', 'connection dropped', 'blocked', null],
  ['4.7.850', 'access denied, please try again later', 'badreputation', 'blocked'],
  ['5.7.25', 'Access denied, the sending IPv6 address [2a01::1] must have a reverse dns record', 'requireptr', 'blocked'],
  ['5.7.506', 'access denied, bad helo', 'blocked', null],
  ['5.7.507', 'access denied, rejected by recipient', 'blocked', null],
  ['5.7.510', 'Access denied, [example.com] does not accept email over ipv6', 'blocked', null],
  ['5.7.511', 'access denied, banned sender', 'blocked', null],
  [
    '5.7.513',
    'Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
    'blocked',
    null,
  ],
  ['5.7.606', 'access denied, banned sending ip [192.0.2.1]', 'blocked', null],
  ['4.7.500', 'access denied, please try again later', 'badreputation', 'blocked'],
  ['5.5.4', 'invalid domain name', 'blocked', null],
  ['5.7.51', 'RestrictDomainsToIPAddresses or RestrictDomainsToCertificate', 'blocked', null],
  ['5.3.0', 'too many related errors', 'contenterror', null],
  ['5.6.11', 'invalid characters', 'contenterror', null],
  ['5.4.11', 'agent generated message depth exceeded', 'contenterror', null],
  ['5.5.6', 'invalid message content', 'contenterror', null],
  ['5.2.3', 'RESOLVER.RST.RecipSizeLimit; message too large for this recipient', 'exceedlimit', null],
  ['4.4.1', 'connection timed out', 'expired', null],
  ['4.4.7', 'message delayed', 'expired', null],
  ['4.4.7', 'QUEUE.Expired; message expired', 'expired', null],
  ['5.4.300', 'message expired', 'expired', null],
  ['5.2.2', 'mailbox full', 'mailboxfull', null],
  [
    '5.2.0',
    'STOREDRV.Submission.Exception:OutboundSpamException; WASCL UserAction verdict is not None. Actual verdict is HipSend',
    'rejected',
    null,
  ],
  [
    '5.7.703',
    "Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy",
    'policyviolation',
    null,
  ],
  // The sender's submission quota (a sending rate), though its words contain "QuotaExceeded".
  ['5.2.0', "STOREDRV.Submission.Exception:SubmissionQuotaExceededException; the sender's submission quota was exceeded", 'speeding', null],
  ['5.3.4', 'message size exceeds fixed maximum message size', 'mesgtoobig', null],
  ['5.4.4', 'SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'hostunknown', 'networkerror'],
  ['5.4.6', 'hop count exceeded - possible mail loop', 'networkerror', null],
  ['4.4.316', 'connection refused', 'networkerror', null],
  ['5.4.14', 'routing loop detected', 'networkerror', null],
  ['5.7.1', 'unable to relay', 'norelaying', null],
  ['5.4.1', 'relay access denied', 'norelaying', null],
  ['5.7.64', 'TenantAttribution; Relay Access Denied', 'norelaying', null],
  ['5.3.2', 'STOREDRV.Deliver: Missing or bad StoreDriver MDB properties', 'notaccept', null],
  ['5.0.350', 'x-dg-ref header is too long', 'policyviolation', null],
  ['5.7.900', 'Delivery not authorized, message refused', 'policyviolation', null],
  ['5.1.7', 'invalid address', 'rejected', null],
  ['5.1.8', 'access denied, bad outbound sender', 'rejected', null],
  ['5.7.1', 'delivery not authorized', 'rejected', null],
  ['5.7.12', 'sender was not authenticated by organization', 'rejected', null],
  ['5.7.124', 'sender not in allowed-senders list', 'rejected', null],
  ['5.7.133', 'sender not authenticated for group', 'rejected', null],
  ['5.7.134', 'sender was not authenticated for mailbox', 'rejected', null],
  ['5.7.501', 'access denied, spam abuse detected', 'rejected', null],
  ['5.7.512', 'access denied, message must be RFC 5322 section 3.6.2 compliant', 'rejected', null],
  ['5.7.750', 'Service unavailable. Client blocked from sending from unregistered domains', 'rejected', null],
  ['5.7.3', 'Cannot achieve Exchange Server authentication', 'securityerror', null],
  ['5.4.317', 'starttls is required to send mail', 'failedstarttls', 'securityerror'],
  ['5.7.321', 'starttls-not-supported: destination mail server must support tls to receive mail', 'failedstarttls', 'securityerror'],
  ['5.7.1', 'Client was not authenticated', 'securityerror', null],
  ['5.7.57', 'Client was not authenticated to send anonymous mail during MAIL FROM', 'securityerror', null],
  ['5.2.1', 'Content Filter Agent quarantined this message', 'spamdetected', null],
  ['4.3.2', 'STOREDRV.Deliver; recipient thread limit exceeded', 'speeding', null],
  ['5.1.90', "Your message can't be sent because you've reached your daily limit for message recipients", 'speeding', null],
  ['5.2.2', 'Submission quota exceeded', 'speeding', null],
  ['5.2.121', "Recipient's per hour message receive limit from specific sender exceeded", 'speeding', null],
  ['5.2.122', "Recipient's per hour message receive limit exceeded", 'speeding', null],
  ['5.7.508', 'Access denied, [192.0.2.1] has exceeded permitted limits within /48 range', 'speeding', null],
  // Task P19a: a tenant blocked for spam is a block on the sender (as 5.7.708), not a size limit.
  ['5.7.700', 'Access denied, tenant has exceeded threshold', 'blocked', 'speeding'],
  ['5.7.504', 'Recipient address rejected: Access denied', 'userunknown', 'suspend'],
  ['5.7.505', 'Access denied, banned recipient', 'suspend', null],
  ['5.2.1', 'mailbox cannot be accessed', 'suspend', null],
  ['5.3.3', 'unrecognized command', 'syntaxerror', null],
  ['5.5.2', 'send hello first', 'syntaxerror', null],
  ['4.3.2', 'service not available', 'systemerror', null],
  ['5.3.5', 'system incorrectly configured', 'systemerror', null],
  [
    '5.3.190',
    'Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled',
    'systemerror',
    null,
  ],
  ['4.4.318', 'Connection was closed abruptly (SuspiciousRemoteServerError)', 'systemerror', null],
  ['5.4.318', 'Message expired, connection reset (SuspiciousRemoteServerError)', 'systemerror', null],
  ['4.7.500', 'Server busy. Please try again later from [192.0.2.2]. (AS761)', 'badreputation', 'systemerror'],
  ['4.7.700', 'PFA agent busy, please try again.', 'systemerror', null],
  ['4.3.1', 'insufficient system resources', 'systemfull', null],
  ['5.5.3', 'too many recipients', 'toomanyconn', null],
  ['4.5.3', 'too many recipients', 'toomanyconn', null],
  ['5.1.1', 'RESOLVER.ADR.ExRecipNotFound; not found', 'userunknown', null],
  ['5.1.3', 'STOREDRV.Submit; invalid recipient address', 'userunknown', null],
  ['5.1.4', 'recipient address reserved by RFC 2606', 'userunknown', null],
];

describe('Microsoft NDR codes', () => {
  test.each(ROWS)('%s %s -> %s', (status, words, reason) => {
    const reply = status.startsWith('4') ? '451' : '550';
    for (const command of ['RCPT', 'DATA']) {
      const v = classify({
        status,
        replyCode: reply,
        diagnostic: `${reply} ${status} ${words}`,
        command,
        action: status.startsWith('4') ? 'delayed' : 'failed',
        address: 'someone@example.com',
        remoteMta: 'example-com.mail.protection.outlook.com',
        reportingMta: null,
        stated: null,
      });
      expect(v.reason).toBe(reason);
    }
  });
});
