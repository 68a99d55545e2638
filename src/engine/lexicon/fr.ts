/** French words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const FR: LanguageLexicon = {
  lang: 'fr',
  recipientLabel: [
    {
      text: 'destinataire',
      source:
        "dictionary fact: the common French noun for the recipient of a letter or message ('destinataire'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    {
      text: 'protection contre la perte de données',
      source: 'Microsoft Learn (fr-fr), Microsoft Purview: "protection contre la perte de données (DLP)"',
    },
  ],
  bounceSubject: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  failureSubject: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  delaySubject: [
    { text: 'retardée', source: "Exchange delay notice 'Remise retardée'" },
    {
      text: 'retardé',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'remise différée',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'remise retardée',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySubject: [
    { text: 'absence', source: "French out-of-office subjects 'Absence …'" },
    { text: 'réponse automatique', source: "Outlook French 'Réponse automatique :'" },
    { text: 'réponse automatique :', source: 'written by analogy with the English text, not verified' },
    {
      text: 'reponse automatique',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'absent du bureau',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'en congé',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'en congés',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubjectPrefix: [{ text: 'non remis', source: "Exchange NDR subject 'Non remis :'" }],
  exchangeSubject: [{ text: 'non remis', source: 'Exchange Online / Exchange 2013+ NDR template subject (fr)' }],
  exchangeHeading: [
    { text: 'échec de la remise pour ces destinataires ou groupes', source: 'Exchange Online / Exchange 2013+ NDR template heading (fr)' },
  ],
  exchangeOriginalHeaders: [{ text: "en-têtes de message d'origine", source: 'Exchange Online / Exchange 2013+ NDR template (fr)' }],
  exchangeBoilerplate: [
    { text: 'informations de diagnostic pour les administrateurs', source: 'Exchange Online / Exchange 2013+ NDR template section (fr)' },
    { text: 'serveur de génération', source: 'Exchange Online / Exchange 2013+ NDR template section (fr)' },
  ],
  ndrFailedHeading: [
    {
      text: 'échec de la remise pour ces destinataires ou groupes :',
      source: 'real sample: real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)',
    },
  ],
  ndrDelayedHeading: [
    { text: 'la remise à ces destinataires ou groupes est retardée :', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'votre message a été remis aux destinataires suivants :', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'a rejeté votre message pour les adresses de messagerie suivantes :',
      source: 'written by analogy with the English text, not verified',
    },
    { text: 'a rejeté votre message aux adresses suivantes :', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGaveError: [
    { text: 'a renvoyé cette erreur :', source: 'written by analogy with the English text, not verified' },
    { text: "a retourné l'erreur suivante :", source: 'written by analogy with the English text, not verified' },
  ],
  ndrAdminHeading: [
    {
      text: 'informations de diagnostic pour les administrateurs :',
      source: 'real sample: real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)',
    },
  ],
  ndrGeneratingServer: [
    { text: 'serveur de génération :', source: 'real sample: real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)' },
  ],
  ndrReceivingServer: [{ text: 'serveur de réception :', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [
    {
      text: "en-têtes de message d'origine :",
      source: 'real sample: real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)',
    },
  ],
  ndrStillTrying: [
    { text: "ce message n'a pas encore été remis", source: 'written by analogy with the English text, not verified' },
    { text: "le serveur continuera d'essayer de remettre ce message", source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: "votre message à {rcpt} n'a pas pu être remis", source: 'written by analogy with the English text, not verified' },
    { text: 'impossible de remettre votre message à {rcpt}', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'action requise', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'expéditeur', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'destinataire', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [
    { text: 'comment résoudre le problème', source: 'written by analogy with the English text, not verified' },
    { text: 'comment corriger', source: 'written by analogy with the English text, not verified' },
  ],
  ndrMoreInfo: [
    {
      text: "plus d'informations pour les administrateurs de messagerie",
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrStatusCode: [{ text: "code d'état :", source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: "détails du message d'origine", source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: "détails de l'erreur", source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [{ text: 'erreur signalée :', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn généré par :', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: "adresse de l'expéditeur :", source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'adresse du destinataire :', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'sauts de message', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [{ text: 'non remis :', source: 'real sample: real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)' }],
  ndrDelayedSubject: [{ text: 'remise retardée :', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'remis :', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'de', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'envoyé', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'à', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'objet', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'date', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: "-----message d'origine-----", source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'tr:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'non distribuable',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'échec de la remise',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'echec de la remise',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'message non délivré',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'message non remis',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'impossible de remettre',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'rapport de non-remise',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'courrier retourné',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non remis',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: "n'a pas pu être remis",
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: "n'a pas pu être distribué",
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'impossible de remettre',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'la remise a échoué',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'erreur permanente',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'je suis absent',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'je suis actuellement absent',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'je serai absent',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: "je n'ai pas accès",
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'de retour le',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ceci est une réponse automatique',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    { text: 'lu :', source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample' },
    { text: 'lu:', source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample' },
    {
      text: 'accusé de lecture',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non lu :',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non lu:',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'confirmer que vous êtes',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'pour que votre message soit remis',
      source: 'French texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
