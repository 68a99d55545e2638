/** Dutch words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const NL: LanguageLexicon = {
  lang: 'nl',
  recipientLabel: [
    {
      text: 'ontvanger',
      source:
        "dictionary fact: the common Dutch noun for the recipient of a letter or message ('ontvanger'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    { text: 'preventie van gegevensverlies', source: 'Microsoft Learn (nl-nl), Microsoft Purview: "preventie van gegevensverlies (DLP)"' },
  ],
  exchangeSubject: [{ text: 'onbestelbaar', source: 'Exchange Online / Exchange 2013+ NDR template subject (nl)' }],
  ndrFailedHeading: [
    { text: 'de bezorging is mislukt voor deze ontvangers of groepen:', source: 'written by analogy with the English text, not verified' },
    { text: 'bezorging is mislukt voor deze ontvangers of groepen:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: 'de bezorging aan deze ontvangers of groepen is vertraagd:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'uw bericht is bezorgd bij de volgende ontvangers:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'heeft uw bericht aan de volgende e-mailadressen geweigerd:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [
    { text: 'heeft deze fout gegeven:', source: 'written by analogy with the English text, not verified' },
    { text: 'gaf deze fout:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrAdminHeading: [{ text: 'diagnostische gegevens voor beheerders:', source: 'written by analogy with the English text, not verified' }],
  ndrGeneratingServer: [{ text: 'genererende server:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'ontvangende server:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'oorspronkelijke berichtkoppen:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'dit bericht is nog niet bezorgd', source: 'written by analogy with the English text, not verified' },
    { text: 'de server blijft proberen dit bericht te bezorgen', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'uw bericht aan {rcpt} kan niet worden bezorgd', source: 'written by analogy with the English text, not verified' },
    { text: 'uw bericht aan {rcpt} kon niet worden bezorgd', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'actie vereist', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'afzender', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'ontvanger', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [
    { text: 'dit kunt u doen', source: 'written by analogy with the English text, not verified' },
    { text: 'het probleem oplossen', source: 'written by analogy with the English text, not verified' },
  ],
  ndrMoreInfo: [{ text: 'meer informatie voor e-mailbeheerders', source: 'written by analogy with the English text, not verified' }],
  ndrStatusCode: [{ text: 'statuscode:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'details van oorspronkelijk bericht', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'foutdetails', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [
    { text: 'gerapporteerde fout:', source: 'written by analogy with the English text, not verified' },
    { text: 'gemelde fout:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDsnGeneratedBy: [{ text: 'dsn gegenereerd door:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'adres van afzender:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'adres van ontvanger:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'berichthops', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: 'onbestelbaar:', source: 'written by analogy with the English text, not verified' }],
  ndrDelayedSubject: [{ text: 'bezorging vertraagd:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'bezorgd:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'van', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'verzonden', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'aan', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'onderwerp', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'datum', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----oorspronkelijk bericht-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: 'doorst:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [
    { text: 'automatisch antwoord:', source: 'written by analogy with the English text, not verified' },
    {
      text: 'automatisch antwoord',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'afwezig',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'niet aanwezig',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'buiten kantoor',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'vakantie',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: 'niet afgeleverd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'kan niet worden bezorgd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'niet bezorgd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'bezorging mislukt',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'onbestelbare',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'onbestelbaar',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  delaySubject: [
    {
      text: 'vertraagd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'bezorging vertraagd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'kan niet worden bezorgd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'kon niet worden afgeleverd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'is niet afgeleverd',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'permanente fout',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'ik ben afwezig',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ben ik niet aanwezig',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ik ben met vakantie',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ik ben niet op kantoor',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'dit is een automatisch antwoord',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'gelezen:',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'leesbevestiging',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'niet gelezen:',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'bevestig dat u een persoon bent',
      source: 'Dutch texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
