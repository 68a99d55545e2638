/**
 * Enhanced status code → reason, for codes specific enough to name a cause on their own.
 * Keys are `subject.detail` (the class is handled by the caller) unless a class-specific key
 * (`5.7.26`) exists. Generic codes (X.0.0, X.7.1, X.3.0 …) are deliberately absent: their text
 * decides.
 */
import type { Reason } from './reasons';

export const STATUS_REASON: Readonly<Record<string, Reason>> = {
  '1.1': 'userunknown',
  '1.2': 'hostunknown',
  '1.3': 'userunknown',
  '1.4': 'filtered',
  '1.5': 'delivered',
  '1.6': 'hasmoved',
  '1.7': 'rejected',
  '1.8': 'rejected',
  '1.10': 'notaccept',
  // RFC 3463 X.1.9 "Message relayed to non-compliant mailer" (Sisimai 5 SMTP/Status.pm).
  '1.9': 'systemerror',
  '2.0': 'filtered',
  '2.1': 'filtered',
  '2.2': 'mailboxfull',
  '2.3': 'exceedlimit',
  '2.4': 'systemerror',
  '3.1': 'systemfull',
  '3.2': 'notaccept',
  '3.3': 'systemerror',
  '3.4': 'mesgtoobig',
  '3.5': 'systemerror',
  '4.1': 'expired',
  '4.2': 'networkerror',
  '4.3': 'systemerror',
  '4.4': 'hostunknown',
  '4.5': 'systemfull',
  '4.6': 'networkerror',
  '4.7': 'expired',
  '4.8': 'failedstarttls',
  '5.1': 'syntaxerror',
  '5.2': 'syntaxerror',
  '5.3': 'toomanyconn',
  '5.4': 'syntaxerror',
  '5.5': 'syntaxerror',
  '5.6': 'syntaxerror',
  '6.0': 'contenterror',
  '6.1': 'contenterror',
  '6.2': 'contenterror',
  '6.3': 'contenterror',
  '6.4': 'contenterror',
  '6.5': 'contenterror',
  '6.6': 'contenterror',
  '6.7': 'contenterror',
  '6.8': 'contenterror',
  '6.9': 'contenterror',
  '6.10': 'contenterror',
  '7.2': 'policyviolation',
  '7.3': 'securityerror',
  '7.4': 'securityerror',
  '7.5': 'securityerror',
  '7.6': 'securityerror',
  '7.7': 'securityerror',
  '7.8': 'securityerror',
  '7.10': 'securityerror',
  '7.11': 'securityerror',
  '7.12': 'securityerror',
  '7.13': 'suspend',
  '7.14': 'securityerror',
  '7.15': 'securityerror',
  // RFC 6710 X.7.16 "Message is too big for the specified priority" (Sisimai 5 SMTP/Status.pm).
  '7.16': 'mesgtoobig',
  '7.17': 'hasmoved',
  '7.18': 'hasmoved',
  '7.20': 'authfailure',
  '7.21': 'authfailure',
  '7.22': 'authfailure',
  '7.23': 'authfailure',
  '7.24': 'authfailure',
  '7.25': 'requireptr',
  '7.26': 'authfailure',
  '7.27': 'notaccept',
  '7.28': 'badreputation',
  '7.29': 'authfailure',
  '7.30': 'failedstarttls',
  // Provider-specific details (Microsoft 365, Outlook.com) that name a cause.
  // Microsoft Learn: "reached your daily limit for message recipients" is the recipient rate limit
  // of Exchange Online's sending limits; Sisimai 5 Rhost/Microsoft.pm reads it as speeding.
  '1.90': 'speeding',
  '2.121': 'speeding',
  '2.122': 'speeding',
  '4.310': 'hostunknown',
  '4.312': 'networkerror',
  '4.316': 'networkerror',
  '4.317': 'failedstarttls',
  // "Connection was closed abruptly / Message expired, connection reset (SuspiciousRemoteServerError)":
  // Sisimai 5 Rhost/Microsoft.pm reads both classes as systemerror (the explanation stays the
  // catalogue's 'connection-dropped' entry, keyed on the code).
  '4.318': 'systemerror',
  '7.232': 'exceedlimit',
  '7.233': 'exceedlimit',
  '7.236': 'exceedlimit',
  // 5.7.321 "starttls-not-supported: Destination mail server must support TLS" (Microsoft Learn,
  // Exchange Online NDRs): Sisimai 5 Rhost/Microsoft.pm says securityerror, Microsoft's words
  // say STARTTLS failed, and we follow Microsoft. 5.7.322-325 (certificate-expired, tlsa-invalid,
  // dnssec-invalid, certificate-host-mismatch) are DANE authentication failures of the
  // destination: authfailure as Sisimai 5 reads them; the explanation stays the catalogue's
  // recipient-side 'dane' entry, keyed on the code, as Microsoft describes the cause.
  '7.321': 'failedstarttls',
  '7.322': 'authfailure',
  '7.323': 'authfailure',
  '7.324': 'authfailure',
  '7.325': 'authfailure',
  '7.367': 'norelaying',
  '7.509': 'authfailure',
  // "Access denied, [domain] does not accept email over IPv6": a refusal of the sending address
  // family, blocked as Sisimai 5 Rhost/Microsoft.pm reads it (Microsoft Learn, 5.7.510).
  '7.510': 'blocked',
  '7.515': 'authfailure',
  '7.520': 'policyviolation',
  '7.57': 'securityerror',
  '7.64': 'norelaying',
  // Exchange Online NDR codes (Microsoft Learn, "Email non-delivery reports and SMTP errors in
  // Exchange Online"; Sisimai 5.x Rhost/Microsoft.pm): IP reputation, IP and sender bans, sender
  // authentication required by the recipient's organisation, queue expiry, journaling.
  '7.650': 'badreputation',
  '7.506': 'blocked',
  '7.507': 'blocked',
  '7.511': 'blocked',
  '7.513': 'blocked',
  ...Object.fromEntries(Array.from({ length: 44 }, (_, i) => [`7.${606 + i}`, 'blocked' as const])),
  '7.124': 'rejected',
  // 5.7.193 "UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external
  // senders aren't permitted to send to this group" (Microsoft Learn, "Manage Microsoft 365 Groups":
  // an NDR 550 5.7.193 means the group does not accept mail from outside senders): the recipient
  // refused this sender, as 5.7.124 (not on the group's allowed senders list), not a security error.
  '7.193': 'rejected',
  '7.133': 'rejected',
  '7.134': 'rejected',
  '7.135': 'rejected',
  '7.136': 'rejected',
  '7.501': 'rejected',
  '7.502': 'rejected',
  '7.503': 'rejected',
  '7.512': 'rejected',
  '7.750': 'rejected',
  '4.300': 'expired',
  '3.190': 'systemerror',
};

/** Codes whose meaning depends on the class (temporary or permanent). */
const CLASS_SPECIFIC: Readonly<Record<string, Reason | 'text'>> = {
  // 5.4.1 is Microsoft's "recipient address rejected" / "relay access denied": the words decide.
  '5.4.1': 'text',
  // "4.3.2 system not accepting" is what servers say when throttling connections.
  '4.3.2': 'toomanyconn',
  // Sisimai 5 SMTP/Status.pm: a temporarily disabled mailbox is suspended (5.2.1 stays filtered),
  // and a temporary routing failure is the network's (5.4.4 stays hostunknown).
  '4.2.1': 'suspend',
  '4.4.4': 'networkerror',
};

export function reasonOfStatus(status: string | null): Reason | null {
  if (status === null) return null;
  const specific = CLASS_SPECIFIC[status];
  if (specific === 'text') return null;
  if (specific !== undefined) return specific;
  const key = status.slice(2);
  const reason = STATUS_REASON[key];
  if (reason === undefined) return null;
  if (status.startsWith('2')) return reason === 'delivered' ? reason : 'delivered';
  return reason;
}
