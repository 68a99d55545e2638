/** Italian (it). Legacy admin headings from a real it-CH Exchange NDR, as Sisimai's Exchange rules quote it. */
import { analogy, seen } from './types';
import type { Lexicon } from './types';

const IT = 'real it-CH Exchange NDR (quoted by Sisimai lhost Exchange2007 rules)';

export const it: Lexicon = {
  lang: 'it',
  exchange: {
    failedHeading: analogy(
      'Recapito non riuscito per i seguenti destinatari o gruppi:',
      'Il recapito non è riuscito per i seguenti destinatari o gruppi:',
    ),
    delayedHeading: analogy('Il recapito ai seguenti destinatari o gruppi è stato ritardato:'),
    deliveredHeading: analogy('Il messaggio è stato recapitato ai seguenti destinatari:'),
    rejectedBy: analogy('ha rifiutato il messaggio per i seguenti indirizzi di posta elettronica:'),
    gaveError: analogy('ha restituito questo errore:'),
    adminHeading: seen(IT, 'Informazioni di diagnostica per gli amministratori:'),
    generatingServer: seen(IT, 'Server di generazione:'),
    receivingServer: analogy('Server di ricezione:'),
    originalHeaders: seen(IT, 'Intestazioni originali del messaggio:'),
    stillTrying: analogy('Questo messaggio non è ancora stato recapitato', 'Il server continuerà a tentare di recapitare il messaggio'),
    couldNotDeliver: analogy('Impossibile recapitare il messaggio a {rcpt}', 'Il messaggio per {rcpt} non è stato recapitato'),
    actionRequired: analogy('Azione richiesta'),
    senderLabel: analogy('Mittente'),
    recipientLabel: analogy('Destinatario'),
    howToFix: analogy('Come risolvere il problema'),
    moreInfo: analogy('Altre informazioni per gli amministratori di posta elettronica'),
    statusCode: analogy('Codice di stato:'),
    originalDetails: analogy('Dettagli del messaggio originale'),
    errorDetails: analogy("Dettagli dell'errore", 'Dettagli errore'),
    reportedError: analogy('Errore segnalato:'),
    dsnGeneratedBy: analogy('DSN generato da:'),
    senderAddress: analogy('Indirizzo del mittente:'),
    recipientAddress: analogy('Indirizzo del destinatario:'),
    messageHops: analogy('Hop del messaggio'),
    failedSubject: seen(IT, 'Non recapitabile:'),
    delayedSubject: analogy('Recapito ritardato:'),
    deliveredSubject: analogy('Recapitato:'),
  },
  forward: {
    from: analogy('Da'),
    sent: analogy('Inviato'),
    to: analogy('A'),
    cc: analogy('Cc'),
    subject: analogy('Oggetto'),
    date: analogy('Data'),
    separator: analogy('-----Messaggio originale-----'),
    prefix: analogy('I:'),
  },
  autoReplySubject: analogy('Risposta automatica:'),
};
