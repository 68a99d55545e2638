/** Swedish (sv). Some legacy headings from a real sample; the rest written by analogy with the English text: not verified. */
import { analogy, seen } from './types';
import type { Lexicon } from './types';

const SAMPLE = 'real sv-SE Exchange NDR (quoted by go-sisimai lhost exchange2007 rules)';

export const sv: Lexicon = {
  lang: 'sv',
  exchange: {
    failedHeading: analogy(
      'Leveransen misslyckades till följande mottagare eller grupper:',
      'Det gick inte att leverera till följande mottagare eller grupper:',
    ),
    delayedHeading: analogy('Leveransen till följande mottagare eller grupper är fördröjd:'),
    deliveredHeading: analogy('Ditt meddelande har levererats till följande mottagare:'),
    rejectedBy: analogy('avvisade ditt meddelande till följande e-postadresser:'),
    gaveError: analogy('returnerade följande fel:'),
    adminHeading: seen(SAMPLE, 'Diagnostisk information för administratörer:'),
    generatingServer: seen(SAMPLE, 'Genererande server:'),
    receivingServer: analogy('Mottagande server:'),
    originalHeaders: seen(SAMPLE, 'Ursprungshuvuden:'),
    stillTrying: analogy('Meddelandet har inte levererats än', 'Servern fortsätter att försöka leverera meddelandet'),
    couldNotDeliver: analogy('Det gick inte att leverera ditt meddelande till {rcpt}', 'Ditt meddelande till {rcpt} kunde inte levereras'),
    actionRequired: analogy('Åtgärd krävs'),
    senderLabel: analogy('Avsändare'),
    recipientLabel: analogy('Mottagare'),
    howToFix: analogy('Så här åtgärdar du det', 'Så här åtgärdar du problemet'),
    moreInfo: analogy('Mer information för e-postadministratörer'),
    statusCode: analogy('Statuskod:'),
    originalDetails: analogy('Information om ursprungligt meddelande'),
    errorDetails: analogy('Felinformation'),
    reportedError: analogy('Rapporterat fel:'),
    dsnGeneratedBy: analogy('DSN genererades av:'),
    senderAddress: analogy('Avsändaradress:'),
    recipientAddress: analogy('Mottagaradress:'),
    messageHops: analogy('Meddelandehopp'),
    failedSubject: seen(SAMPLE, 'Olevererbart:'),
    delayedSubject: analogy('Leveransen fördröjd:'),
    deliveredSubject: analogy('Levererat:'),
  },
  forward: {
    from: analogy('Från'),
    sent: analogy('Skickat'),
    to: analogy('Till'),
    cc: analogy('Kopia'),
    subject: analogy('Ämne'),
    date: analogy('Datum'),
    separator: analogy('-----Ursprungligt meddelande-----'),
    prefix: analogy('VB:'),
  },
  autoReplySubject: analogy('Automatiskt svar:'),
};
