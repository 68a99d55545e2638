/**
 * Synthetic bounces of older and smaller servers, written for these tests from the formats those
 * servers are known to produce (no file of another project was used). Each names what a reader
 * must find: the kind, the failed recipients and, where the text says it plainly, the reason.
 */
export interface FreeTextCase {
  readonly name: string;
  readonly eml: string;
  readonly kind: string;
  readonly recipients: readonly string[];
  readonly reason?: string;
}

const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

export const FREE_TEXT_CASES: readonly FreeTextCase[] = [
  {
    name: 'AOL of the 2000s (sendmail-based, no DSN part)',
    eml: crlf(`Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>
To: alice@example.org
Subject: Returned mail: User unknown
Date: Mon, 3 Mar 2003 10:22:01 -0500 (EST)

The original message was received at Mon, 3 Mar 2003 10:21:58 -0500 (EST)
from mail.example.org [192.0.2.4]

    ----- The following addresses had permanent fatal errors -----
<buddyxyz123@aol.com>

    ----- Transcript of session follows -----
... while talking to air-xa01.mail.aol.com.:
>>> RCPT To:<buddyxyz123@aol.com>
<<< 550 MAILBOX NOT FOUND
550 <buddyxyz123@aol.com>... User unknown
`),
    kind: 'bounce',
    recipients: ['buddyxyz123@aol.com'],
    reason: 'userunknown',
  },
  {
    name: 'Yahoo of the 2000s ("Message from yahoo.com.")',
    eml: crlf(`Return-Path: <>
Received: from mta12.mail.yahoo.com by mx.example.org; Tue, 14 Jun 2005 02:11:10 -0700
From: MAILER-DAEMON@yahoo.com
To: alice@example.org
Subject: failure delivery
Date: Tue, 14 Jun 2005 02:11:09 -0700

Message from yahoo.com.
Unable to deliver message to the following address(es).

<oldfriend2001@yahoo.com>:
Sorry your message to oldfriend2001@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102].

--- Original message follows.

From: alice@example.org
To: oldfriend2001@yahoo.com, carol@example.net
Subject: hello
`),
    kind: 'bounce',
    recipients: ['oldfriend2001@yahoo.com'],
    reason: 'suspend',
  },
  {
    name: 'SMTP32 / IMail (Ipswitch) free text',
    eml: crlf(`From: postmaster@mail.example.com
To: alice@example.org
Subject: Undeliverable Mail
Date: Wed, 2 Feb 2005 09:00:00 -0500

Unknown user: jdoe@example.com

RCPT To:<jdoe@example.com>

Original message follows.

Received: from example.org by mail.example.com (IMail 8.05)
From: alice@example.org
To: jdoe@example.com
Cc: bob@example.net
Subject: minutes
`),
    kind: 'bounce',
    recipients: ['jdoe@example.com'],
    reason: 'userunknown',
  },
  {
    name: 'Novell GroupWise',
    eml: crlf(`Received: from gwia.gw.example.edu by mx.example.org; Thu, 10 Mar 2005 14:00:01 -0600
Message-ID: <s4230a1b.012@gw.example.edu>
From: Mail Delivery System <postmaster@gw.example.edu>
To: alice@example.org
Subject: Message status - undeliverable
Date: Thu, 10 Mar 2005 14:00:00 -0600

The message that you sent was undeliverable to the following:
	jsmith@gw.example.edu (user not found)

Possibly truncated original message follows:

From: alice@example.org
To: jsmith@gw.example.edu, dean@gw.example.edu
Subject: schedule
`),
    kind: 'bounce',
    recipients: ['jsmith@gw.example.edu'],
    reason: 'userunknown',
  },
  {
    name: 'Lotus Domino',
    eml: crlf(`From: Postmaster@notes.example.com
To: alice@example.org
Subject: DELIVERY FAILURE: User Jane Roe (jroe@notes.example.com) not listed in Domino Directory
Date: Fri, 11 Mar 2005 08:00:00 +0100

Your message

  Subject: quarterly figures

was not delivered to:

  jroe@notes.example.com

because:

  User Jane Roe (jroe@notes.example.com) not listed in Domino Directory
`),
    kind: 'bounce',
    recipients: ['jroe@notes.example.com'],
    reason: 'userunknown',
  },
  {
    name: 'hosting provider (SmarterMail-style "The reason for the problem")',
    eml: crlf(`From: postmaster@host42.example-hosting.net
To: alice@example.org
Subject: Undeliverable: offer
Date: Sat, 12 Mar 2011 08:00:00 +0000

The following message to <sales@shop.example.net> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.1.1 <sales@shop.example.net>: Recipient address rejected: User unknown in virtual mailbox table'
`),
    kind: 'bounce',
    recipients: ['sales@shop.example.net'],
  },
  {
    name: 'list manager: the returned list post names the list, its -request and its members',
    eml: crlf(`Return-Path: <>
From: MAILER-DAEMON@mx.example.net
To: announce-bounces@lists.example.org
Subject: Returned mail: see transcript for details
Date: Sun, 13 Mar 2011 08:00:00 +0000

   ----- The following addresses had permanent fatal errors -----
<member@example.net>
    (reason: 550 5.1.1 <member@example.net>... User unknown)

   ----- Original message follows -----
From: announce@lists.example.org
To: announce@lists.example.org
List-Post: <mailto:announce@lists.example.org>
Subject: [announce] news

news
_______________________________________________
announce mailing list
announce@lists.example.org
To unsubscribe send mail to announce-request@lists.example.org
`),
    kind: 'bounce',
    recipients: ['member@example.net'],
    reason: 'userunknown',
  },
  {
    name: '"Returned mail: see transcript for details" with only the transcript',
    eml: crlf(`From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>
To: alice@example.org
Subject: Returned mail: see transcript for details
Date: Mon, 14 Mar 2011 08:00:00 +0000

   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> RCPT To:<bob@example.com>
<<< 550 5.1.1 <bob@example.com>... User unknown
550 5.1.1 bob@example.com... User unknown
`),
    kind: 'bounce',
    recipients: ['bob@example.com'],
    reason: 'userunknown',
  },
  {
    name: 'broken MIME: the declared boundary never occurs',
    eml: crlf(`Return-Path: <>
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="AAAA.1234/mx.example.net"

--BBBB.9999/mx.example.net
Content-Type: text/plain

This is the mail system at host mx.example.net.

<carol@example.com>: host mx.example.com[192.0.2.9] said: 550 5.1.1
    <carol@example.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
`),
    kind: 'bounce',
    recipients: ['carol@example.com'],
    reason: 'userunknown',
  },
  {
    name: 'hosting provider with a bare reply and "host not found"',
    eml: crlf(`From: Mail Delivery System <mailer-daemon@smtp.example-hosting.com>
To: alice@example.org
Subject: Delivery Status Notification (Failure)
Date: Mon, 14 Mar 2011 08:00:00 +0000

Delivery to the following recipient failed permanently:

     info@no-such-domain.example

Technical details of permanent failure:
DNS Error: Domain name not found
`),
    kind: 'bounce',
    recipients: ['info@no-such-domain.example'],
    reason: 'hostunknown',
  },
];
