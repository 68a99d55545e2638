/** Provider tables apply to a provider's own hosts only, matched by dot-suffix. */
import { isClassDefault } from '../../../src/engine/codes';
import { classify } from '../../../src/engine/reason/classify';
import { hostMatches, providerCodeReason, providerReason } from '../../../src/engine/reason/providers';

const APPLE = ['icloud.com', 'me.com', 'mac.com', 'apple.com'];

describe('provider hosts by dot-suffix', () => {
  test.each([
    ['me.com', true],
    ['mx01.mail.icloud.com', true],
    ['dns; mx.me.com', true],
    ['mx2.mac.com. [17.1.2.3]', true],
    ['mx1.acme.com', false],
    ['dns; mx1.acme.com', false],
    ['smtp.home.com', false],
    ['notapple.com', false],
  ])('%s belongs to Apple: %s', (host, expected) => {
    expect(hostMatches(host, APPLE)).toBe(expected);
  });

  test('a quota refusal from mx1.acme.com is not read with Apple’s table', () => {
    const diagnostic = '552 5.2.2 <bob@acme.com>: user is over quota';
    const input = { remoteMta: 'mx1.acme.com', reportingMta: null, address: 'bob@acme.com', status: '5.2.2', command: null };
    expect(providerReason(input, diagnostic)).toBeNull();
    const verdict = classify({ ...input, replyCode: '552', diagnostic, action: 'failed', stated: null });
    expect(verdict.reason).toBe('mailboxfull');
    expect(verdict.evidence.map((e) => e.rule)).not.toContain('provider:apple');
  });

  test('the same refusal from an Apple host is read with Apple’s table', () => {
    const input = { remoteMta: 'mx01.mail.icloud.com', reportingMta: null, address: 'bob@acme.com', status: '5.2.2', command: null };
    expect(providerReason(input, '552 5.2.2 <bob@icloud.com>: user is over quota')?.evidence.rule).toBe('provider:apple');
  });
});

describe('the one class-default predicate', () => {
  test.each([
    ['5.0.0', true],
    ['4.3.0', true],
    ['5.7.1', true],
    ['4.4.7', true],
    ['5.4.7', true],
    ['5.1.1', false],
    ['5.7.26', false],
    ['4.7.0', true],
    ['5.2.2', false],
    ['not a code', false],
  ])('%s: %s', (status, expected) => {
    expect(isClassDefault(status)).toBe(expected);
  });
});

/**
 * Providers' own refusal codes (vendor error-code pages): one synthetic line per table, read on
 * the provider's host or recipient domain, a class-generic status, and the code deciding.
 */
describe('provider refusal codes', () => {
  const cases: ReadonlyArray<readonly [string, string | null, string, string, string]> = [
    // [provider, remote host, recipient, server line, reason]
    ['cox', 'cxr.mx.a.cloudfilter.net', 'someone@cox.net', '554 5.7.1 Sorry, your IP is blocked. AUP#CXBL', 'blocked'],
    ['cox', null, 'someone@cox.net', '554 5.7.1 URL in the message is listed. AUP#URLBL011', 'spamdetected'],
    ['spectrum', null, 'someone@charter.net', '550 5.1.0 sender rejected. AUP#In-1310', 'toomanyconn'],
    ['spectrum', null, 'someone@charter.net', '550 5.1.0 message rejected. AUP#Out-1120', 'requireptr'],
    ['spectrum', null, 'someone@charter.net', '552 5.0.0 message too big. AUP#In-1530', 'mesgtoobig'],
    [
      'godaddy',
      'p3plibsmtp01.prod.phx3.secureserver.net',
      'someone@example.com',
      '554 Connection refused. This IP is listed on the SBL. IB104',
      'blocked',
    ],
    [
      'godaddy',
      'p3plibsmtp01.prod.phx3.secureserver.net',
      'someone@example.com',
      '552 Virus infected message rejected. IB705',
      'virusdetected',
    ],
    [
      'orange',
      'smtp-in.orange.fr',
      'someone@orange.fr',
      '550 5.1.1 Adresse d au moins un destinataire invalide. OFR_416 [416]',
      'userunknown',
    ],
    ['orange', null, 'someone@laposte.net', '552 5.1.1 Boite du destinataire pleine. LPN007_417', 'mailboxfull'],
    ['iua', 'mx.email.ua', 'someone@i.ua', '550 Mailbox is full, see http://mail.i.ua/err/4/', 'mailboxfull'],
  ];
  test.each(cases)('%s: %s %s "%s" is %s', (provider, remoteMta, address, diagnostic, reason) => {
    const input = { remoteMta, reportingMta: null, address, status: '5.0.0', command: null };
    const hit = providerCodeReason(input, diagnostic.toLowerCase());
    expect(hit?.reason).toBe(reason);
    expect(hit?.evidence.rule).toBe(`provider-code:${provider}`);
    const verdict = classify({ ...input, replyCode: '550', diagnostic, action: 'failed', stated: null });
    expect(verdict.reason).toBe(reason);
  });

  test('a code of the same form from another provider is not read', () => {
    const input = { remoteMta: 'mx.example.net', reportingMta: null, address: 'someone@example.net', status: '5.0.0', command: null };
    expect(providerCodeReason(input, 'sender rejected. aup#in-1310')).toBeNull();
    expect(providerCodeReason(input, 'connection refused. ib104')).toBeNull();
  });

  test('a documented code without a cause ("try again later") decides nothing', () => {
    const input = { remoteMta: 'smtp-in.orange.fr', reportingMta: null, address: 'someone@orange.fr', status: '4.0.0', command: null };
    expect(providerCodeReason(input, '421 service refused, please try later. ofr004_201')).toBeNull();
  });

  test('a word that merely starts with a marker is not a code ("ibm104" is no GoDaddy code)', () => {
    const input = {
      remoteMta: 'smtp.secureserver.net',
      reportingMta: null,
      address: 'someone@example.com',
      status: '5.0.0',
      command: null,
    };
    expect(providerCodeReason(input, 'rejected by ibm104 gateway')?.reason).not.toBe('blocked');
  });
});

