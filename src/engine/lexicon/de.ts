/** German words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const DE: LanguageLexicon = {
  lang: 'de',
  gmailFailedSentence: [
    {
      // The address stands mid-sentence in German ("an <rcpt> zugestellt"): the words after it are part of the pattern.
      text: 'ihre nachricht wurde nicht an {rcpt} zugestellt, weil',
      source:
        "Gmail's de notice ('** Die Adresse wurde nicht gefunden **' / 'Ihre Nachricht wurde nicht an <rcpt> zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.' / 'Antwort:'), quoted verbatim in a public repository's bounce test: https://github.com/deltachat/deltachat-core-rust/blob/a9aeea0ffc6e1f72013ca96890b9ea66461d8405/src/dc_receive_imf.rs (test_parse_ndn_gmail, from its test-data/message/gmail_ndn.eml); task P22. Delay notice: not found in public text",
    },
  ],
  recipientLabel: [
    {
      text: 'empfänger',
      source:
        "dictionary fact: the common German noun for the recipient of a letter or message ('Empfänger'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    { text: 'verhinderung von datenverlust', source: 'Microsoft Learn (de-de), Microsoft Purview: "Verhinderung von Datenverlust (DLP)"' },
  ],
  bounceSubject: [
    { text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" },
    { text: 'nicht zugestellt', source: "German delivery-notice subjects ('… nicht zugestellt')" },
  ],
  failureSubject: [{ text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" }],
  delaySubject: [
    { text: 'verzögert', source: "Exchange delay notice 'Zustellung verzögert'" },
    {
      text: 'zustellung verzögert',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'noch nicht zugestellt',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySubject: [
    { text: 'abwesenheit', source: "Outlook German out-of-office 'Abwesenheitsnotiz'" },
    { text: 'automatische antwort:', source: 'written by analogy with the English text, not verified' },
    {
      text: 'abwesenheitsnotiz',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'automatische antwort',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'autom. antwort',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nicht im büro',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'urlaub',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubjectPrefix: [{ text: 'unzustellbar', source: "Exchange NDR subject 'Unzustellbar:'" }],
  exchangeSubject: [{ text: 'unzustellbar', source: 'Exchange Online / Exchange 2013+ NDR template subject (de)' }],
  exchangeBoilerplate: [
    { text: 'diagnoseinformationen für administratoren', source: 'Exchange Online / Exchange 2013+ NDR template section (de)' },
  ],
  recipientsFailedHeading: [
    { text: 'konnte nicht an einen oder mehrere empfänger zugestellt werden', source: '1&1 (IONOS) notice, German text' },
  ],
  headerOfOriginalFollows: [
    { text: '--- der header der urspr', source: '1&1 (IONOS) notice "Der Header der ursprünglichen Nachricht folgt"' },
  ],
  ndrFailedHeading: [
    {
      text: 'die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen:',
      source: 'written by analogy with the English text, not verified',
    },
    {
      text: 'fehler bei der zustellung an diese empfänger oder gruppen:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'die zustellung an folgende empfänger oder gruppen verzögert sich:',
      source: 'written by analogy with the English text, not verified',
    },
    {
      text: 'die zustellung an diese empfänger oder gruppen wurde verzögert:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    {
      text: 'ihre nachricht wurde an die folgenden empfänger zugestellt:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrRejectedBy: [
    {
      text: 'hat ihre nachricht an die folgenden e-mail-adressen abgelehnt:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [
    { text: 'hat diesen fehler zurückgegeben:', source: 'written by analogy with the English text, not verified' },
    { text: 'hat folgenden fehler gemeldet:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrAdminHeading: [
    {
      text: 'diagnoseinformationen für administratoren:',
      source: 'Microsoft documentation: https://technet.microsoft.com/de-de/library/Bb232118(v=EXCHG.150)',
    },
  ],
  ndrGeneratingServer: [
    { text: 'generierender server:', source: 'Microsoft documentation: https://technet.microsoft.com/de-de/library/Bb232118(v=EXCHG.150)' },
  ],
  ndrReceivingServer: [{ text: 'empfangender server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [
    {
      text: 'ursprüngliche nachrichtenkopfzeilen:',
      source: 'Microsoft documentation: https://technet.microsoft.com/de-de/library/Bb232118(v=EXCHG.150)',
    },
  ],
  ndrStillTrying: [
    { text: 'diese nachricht wurde noch nicht zugestellt', source: 'written by analogy with the English text, not verified' },
    { text: 'der server versucht weiterhin', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'ihre nachricht an {rcpt} konnte nicht zugestellt werden', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'aktion erforderlich', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'absender', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'empfänger', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'so beheben sie das problem', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    { text: 'weitere informationen für e-mail-administratoren', source: 'written by analogy with the English text, not verified' },
  ],
  ndrStatusCode: [{ text: 'statuscode:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'details zur ursprünglichen nachricht', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'fehlerdetails', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'gemeldeter fehler:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn generiert von:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'absenderadresse:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'empfängeradresse:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'nachrichtenhops', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: 'unzustellbar:', source: 'written by analogy with the English text, not verified' }],
  ndrDelayedSubject: [
    { text: 'übermittlung verzögert:', source: 'written by analogy with the English text, not verified' },
    { text: 'zustellung verzögert:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredSubject: [
    { text: 'zugestellt:', source: 'written by analogy with the English text, not verified' },
    { text: 'übermittelt:', source: 'written by analogy with the English text, not verified' },
  ],
  forwardFrom: [{ text: 'von', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'gesendet', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'an', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'betreff', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'datum', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----ursprüngliche nachricht-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'wg:', source: 'written by analogy with the English text, not verified' },
    { text: 'fwd:', source: 'written by analogy with the English text, not verified' },
  ],
  reportSubject: [
    {
      text: 'nicht zustellbar',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'zustellung fehlgeschlagen',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'mail-zustellung fehlgeschlagen',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'unzustellbare nachricht',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fehler bei der zustellung',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'rückläufer',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'unzustellbar',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nicht zugestellt',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'konnte nicht zugestellt werden',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nicht zugestellt werden',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'die zustellung ist fehlgeschlagen',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ist ein dauerhafter fehler',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'konnte nicht übermittelt werden',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'bin ich nicht im büro',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'bin ich abwesend',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ich bin derzeit nicht',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ich bin bis',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'bin ich im urlaub',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'keinen zugriff auf meine e-mails',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'dies ist eine automatische antwort',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'gelesen:',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'lesebestätigung',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ungelesen:',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'nicht gelesen:',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'bestätigen sie, dass sie',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'um ihre nachricht zuzustellen',
      source: 'German texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
