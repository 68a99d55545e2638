/** English words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const EN: LanguageLexicon = {
  lang: 'en',
  recipientLabel: [
    {
      text: 'recipient',
      source:
        "dictionary fact: the common English noun for the recipient of a letter or message ('recipient'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  gmailFailedSentence: [
    {
      text: "your message wasn't delivered to {rcpt} because",
      source:
        "Gmail's notice (the HTML notice since about 2016) as quoted in public posts: pastebin.com/bZPAq5ca and gist.github.com/gekh/fad9a4b41cedfba75c14b6a2902d4d34 ('Your message wasn't delivered to <rcpt> because the address couldn't be found'); task P20a",
    },
  ],
  gmailDelayedSentence: [
    {
      text: 'there was a temporary problem delivering your message to {rcpt}',
      source:
        "Gmail's delay notice ('There was a temporary problem delivering your message to <rcpt>. Gmail will retry for N more hours'), the start words gmail.ts already read; its pt-BR twin is quoted in public code (see pt-BR.ts); task P20a",
    },
  ],
  bounceSubject: [
    { text: 'undeliver', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'delivery', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'failure', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'failed', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'returned', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'bounce', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'not delivered', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'error', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'warning', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'delayed', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'problem', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'rejected', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'notification', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
    { text: 'could not', source: 'English delivery-notice subjects (Postfix, Sendmail, Exim, Exchange, Gmail)' },
  ],
  bounceSender: [
    {
      text: 'mailer-daemon',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'postmaster',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'mail delivery',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'maildelivery',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'mail.delivery',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'mdaemon',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'bounce',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
    {
      text: 'daemon',
      source: 'RFC 5321 section 4.5.5 (null sender notices come from MAILER-DAEMON / postmaster) and common display names',
    },
  ],
  bounceOpening: [
    { text: 'could not be delivered', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'undeliverable', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'delivery failed', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'delivery has failed', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'permanent error', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'not delivered', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'delivery to the following', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'failed permanently', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'remote server returned', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
    { text: 'unable to deliver', source: 'English openings of delivery notices (Exchange, Gmail, Postfix, Exim)' },
  ],
  failureSubject: [
    { text: 'undeliver', source: 'English failure-notice subjects' },
    { text: 'failure', source: 'English failure-notice subjects' },
    { text: 'failed', source: 'English failure-notice subjects' },
    { text: 'returned', source: 'English failure-notice subjects' },
    { text: 'not delivered', source: 'English failure-notice subjects' },
  ],
  delaySubject: [
    {
      text: 'delay',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'warning',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'still being retried',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'not yet been delivered',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'will retry',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'temporary failure',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'delivery status notification (delay)',
      source: "English delay-notice subjects (Postfix 'Delayed Mail (still being retried)', Gmail 'Delivery Status Notification (Delay)')",
    },
    {
      text: 'delayed mail',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery delayed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'message delayed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'warning: could not send message',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery warning',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  autoReplySubject: [
    { text: 'auto:', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'auto reply', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'auto-reply', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'autoreply', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'automatic reply', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'out of office', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'out of the office', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'vacation', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    { text: 'away from', source: "Outlook 'Automatic reply:', Exchange 'Auto:', vacation(1) 'away from my mail'" },
    {
      text: 'automatic reply:',
      source:
        'Microsoft documentation: https://support.microsoft.com/en-us/office/send-automatic-out-of-office-replies-from-outlook-9742f476-5348-4f9f-997f-5e208513bd67',
    },
    {
      text: 'auto response',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'auto-response',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'autoresponse',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'automated response',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'on leave',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  reportSubjectPrefix: [
    { text: 'undeliverable', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'undelivered', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'delivery status notification', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'mail delivery failed', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'returned mail', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'failure notice', source: 'Subjects of English delivery reports as Outlook lists them' },
    { text: 'delivery failure', source: 'Subjects of English delivery reports as Outlook lists them' },
  ],
  originalFollows: [
    {
      text: '------ this is a copy of the message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '------ this is a copy of your message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'below this line is a copy of the message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'enclosed is a copy of the message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '--- original message follows',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '----- original message -----',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '----- original message follows',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'original message follows',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'original message headers:',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'the header of the original message is following',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'included is a copy of the message header',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '------- returned message --------',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '-------original message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'message headers follow',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '----- unsent message follows -----',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '--- unsent message follows',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '----- message header follows -----',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'content-type: message/rfc822',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'content-type: text/rfc822-headers',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '------ original message headers',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '---------- forwarded message ----------',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: '----- the following is a copy of the message',
      source: 'Separators before the returned original (Exim, Postfix, Sendmail, qmail, Exchange, Gmail forwards)',
    },
    {
      text: 'message text follows:',
      source: 'Smail: "Message text follows:" (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: 'below the next line is a copy of the message',
      source: 'newmail.ru (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: 'returned mail follows',
      source: 'usa.net "--------RETURNED MAIL FOLLOWS--------" (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: 'start of returned message',
      source: 'Demon Internet "---- START OF RETURNED MESSAGE ----" (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: 'here is your returned mail',
      source: 'sdm.de sendmail customisation (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: '-------- returned mail --------',
      source: 'E500 SMTP Mail Service (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: 'copy of the original message below this line',
      source: 'EarthLink "A copy of the original message below this line" (flufl.bounce _detectors/simplematch.py end marker)',
    },
    {
      text: '------ returned message',
      source: 'rjbs Mail-DeliveryStatus-BounceParser BounceParser.pm $Returned_Message_Below ("returned message follows/below")',
    },
  ],
  exchangeSubject: [{ text: 'undeliverable:', source: 'Exchange Online / Exchange 2013+ NDR template subject (en)' }],
  exchangeHeading: [
    { text: 'delivery has failed to these recipients or groups', source: 'Exchange Online / Exchange 2013+ NDR template heading (en)' },
    { text: "your message couldn't be delivered", source: 'Exchange Online / Exchange 2013+ NDR template heading (en)' },
    { text: 'delivery is delayed to these recipients or groups', source: 'Exchange Online / Exchange 2013+ NDR template heading (en)' },
    { text: 'there was a temporary problem delivering your message', source: 'Exchange Online / Exchange 2013+ NDR template heading (en)' },
  ],
  exchangeOriginalHeaders: [
    { text: 'original message headers:', source: 'Exchange Online / Exchange 2013+ NDR template (en)' },
    { text: 'original message details', source: 'Exchange Online / Exchange 2013+ NDR template (en)' },
  ],
  exchangeBoilerplate: [
    { text: 'generating server:', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
    { text: 'receiving server:', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
    { text: 'diagnostic information for administrators', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
    { text: 'for email administrators', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
    { text: 'more info for email admins', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
    { text: 'how to fix it', source: 'Exchange Online / Exchange 2013+ NDR template section (en)' },
  ],
  groupsProductName: [{ text: 'Google Groups', source: 'Google Groups refusal notice (en); matched as written' }],
  recallReportSubject: [
    { text: 'message recall report', source: 'Exchange Online cloud-based Message Recall report (Microsoft Tech Community, 2024)' },
    {
      text: 'recall success:',
      source: 'Outlook recall tracking message (Microsoft Support, "Recall or replace an email message that you sent")',
    },
    { text: 'recall failure:', source: 'Outlook recall tracking message (Microsoft Support, same page)' },
  ],
  moderationHeld: [
    { text: 'awaiting approval', source: 'moderated groups: Exchange message approval, Google Groups pending messages' },
    { text: 'waiting for approval', source: 'moderated groups: Exchange message approval notices' },
    { text: 'awaiting moderator approval', source: 'Google Groups / forum moderation notices' },
    { text: 'pending approval', source: 'Exchange message approval (Microsoft Learn, "Manage message approval")' },
    { text: 'held for moderation', source: 'mailing list managers (Mailman, Sympa) hold notices' },
    { text: 'held for approval', source: 'mailing list managers hold notices' },
  ],
  dlpProductName: [
    { text: 'data loss prevention', source: 'Microsoft Learn, "Learn about data loss prevention" (Microsoft Purview DLP)' },
    { text: 'dlp policy', source: 'Microsoft Learn, DLP policy reference (policy tips, custom notifications)' },
  ],
  ndrFailedHeading: [
    {
      text: 'delivery has failed to these recipients or groups:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'delivery is delayed to these recipients or groups:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    },
  ],
  ndrDeliveredHeading: [
    {
      text: 'your message has been delivered to the following recipients:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrRejectedBy: [
    {
      text: 'rejected your message to the following email addresses:',
      source: 'real sample: Exchange Online NDRs (Sisimai set-of-emails lhost-office365-*)',
    },
    {
      text: 'rejected your message to the following e-mail addresses:',
      source: 'real sample: Exchange Online NDRs (Sisimai set-of-emails lhost-office365-*)',
    },
  ],
  ndrGaveError: [{ text: 'gave this error:', source: 'real sample: Exchange Online NDRs (Sisimai set-of-emails lhost-office365-*)' }],
  ndrAdminHeading: [
    {
      text: 'diagnostic information for administrators:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrGeneratingServer: [
    {
      text: 'generating server:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrReceivingServer: [
    { text: 'receiving server:', source: 'real sample: Exchange Online NDRs (Sisimai set-of-emails lhost-office365-*)' },
  ],
  ndrOriginalHeaders: [
    {
      text: 'original message headers:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrStillTrying: [
    {
      text: "this message hasn't been delivered yet",
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    },
    {
      text: 'delivery will continue to be attempted',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    },
    {
      text: 'the server will keep trying to deliver this message',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    },
  ],
  ndrCouldNotDeliver: [
    {
      text: "your message to {rcpt} couldn't be delivered",
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrActionRequired: [
    {
      text: 'action required',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrSenderLabel: [
    {
      text: 'sender',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrRecipientLabel: [
    {
      text: 'recipient',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrHowToFix: [
    {
      text: 'how to fix it',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrMoreInfo: [
    {
      text: 'more info for email admins',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrStatusCode: [
    {
      text: 'status code:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrOriginalDetails: [
    {
      text: 'original message details',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrErrorDetails: [
    {
      text: 'error details',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrReportedError: [
    {
      text: 'reported error:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrDsnGeneratedBy: [
    {
      text: 'dsn generated by:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrSenderAddress: [
    {
      text: 'sender address:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrRecipientAddress: [
    {
      text: 'recipient address:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrMessageHops: [
    {
      text: 'message hops',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    },
  ],
  ndrFailedSubject: [
    {
      text: 'undeliverable:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  ndrDelayedSubject: [
    {
      text: 'delivery delayed:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online',
    },
  ],
  ndrDeliveredSubject: [
    {
      text: 'delivered:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
    {
      text: 'relayed:',
      source:
        'Microsoft documentation: https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    },
  ],
  forwardFrom: [{ text: 'from', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'sent', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'to', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'subject', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'date', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [
    { text: '-----original message-----', source: 'written by analogy with the English text, not verified' },
    { text: '---------- forwarded message ---------', source: 'written by analogy with the English text, not verified' },
    { text: 'begin forwarded message:', source: 'written by analogy with the English text, not verified' },
  ],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: 'fwd:', source: 'written by analogy with the English text, not verified' },
  ],
  reportSubject: [
    {
      text: 'undelivered mail',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'mail delivery failure',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery status notification (failure)',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery notification',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'nondeliverable',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'non-deliverable',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'non-delivery',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'message not delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'could not send message',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'mail system error',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'returned to sender',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'bounced mail',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'mail could not be delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery problem',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'rejected message',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'message rejected',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'undeliverable',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'returned mail',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'mail delivery failed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery failure',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'failure notice',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery failed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'not delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  reportSentence: [
    {
      text: 'was not delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'permanent fatal error',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'message could not be sent',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'your message did not reach',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'could not deliver',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'this is a permanent error',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'the following addresses had permanent',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'returned mail: see transcript',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery to the following recipients failed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: "i'm sorry to have to inform you",
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i was unable to deliver',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'your message cannot be delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'message you sent could not be delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'sorry, we were unable to deliver',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'has not been delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'could not be delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'undeliverable',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery failed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery has failed',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'delivery to the following',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'permanent error',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'failed permanently',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'remote server returned',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'unable to deliver',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  autoReplySentence: [
    {
      text: 'i am out of the office',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: "i'm out of the office",
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i am currently out of',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: "i'm currently out of",
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i will be out of the office',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i am away',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i am on vacation',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: "i'm on vacation",
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'i am on leave',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'limited access to email',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'limited access to e-mail',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'this is an automatic reply',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'this is an automated reply',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'this is an automated response',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'this is an auto-reply',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  readReceiptSubject: [
    {
      text: 'read:',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'read receipt',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'return receipt',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'not read:',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'displayed:',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'disposition notification',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
  challengeSentence: [
    {
      text: 'please verify that you are',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'verify your email address',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'to get your message delivered',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'click the link below to',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'is awaiting your verification',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'prove you are a person',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'please confirm that you are',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'your message is being held',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'has been placed in the guest list',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
    {
      text: 'boxbe',
      source: 'English report, auto-reply and receipt texts (Sendmail, Postfix, Exim, qmail, Exchange/Outlook, Gmail, Yahoo/AOL)',
    },
  ],
};