describe('provider phrase tables (vendor documentation)', () => {
  test.each([
    [
      'mx.google.com',
      'someone@gmail.com',
      '550 5.7.1 Our system has detected that this message is likely unsolicited mail.',
      'spamdetected',
    ],
    ['mx.google.com', 'someone@gmail.com', '421 4.7.0 IP not in whitelist for RCPT domain, closing connection.', 'blocked'],
    ['mx.google.com', 'someone@gmail.com', '550 5.7.1 Messages missing a valid Message-ID: header are not accepted.', 'notcompliantrfc'],
    ['cluster1.eu.messagelabs.com', 'someone@example.com', '553 Sorry, your envelope sender is in my badmailfrom list', 'rejected'],
    ['cluster1.eu.messagelabs.com', 'someone@example.com', '550 Invalid recipient <someone@example.com> (#5.1.1)', 'userunknown'],
    [
      'mx-aol.mail.gm0.yahoodns.net',
      'someone@aol.com',
      'Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
      'notaccept',
    ],
    ['mx.zoho.com', 'someone@zoho.com', '550 5.7.1 Email rejected per DMARC policy for example.org', 'authfailure'],
    ['route1.mx.cloudflare.net', 'someone@example.com', '554 192.0.2.1 found on one or more DNSBLs (abusixip)', 'blocked'],
    ['mx.facebook.com', 'someone@facebook.com', '550 5.1.1 RCP-P1 The attempted recipient address does not exist', 'userunknown'],
    ['mx01.mail.icloud.com', 'someone@icloud.com', '550 5.1.6 recipient no longer on server: someone@icloud.com', 'hasmoved'],
    ['mx3.qq.com', 'someone@qq.com', '550 Ip frequency limited', 'toomanyconn'],
    [
      'mta7.am0.yahoodns.net',
      'someone@yahoo.com',
      '554 30 Sorry, your message cannot be delivered. This mailbox is disabled (554.30)',
      'suspend',
    ],
    [
      'us-smtp-inbound-1.mimecast.com',
      'someone@example.com',
      '451 4.7.1 IP temporarily blacklisted - https://community.mimecast.com',
      'blocked',
    ],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '550 SPF Sender Invalid - envelope rejected', 'authfailure'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '554 Maximum email size exceeded', 'mesgtoobig'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '451 Open relay not allowed - https://community.mimecast.com', 'norelaying'],
    [
      'us-smtp-inbound-1.mimecast.com',
      'someone@example.com',
      '550 Rejected by header-based Blocked Senders - block policy for Header From',
      'rejected',
    ],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '550 Anti-Spoofing policy - Inbound not allowed', 'policyviolation'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '553 This route requires encryption (TLS)', 'securityerror'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '451 Unable to process connection at this time', 'systemerror'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '550 Exceeding outbound thread limit', 'toomanyconn'],
    ['us-smtp-inbound-1.mimecast.com', 'someone@example.com', '550 Invalid Recipient - https://community.mimecast.com', 'userunknown'],
    [
      'us-smtp-inbound-1.mimecast.com',
      'someone@example.com',
      '554 Email rejected due to security policies - MCSpamSignature',
      'virusdetected',
    ],
  ])('%s: "%s" is %s', (remoteMta, address, diagnostic, reason) => {
    const input = { remoteMta, reportingMta: null, address, status: '5.0.0', command: null };
    expect(providerReason(input, diagnostic.toLowerCase())?.reason).toBe(reason);
  });
});

describe('Exchange Online NDR codes name their cause', () => {
  test.each([
    ['4.7.650', 'The mail server has been temporarily rate limited due to IP reputation.', 'badreputation'],
    ['5.7.620', 'Access denied, banned sending IP [192.0.2.1]', 'blocked'],
    ['5.7.134', 'The recipient mailbox is set up to reject messages sent from outside its organization.', 'rejected'],
    ['5.4.300', 'Message expired', 'expired'],
  ])('%s: %s', (status, diagnostic, reason) => {
    const v = classify({
      status,
      replyCode: status.startsWith('4') ? '451' : '550',
      diagnostic: `${status} ${diagnostic}`,
      command: 'RCPT',
      action: 'failed',
      address: 'someone@example.com',
      remoteMta: 'example-com.mail.protection.outlook.com',
      reportingMta: null,
      stated: null,
    });
    expect(v.reason).toBe(reason);
  });
});

describe('Google Workspace DNS errors: permanent NXDOMAIN is a missing domain, temporary is the network', () => {
  test.each([
    ['5.1.2', '550 5.1.2 The DNS server for example.org responded with code NXDOMAIN. Domain name not found', 'hostunknown'],
    ['4.4.3', '451 4.4.3 DNS Error: The DNS server for example.org responded with code NXDOMAIN', 'networkerror'],
    ['4.4.3', '451 4.4.3 DNS Error: The domain example.org had no relevant answers.', 'networkerror'],
  ])('%s "%s" is %s', (status, diagnostic, reason) => {
    const input = { remoteMta: 'mx.googlemail.com', reportingMta: null, address: 'someone@example.org', status, command: null };
    expect(providerReason(input, diagnostic.toLowerCase())?.reason).toBe(reason);
    expect(classify({ ...input, replyCode: null, diagnostic, action: 'failed', stated: null }).reason).toBe(reason);
  });
});
