/** Italian words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const IT: LanguageLexicon = {
  lang: 'it',
  recipientLabel: [
    {
      text: 'destinatario',
      source:
        "dictionary fact: the common Italian noun for the recipient of a letter or message ('destinatario'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  // Microsoft's own name for DLP in this language: a mail flow rule's NDR names it (task P19a).
  dlpProductName: [
    {
      text: 'prevenzione della perdita dei dati',
      source: 'Microsoft Learn (it-it), Microsoft Purview: "prevenzione della perdita dei dati (DLP)"',
    },
  ],
  delaySubject: [
    { text: 'ritardata', source: "Exchange delay notice 'Consegna ritardata'" },
    {
      text: 'consegna ritardata',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'recapito ritardato',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubjectPrefix: [{ text: 'non recapitabile', source: "Exchange NDR subject 'Non recapitabile:'" }],
  exchangeSubject: [{ text: 'non recapitabile', source: 'Exchange Online / Exchange 2013+ NDR template subject (it)' }],
  exchangeHeading: [
    {
      text: 'il recapito non è riuscito per i seguenti destinatari o gruppi',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (it)',
    },
  ],
  exchangeOriginalHeaders: [{ text: 'intestazioni originali del messaggio', source: 'Exchange Online / Exchange 2013+ NDR template (it)' }],
  exchangeBoilerplate: [
    { text: 'informazioni di diagnostica per gli amministratori', source: 'Exchange Online / Exchange 2013+ NDR template section (it)' },
    { text: 'server di generazione', source: 'Exchange Online / Exchange 2013+ NDR template section (it)' },
  ],
  ndrFailedHeading: [
    {
      text: 'recapito non riuscito per i seguenti destinatari o gruppi:',
      source: 'written by analogy with the English text, not verified',
    },
    {
      text: 'il recapito non è riuscito per i seguenti destinatari o gruppi:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDelayedHeading: [
    {
      text: 'il recapito ai seguenti destinatari o gruppi è stato ritardato:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrDeliveredHeading: [
    { text: 'il messaggio è stato recapitato ai seguenti destinatari:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'ha rifiutato il messaggio per i seguenti indirizzi di posta elettronica:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [{ text: 'ha restituito questo errore:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    {
      text: 'informazioni di diagnostica per gli amministratori:',
      source: 'real sample: real it-CH Exchange NDR (quoted by Sisimai lhost Exchange2007 rules)',
    },
  ],
  ndrGeneratingServer: [
    { text: 'server di generazione:', source: 'real sample: real it-CH Exchange NDR (quoted by Sisimai lhost Exchange2007 rules)' },
  ],
  ndrReceivingServer: [{ text: 'server di ricezione:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [
    {
      text: 'intestazioni originali del messaggio:',
      source: 'real sample: real it-CH Exchange NDR (quoted by Sisimai lhost Exchange2007 rules)',
    },
  ],
  ndrStillTrying: [
    { text: 'questo messaggio non è ancora stato recapitato', source: 'written by analogy with the English text, not verified' },
    { text: 'il server continuerà a tentare di recapitare il messaggio', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'impossibile recapitare il messaggio a {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'il messaggio per {rcpt} non è stato recapitato', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'azione richiesta', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'mittente', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'destinatario', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'come risolvere il problema', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    {
      text: 'altre informazioni per gli amministratori di posta elettronica',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrStatusCode: [{ text: 'codice di stato:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'dettagli del messaggio originale', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [
    { text: "dettagli dell'errore", source: 'written by analogy with the English text, not verified' },
    { text: 'dettagli errore', source: 'written by analogy with the English text, not verified' },
  ],
  ndrReportedError: [{ text: 'errore segnalato:', source: 'written by analogy with the English text, not verified' }],
  ndrDsnGeneratedBy: [{ text: 'dsn generato da:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'indirizzo del mittente:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'indirizzo del destinatario:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'hop del messaggio', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'non recapitabile:', source: 'real sample: real it-CH Exchange NDR (quoted by Sisimai lhost Exchange2007 rules)' },
  ],
  ndrDelayedSubject: [{ text: 'recapito ritardato:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'recapitato:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'da', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'inviato', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'a', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'cc', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'oggetto', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'data', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----messaggio originale-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [{ text: 'i:', source: 'written by analogy with the English text, not verified' }],
  autoReplySubject: [
    { text: 'risposta automatica:', source: 'written by analogy with the English text, not verified' },
    {
      text: 'risposta automatica',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fuori ufficio',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'fuori sede',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'assenza',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'ferie',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSubject: [
    {
      text: 'mancato recapito',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'impossibile recapitare',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'consegna non riuscita',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'messaggio non consegnato',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non consegnato',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non recapitabile',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  reportSentence: [
    {
      text: 'non è stato possibile recapitare',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'impossibile recapitare',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non può essere consegnato',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'errore permanente',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  autoReplySentence: [
    {
      text: 'sono fuori ufficio',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'sarò assente',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'sono assente',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'sarò fuori',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'questa è una risposta automatica',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  readReceiptSubject: [
    {
      text: 'letto:',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'conferma di lettura',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'non letto:',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
  challengeSentence: [
    {
      text: 'confermare di essere',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
    {
      text: 'affinché il messaggio venga consegnato',
      source: 'Italian texts as mail clients and servers commonly write them; from knowledge, not verified against a sample',
    },
  ],
};
