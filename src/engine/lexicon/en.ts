/** English words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const EN: LanguageLexicon = {
  lang: 'en',
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
      text: 'original message follows.',
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
};
