/**
 * Italian message catalogue (ICU MessageFormat), mirroring en.ts key for key. Terminology follows
 * docs/glossary/it.md (Microsoft's Italian Outlook and Exchange terms); the user is addressed with
 * "tu" and the imperative, as the recent Italian Microsoft interface does. The bounce is a
 * "rapporto di mancato recapito"; the report to IT is a "segnalazione", so the two never share a word.
 * Apostrophes are typographic (’): an ASCII one can start quoting in ICU.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT = 'Avvisa la persona in altro modo, ad esempio per telefono o in chat, che la tua email non è arrivata.';
const NO_ACTION_YET = 'Per ora non serve fare nulla: il tuo server di posta continua a riprovare da solo.';
const AGAIN_LATER = 'Invia di nuovo il messaggio più tardi.';
const SEND_REPORT = 'Invia la segnalazione preparata al supporto IT: contiene già tutto ciò che serve.';
const NOT_YET_REFUSED = 'Non inviare di nuovo per ora: verrebbe rifiutato ancora.';
const SPF = 'SPF (l’elenco dei server autorizzati a inviare posta per il tuo dominio)';
const DKIM = 'DKIM (il sigillo digitale che il tuo server applica a ogni messaggio)';
const DMARC = 'DMARC (la regola del tuo dominio su cosa fanno i server riceventi quando quei controlli non riescono)';
const SPAM_STEPS: readonly string[] = [
  'Controlla nel messaggio ciò che i filtri della posta indesiderata non amano: molti link, link abbreviati, immagini grandi con poco testo o file che la persona non si aspettava.',
  'Avvisa la persona in altro modo che il tuo messaggio è stato rifiutato, così potrà chiedere al suo reparto IT di verificarlo.',
  'Se più persone rifiutano la tua posta come indesiderata, avvisa il tuo reparto IT.',
];

const MAILBOX_DISABLED = E(
  'La cassetta postale del destinatario è disattivata',
  'La cassetta postale del destinatario esiste ma è disattivata, ad esempio perché la persona se n’è andata o l’account è stato chiuso o sospeso.',
  [TELL_RECIPIENT, 'Chiedi alla persona o alla sua organizzazione un altro indirizzo.'],
  [
    'Se il destinatario fa parte della tua organizzazione, verifica se la cassetta postale è disattivata, senza licenza o eliminata temporaneamente (soft-deleted), e ripristina la cassetta postale o il suo indirizzo.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Una regola di posta ha rifiutato il messaggio',
  'Una regola impostata da un amministratore della posta ha rifiutato il messaggio. Il rapporto di mancato recapito indica a quale organizzazione appartiene la regola.',
  [
    'Se il rapporto di mancato recapito indica il motivo della regola, ad esempio un tipo di allegato bloccato, seguilo e invia di nuovo.',
    'Altrimenti invia la segnalazione al supporto IT: può trovare la regola.',
  ],
  [
    'Trova la regola del flusso di posta (regola di trasporto) che rifiuta con questo codice (TRANSPORT.RULES.RejectMessage): prima nella traccia messaggi del tuo tenant, altrimenti presso l’organizzazione del destinatario.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Sono ammessi solo mittenti interni',
  'Il destinatario (una cassetta postale, un gruppo o una cartella pubblica) accetta solo posta dall’interno della propria organizzazione. Il tuo messaggio proveniva dall’esterno.',
  ['Chiedi al proprietario di quell’indirizzo di consentire i mittenti esterni o di aggiungerti.'],
  ['Se il destinatario è interno, deseleziona “Richiedi che tutti i mittenti siano autenticati” oppure consenti questo mittente.'],
);

const NO_DMARC_RECORD = E(
  'Il tuo dominio non ha il record di criteri richiesto dal destinatario',
  'Il server ricevente richiede che i domini mittenti pubblichino un criterio su come verificare la loro posta, e il tuo dominio non ne ha. Deve aggiungerlo il tuo reparto IT.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [`Pubblica un record ${DMARC} per il dominio From; p=none basta per la regola di Gmail sui mittenti massivi (Gmail 4.7.31 / 5.7.40).`],
);

const DMARC_ALIGNMENT = E(
  'Il tuo indirizzo mittente non corrisponde ai controlli della tua posta',
  'Il dominio del tuo indirizzo mittente non è quello per cui il tuo server di posta ha dimostrato di inviare. Il server ricevente richiede che coincidano.',
  [NOT_YET_REFUSED, SEND_REPORT],
  [
    'Allinea il dominio From con il dominio SPF (mittente della busta) o con il dominio di firma DKIM (Gmail 4.7.32 / 5.7.32).',
    `Controlla l’allineamento ${DMARC} per ogni servizio che invia a nome del tuo dominio.`,
  ],
);

const SENDER_DENIED = E(
  'Il tuo indirizzo è stato rifiutato',
  'Il server ricevente ha rifiutato il tuo indirizzo mittente. Il destinatario potrebbe averti bloccato, oppure i controlli del tuo dominio non sono riusciti.',
  ['Chiedi al destinatario se ha bloccato il tuo indirizzo.', 'Se anche altre persone rifiutano la tua posta, avvisa il reparto IT.'],
  [`Controlla ${SPF} per il dominio mittente.`, 'Verifica se il mittente è nell’elenco di blocco del destinatario.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Qualcuno ha falsificato il tuo indirizzo',
    'Questo rapporto di mancato recapito riguarda un messaggio che non hai mai inviato. Un estraneo ha usato il tuo indirizzo nella sua email e il rapporto è tornato a te.',
    [
      'Non rispondere a questo rapporto di mancato recapito e non aprire i link o gli allegati che contiene.',
      'Eliminalo. Dalla tua cassetta postale non è stato inviato nulla.',
      'Se ne ricevi molti, avvisa il supporto IT perché possa filtrarli.',
    ],
    [
      `Verifica che ${SPF}, ${DKIM} e ${DMARC} siano pubblicati per il dominio, con un criterio DMARC quarantine o reject.`,
      'Controlla l’originale restituito: non dovrebbe essere passato dai tuoi server.',
      'Se ne arrivano molti, valuta un filtro per il backscatter.',
    ],
  ),
  'misspelt-domain': E(
    'L’indirizzo potrebbe contenere un errore',
    'Il dominio del destinatario {domain} non è stato trovato. Intendevi {suggestion}?',
    [
      'Controlla la parte dopo la @ nell’indirizzo: intendevi {suggestion}?',
      'In tal caso correggi l’indirizzo e invia di nuovo il messaggio.',
      'Se Outlook ha suggerito l’indirizzo sbagliato, rimuovilo dal completamento automatico: inizia a digitarlo, quindi seleziona la X accanto al suggerimento.',
    ],
    ['Nulla da controllare dal tuo lato, a meno che l’indirizzo non sia davvero {domain}.'],
  ),
  delayed: E(
    'Il tuo messaggio è in ritardo',
    'Il tuo server di posta non è ancora riuscito a recapitare il messaggio e sta ancora provando. Riceverai un’altra notifica se alla fine non ci riesce.',
    ['Per ora non serve fare nulla.', 'Se è urgente, contatta la persona in altro modo, ad esempio per telefono.'],
    [
      'Se i ritardi verso questo dominio continuano, controlla i suoi record MX e la tua connettività in uscita.',
      'Leggi l’ultimo errore nel testo di diagnostica.',
    ],
  ),
  'stale-x500': E(
    'È stato usato un vecchio indirizzo salvato',
    'Outlook ha usato una vecchia versione salvata di questo contatto che non funziona più. La persona potrebbe esistere ancora con un nuovo indirizzo.',
    [
      'Inizia a digitare il nome nella casella A, quindi seleziona la X accanto al vecchio suggerimento per rimuoverlo dal completamento automatico.',
      'Digita di nuovo l’indirizzo email completo oppure scegli la persona dalla rubrica.',
      'Invia di nuovo il messaggio.',
    ],
    [
      'Verifica se la cassetta postale è stata spostata, ricreata o migrata; il suo vecchio LegacyExchangeDN potrebbe dover essere aggiunto come indirizzo proxy X500.',
      'Verifica che la rubrica offline sia aggiornata.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'Il tuo account deve essere verificato prima di poter inviare',
    'Il tuo provider di posta ha sospeso l’invio dal tuo account finché non confermi che sei davvero tu. Gli indirizzi dei destinatari non sono il problema.',
    [
      'Accedi alla tua cassetta postale sul web (per Outlook.com: outlook.com) e segui le istruzioni per verificare l’account.',
      'Se non hai inviato quantità insolite di posta, cambia la password.',
      'Poi invia di nuovo il messaggio.',
    ],
    [
      'Cerca nell’account segni di compromissione: accessi, regole della posta in arrivo, inoltro.',
      'STOREDRV.Submission OutboundSpamException (verdetto WASCL HipSend, ShowTierUpgrade) è il blocco del provider per posta indesiderata in uscita; solo il titolare dell’account può rimuoverlo verificando l’account.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'La tua cassetta postale è piena',
    'La tua cassetta postale ha superato il limite di dimensioni, quindi non può inviare. Anche la posta inviata conta nel limite.',
    [
      'Svuota Posta eliminata ed elimina o archivia i messaggi vecchi e grandi, anche in Posta inviata.',
      'Invia di nuovo il messaggio quando c’è spazio.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: la quota della cassetta postale del mittente, non del destinatario.',
      'Controlla la quota della cassetta postale del mittente e le impostazioni di conservazione per Posta inviata; valuta una cassetta postale di archiviazione.',
    ],
  ),
  'submission-quota': E(
    'Hai raggiunto il tuo limite di invio',
    'Il tuo account ha inviato a più destinatari di quanti ne siano consentiti in un giorno, quindi il tuo servizio di posta ha sospeso l’invio per ora. I destinatari non sono il problema.',
    [
      'Invia di nuovo il messaggio domani; il limite conta le ultime 24 ore.',
      'Invia a meno persone alla volta oppure chiedi al reparto IT uno strumento per le liste lunghe.',
      'Se non hai inviato tanta posta, avvisa subito il reparto IT: il tuo account potrebbe essere usato in modo improprio.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: il limite di frequenza dei destinatari del mittente (10.000 destinatari al giorno in Exchange Online).',
      'Controlla il volume di invio recente dell’account per individuare segni di compromissione.',
    ],
  ),
  'ms-dbeb': E(
    'L’indirizzo del destinatario non è riconosciuto',
    'Il servizio di posta del destinatario non riconosce questo indirizzo. Potrebbe contenere un errore o non esistere più.',
    [
      'Controlla l’ortografia di {recipient}.',
      'Chiedi alla persona il suo indirizzo attuale in altro modo.',
      'Invia di nuovo con l’indirizzo corretto.',
    ],
    [
      'Se il destinatario fa parte della tua organizzazione, verifica che l’indirizzo sia sincronizzato con Microsoft 365 (blocco perimetrale basato su directory).',
    ],
  ),
  'relay-denied': E(
    'Un server si è rifiutato di inoltrare il messaggio',
    'Un server di posta si è rifiutato di inoltrare il tuo messaggio al dominio del destinatario. È un problema di configurazione tra server di posta, non del tuo messaggio.',
    ['Non inviare di nuovo per ora: fallirebbe allo stesso modo.', SEND_REPORT],
    [
      'Controlla i connettori e le autorizzazioni di inoltro (relay) per questo percorso di invio.',
      'Verifica che i record MX del dominio del destinatario puntino ai server giusti.',
      'Se un dispositivo o un’app invia tramite il tuo server, verifica che sia autorizzato all’inoltro o che acceda con SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'Non puoi scrivere a questo indirizzo',
    'Il destinatario accetta posta solo da determinati mittenti, ad esempio i membri di un gruppo. Il tuo indirizzo non è in quell’elenco.',
    [
      'Chiedi al proprietario del gruppo o della cassetta postale di consentire il tuo indirizzo o di inoltrare il tuo messaggio.',
      'Se funziona così, iscriviti prima al gruppo.',
    ],
    [
      'Se il destinatario è interno, controlla le restrizioni di recapito, la moderazione e le regole del flusso di posta per quella cassetta postale o quel gruppo.',
    ],
  ),
  'blocklisted-ip': E(
    'Il tuo server di posta è in un elenco di blocco',
    'Il server ricevente ha rifiutato la posta del server della tua organizzazione perché quel server è segnalato come fonte di posta indesiderata. Il tuo messaggio in sé non è il problema.',
    ['Non inviare di nuovo ora: verrebbe rifiutato ancora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Cerca l’indirizzo IP di invio nell’elenco di blocco indicato nel testo del server e segui la procedura di rimozione.',
      'Cerca account o dispositivi compromessi che inviano spam.',
      'Valuta l’invio tramite un’altra rete o un relay con buona reputazione finché l’IP non viene rimosso dall’elenco.',
    ],
  ),
  'ms-generic-remote': E(
    'Il server del destinatario ha rifiutato il messaggio',
    'Il server del destinatario ha rifiutato il messaggio e Microsoft 365 ha trasmesso il suo errore senza un motivo chiaro. Il tuo reparto IT può leggere i dettagli nel rapporto di mancato recapito.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Leggi l’errore remoto originale nel testo di diagnostica.',
      'Verifica i formati di messaggio (come Rich Text / TNEF) che il lato remoto potrebbe non accettare.',
    ],
  ),
  'ms-x-dg-ref': E(
    'Il formato del messaggio è stato rifiutato',
    'Il messaggio è stato inviato nel formato RTF di Outlook o con troppi elementi allegati. Il server del destinatario ha rifiutato quel formato.',
    [
      'Passa il messaggio in HTML (Formato testo, quindi HTML) e invialo di nuovo.',
      'Allega meno file incorporati oppure comprimili in un file zip.',
    ],
    ['Controlla le impostazioni TNEF (Rich Text) per i domini remoti.'],
  ),
  'google-login': E(
    'Gmail ha rifiutato l’accesso',
    'L’app da cui invii non è riuscita ad accedere al server di posta. La password è stata rifiutata oppure l’account richiede un accesso dal browser.',
    [
      'Accedi al tuo account in un browser web e segui eventuali richieste di sicurezza.',
      'Se il tuo account usa la verifica in due passaggi, crea una password per le app e usala nell’app.',
      'Invia di nuovo il messaggio.',
    ],
    ['Verifica che l’app o il dispositivo usi un metodo di accesso supportato (OAuth o una password per le app).'],
  ),
  'spam-content': E(
    'Il messaggio sembrava posta indesiderata',
    'Il filtro della posta indesiderata del destinatario ha giudicato indesiderato il tuo messaggio. Link, allegati, parole o la reputazione di invio della tua organizzazione possono causarlo.',
    SPAM_STEPS,
    [
      'Verifica che SPF, DKIM e DMARC abbiano esito positivo per il tuo dominio.',
      'Controlla la reputazione dell’IP e del dominio di invio (ad esempio Google Postmaster Tools) e i tassi di reclamo.',
    ],
  ),
  reputation: E(
    'Il server di posta della tua organizzazione ha una cattiva reputazione',
    'Il provider ricevente ha rifiutato la posta del server della tua organizzazione a causa della sua reputazione o di un volume insolito. Probabilmente il tuo messaggio in sé non è il problema.',
    ['Non inviare di nuovo ora: verrebbe rifiutato ancora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Controlla il volume di invio e i tassi di reclamo per l’IP e il dominio di invio.',
      'Verifica che SPF, DKIM e DMARC abbiano esito positivo per tutta la posta.',
      'Usa le pagine di supporto per i mittenti del provider per chiedere una mitigazione (Google Postmaster Tools, Yahoo Sender Hub, Microsoft sender support).',
    ],
    {
      title: 'Il tuo server di posta viene rallentato',
      summary:
        'Il provider ricevente sta limitando la posta dal server della tua organizzazione a causa della sua reputazione o del volume. Il tuo server sta ancora provando a recapitarla.',
      steps: [NO_ACTION_YET, 'Se arriva una notifica definitiva di mancato recapito, invia la segnalazione al supporto IT.'],
    },
  ),
  'malformed-message': E(
    'Il messaggio non è stato composto correttamente',
    'Il server ricevente ha trovato un problema nelle intestazioni del messaggio, ad esempio una riga del mittente (From) mancante o doppia. Di solito dipende da un’app o da un dispositivo, non da Outlook.',
    [
      'Se hai inviato da un’app, uno scanner o un sito web, indica al reparto IT quale.',
      'Prova a inviare lo stesso messaggio direttamente da Outlook.',
    ],
    ['Verifica che l’app di invio scriva un’unica intestazione From valida e un Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'Il destinatario riceve troppa posta',
    'La cassetta postale del destinatario ha ricevuto posta più velocemente di quanto consenta il suo provider, quindi il tuo messaggio è stato rifiutato.',
    [TELL_RECIPIENT, 'Invia di nuovo il messaggio tra qualche ora.'],
    ['Nulla da correggere dal tuo lato, a meno che tu non abbia inviato molti messaggi a questa persona in poco tempo.'],
    {
      summary:
        'La cassetta postale del destinatario riceve posta più velocemente di quanto consenta il suo provider. Il tuo messaggio è stato trattenuto e il tuo server sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Un allegato o un link è stato bloccato',
    'Il server ricevente ha bloccato il messaggio a causa di un tipo di allegato o di un contenuto che considera non sicuro.',
    [
      'Rimuovi l’allegato bloccato e invia di nuovo il messaggio senza.',
      'Se la persona ha bisogno del file, chiedi al reparto IT quale modo di condividerlo approva la tua organizzazione.',
    ],
    ['Verifica quale tipo di allegato o link ha bloccato il provider del destinatario e se il file è sicuro.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 non è riuscito a inoltrare il tuo messaggio',
    'Il tuo messaggio è stato inoltrato tramite Microsoft 365 e il server successivo lo ha rifiutato. La causa è la configurazione della posta della tua organizzazione, quindi inviarlo di nuovo non servirà.',
    ['Non inviare di nuovo: fallirebbe allo stesso modo.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Controlla ${SPF}: deve includere ogni servizio che invia per il tuo dominio.`,
      `Verifica che la firma ${DKIM} sia attivata per il dominio in Microsoft 365.`,
      `Controlla ${DMARC} e che la posta sia allineata.`,
      'Controlla i connettori in ingresso: la posta dai tuoi gateway dovrebbe corrispondere a un connettore (o usare il filtro avanzato per i connettori) in modo che Microsoft 365 non usi il suo pool di inoltro (relay pool).',
      'Verifica che il dominio mittente sia un dominio accettato nel tenant.',
      'Controlla le regole di inoltro che inviano la posta a indirizzi esterni.',
      'Se dispositivi o app inviano tramite Microsoft 365, verifica che accedano con SMTP AUTH o corrispondano a un connettore.',
      'Verifica che l’IP di invio non sia in un elenco di blocco e se l’errore si verifica solo da una rete (casa, VPN o una filiale).',
    ],
  ),
  'recipient-not-found': E(
    'L’indirizzo non esiste',
    'L’organizzazione del destinatario non ha una cassetta postale con questo indirizzo. Potrebbe contenere un errore oppure la persona potrebbe essersene andata.',
    [
      'Controlla l’ortografia di {recipient}.',
      'Se te l’ha suggerito Outlook, rimuovi l’indirizzo dal completamento automatico, quindi digitalo di nuovo.',
      'Se non hai digitato tu questo indirizzo, forse la persona vi inoltra la posta: avvisala che il suo inoltro non funziona.',
      'Chiedi alla persona il suo indirizzo attuale in altro modo.',
    ],
    [
      'Se il destinatario fa parte della tua organizzazione, verifica che l’utente esista e abbia una licenza e che il dominio sia configurato correttamente.',
      'Controlla le regole di inoltro nella cassetta postale del destinatario se l’indirizzo non è quello digitato dal mittente.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Al tuo account è stato impedito di inviare',
    'Microsoft 365 ha bloccato l’invio dal tuo account perché sembrava inviare posta indesiderata. Di solito significa che qualcun altro è entrato nel tuo account.',
    [
      'Cambia subito la password.',
      'Controlla i tuoi dispositivi per individuare malware.',
      'Avvisa subito il reparto IT perché possa sbloccarti.',
    ],
    [
      'Cerca nell’account segni di compromissione (accessi, regole della posta in arrivo, inoltro).',
      'Dopo la pulizia, rimuovi l’utente da Entità con restrizioni nel portale di Microsoft Defender.',
    ],
  ),
  'multiple-from': E(
    'Il messaggio aveva più di un mittente',
    'Il messaggio indicava più indirizzi mittente (From) senza una riga Sender. I server rifiutano questo formato.',
    ['Invia da un solo indirizzo mittente.', 'Se è stato inviato da un’app, indica al reparto IT quale.'],
    ['Controlla le impostazioni delle intestazioni From e Sender dell’app di invio.'],
  ),
  'daily-recipient-limit': E(
    'Hai raggiunto il limite giornaliero di destinatari',
    'Il tuo account ha inviato a più destinatari di quanti ne siano consentiti in un giorno. L’invio è sospeso finché il limite non si azzera.',
    [
      'Invia di nuovo il messaggio domani; il limite conta le ultime 24 ore.',
      'Se non hai inviato così tanto, avvisa il reparto IT: il tuo account potrebbe essere usato in modo improprio.',
    ],
    ['Controlla gli invii recenti dall’account per individuare segni di compromissione.'],
  ),
  'hourly-sender-limit': E(
    'Hai inviato troppi messaggi a questa persona',
    'Il servizio del destinatario limita quanti messaggi un mittente può inviargli ogni ora. Hai superato quel limite.',
    ['Invia di nuovo il messaggio tra un’ora.', 'Se questi messaggi sono inviati da un’app o da una regola, rallentala.'],
    ['Cerca cicli di invio automatici verso questo destinatario.'],
  ),
  'hourly-recipient-limit': E(
    'Il destinatario ha ricevuto troppa posta in quest’ora',
    'La cassetta postale del destinatario ha ricevuto più messaggi di quanti ne accetti ogni ora. Per ora il tuo messaggio è stato rifiutato.',
    ['Invia di nuovo più tardi.', TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'ms-journaling': E(
    'Non è stato possibile archiviare una copia del tuo messaggio',
    'La tua organizzazione conserva copie d’archivio della posta, e la copia di questo messaggio non è stata salvata in Microsoft 365. È un’impostazione dell’amministratore.',
    [SEND_REPORT],
    ['Controlla le regole del journal che puntano a Microsoft 365 e le impostazioni dell’archivio di journaling.'],
  ),
  'ms-thread-limit': E(
    'La cassetta postale del destinatario è occupata',
    'La cassetta postale del destinatario ha ricevuto un picco di posta o contiene troppi elementi, quindi non ha accettato il tuo messaggio.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se il destinatario è interno, cerca ondate di posta verso la sua cassetta postale o una cartella che supera il limite di elementi.'],
    {
      summary:
        'La cassetta postale del destinatario riceve un picco di posta e accetta i messaggi lentamente. Il tuo server sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'Il messaggio è finito in un ciclo',
    'Il messaggio è passato tra i server troppe volte, quindi è stato fermato. Un’impostazione di inoltro o di instradamento lo fa girare in un ciclo.',
    [SEND_REPORT],
    [
      'Verifica che il dominio del destinatario sia autorevole dove dovrebbe esserlo.',
      'Cerca cicli nei connettori e negli smart host (soprattutto nelle configurazioni ibride) e nelle regole di inoltro.',
    ],
  ),
  'dns-failed': E(
    'Impossibile trovare il dominio del destinatario',
    'Il tuo server di posta non ha trovato dove recapitare la posta per il dominio del destinatario. Le impostazioni internet del suo dominio potrebbero essere errate.',
    ['Controlla che l’indirizzo non contenga errori di battitura.', TELL_RECIPIENT, 'Riprova più tardi.'],
    ['Controlla i record MX del dominio del destinatario dalla tua rete.'],
  ),
  'connection-refused': E(
    'Il server del destinatario non ha risposto',
    'Il server di posta del destinatario ha rifiutato le connessioni dal tuo server di posta. Il suo server potrebbe essere inattivo o bloccarti.',
    [TELL_RECIPIENT, 'Riprova più tardi.'],
    ['Controlla la connettività verso l’host MX del destinatario dai tuoi server in uscita.'],
  ),
  'tls-certificate': E(
    'Impossibile stabilire una connessione sicura',
    'Il tuo server di posta non è riuscito a stabilire una connessione crittografata con il server del destinatario. Il suo certificato di sicurezza o le sue impostazioni sembrano errati.',
    [TELL_RECIPIENT, 'Riprova più tardi.'],
    ['Controlla la catena di certificati del server remoto e se il tuo lato richiede TLS per quel dominio.'],
  ),
  'connection-dropped': E(
    'La connessione si è interrotta',
    'La connessione al server del destinatario continuava a interrompersi durante l’invio, quindi il recapito non è riuscito.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se continua a succedere, cerca problemi di rete verso i server del destinatario.'],
    {
      summary: 'La connessione al server del destinatario si è interrotta durante l’invio. Il tuo server sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'Il criterio di sicurezza del destinatario non corrisponde',
    'Il dominio del destinatario pubblica un criterio di sicurezza per i suoi server di posta, ma i suoi server non lo rispettano. Senza questo il tuo server non recapita il messaggio.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Controlla il criterio MTA-STS del dominio del destinatario e i nomi MX (deve correggerlo il lato del destinatario).'],
  ),
  'mta-sts-certificate': E(
    'Il certificato del server del destinatario non ha superato un controllo',
    'Il server di posta del destinatario ha presentato un certificato di sicurezza che il criterio del suo stesso dominio non accetta.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Il lato del destinatario deve correggere il certificato o il criterio MTA-STS.'],
  ),
  dane: E(
    'Il controllo di crittografia del destinatario non è riuscito',
    'Il dominio del destinatario pubblica un controllo che dimostra che il suo server di posta è autentico, e quel controllo non è riuscito.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Il lato del destinatario deve correggere i record DANE (TLSA) o DNSSEC.'],
  ),
  expired: E(
    'Il messaggio non è stato recapitato in tempo',
    'Il tuo server di posta ha riprovato a lungo ma non è riuscito a raggiungere il server del destinatario. Ora ha rinunciato.',
    [TELL_RECIPIENT, 'Controlla l’indirizzo, poi invia di nuovo il messaggio più tardi.'],
    [
      'Se ogni messaggio verso questo dominio non riesce, controlla i suoi record MX e la tua connettività in uscita.',
      'Se non riesce con nessun dominio, controlla il tuo flusso di posta in uscita.',
    ],
  ),
  'ms-bare-lf': E(
    'Il messaggio conteneva caratteri rifiutati dal destinatario',
    'Il messaggio conteneva terminazioni di riga che il server del destinatario non accetta. Succede spesso con i messaggi creati dalle app.',
    ['Invia il messaggio da Outlook sul web oppure senza l’allegato.'],
    ['Il lato del destinatario può consentire i line feed isolati (bare LF) o supportare BDAT.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'Non sei nell’elenco dei mittenti consentiti del gruppo',
    'Il gruppo accetta messaggi solo dai suoi membri o dai mittenti elencati. Il tuo indirizzo non è tra questi.',
    ['Chiedi al proprietario del gruppo di aggiungerti o di inoltrare il tuo messaggio.'],
    ['Controlla i mittenti consentiti del gruppo e se i mittenti esterni sono ammessi.'],
  ),
  'restricted-list': E(
    'Il destinatario accetta solo mittenti in elenco',
    'Il destinatario accetta posta solo dalle persone nel suo elenco, e tu non ci sei.',
    ['Chiedi al destinatario di aggiungerti oppure contattalo in altro modo.'],
    ['In una configurazione ibrida, verifica se l’account locale è disattivato.'],
  ),
  'tenant-external-limit': E(
    'La tua organizzazione ha raggiunto il suo limite giornaliero',
    'La tua organizzazione ha inviato a indirizzi esterni più posta in 24 ore di quanta ne consenta Microsoft 365. La posta verso l’esterno è sospesa finché il limite non si azzera.',
    ['Invia di nuovo il messaggio domani; avvisa il reparto IT se è urgente.'],
    [
      'Controlla il report dei destinatari esterni in uscita del tenant per individuare volumi insoliti.',
      'Cerca account compromessi o connettori non autorizzati.',
    ],
  ),
  'moera-limit': E(
    'L’indirizzo onmicrosoft.com è limitato',
    'Il tuo messaggio è stato inviato da un indirizzo onmicrosoft.com, che può scrivere solo a poche persone esterne al giorno.',
    ['Invia invece dall’indirizzo con il dominio della tua organizzazione.'],
    ['Aggiungi e verifica un dominio personalizzato e rendilo predefinito per i mittenti.'],
  ),
  'ms-spam-abuse': E(
    'La tua organizzazione è bloccata per posta indesiderata',
    'Microsoft 365 ha bloccato la posta dal tuo account o server perché è stata rilevata posta indesiderata. Di solito significa che un account è stato usato in modo improprio.',
    ['Avvisa subito il reparto IT.', 'Cambia la password se non hai inviato tu quella posta.'],
    [
      'Indaga su account e connettori compromessi.',
      'Una volta risolto, chiedi la rimozione dall’elenco tramite il supporto Microsoft o il portale di delisting.',
    ],
  ),
  'banned-recipient': E(
    'L’indirizzo del destinatario è escluso',
    'Il servizio del destinatario rifiuta tutta la posta verso questo indirizzo.',
    [TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'bad-helo': E(
    'Il tuo server di posta si è presentato in modo errato',
    'Il tuo server di posta si è presentato al server del destinatario con un nome che non dovrebbe usare. Il server ricevente lo ha rifiutato.',
    [SEND_REPORT],
    ['Controlla il nome HELO/EHLO del tuo server in uscita.'],
  ),
  'blocked-by-recipient': E(
    'L’organizzazione del destinatario ti ha bloccato',
    'L’organizzazione del destinatario ha aggiunto il tuo server o il tuo indirizzo al proprio elenco di blocco.',
    ['Chiedi al destinatario di farti sbloccare dal suo reparto IT.'],
    ['Nulla da cambiare dal tuo lato, a meno che anche altre organizzazioni non ti blocchino.'],
  ),
  'ipv6-limits': E(
    'Il server ricevente ha rifiutato il tipo di connessione del tuo server',
    'Il tuo server di posta si è collegato con un tipo più recente di indirizzo internet, e il server ricevente ha rifiutato o limitato la posta inviata in questo modo.',
    [SEND_REPORT],
    ['Controlla l’invio su IPv6: record PTR e SPF/DKIM per IPv6, oppure invia su IPv4.'],
  ),
  'dmarc-fail': E(
    'I controlli di posta del tuo dominio non sono riusciti',
    'Il server ricevente non ha potuto confermare che il messaggio provenisse davvero dal tuo dominio, quindi ha seguito la regola del tuo dominio e lo ha rifiutato. Inviarlo di nuovo non servirà finché il problema non sarà risolto.',
    ['Non inviare di nuovo per ora.', SEND_REPORT],
    [
      `Verifica che ${SPF} includa ogni servizio che invia per il tuo dominio.`,
      `Verifica che la firma ${DKIM} sia attiva e allineata con il dominio From.`,
      `Controlla ${DMARC}; l’inoltro può invalidare SPF, quindi DKIM è il più importante.`,
    ],
  ),
  'outlook-auth-level': E(
    'Il tuo dominio non supera i controlli di Outlook.com',
    'Outlook.com richiede ai grandi mittenti di dimostrare che la loro posta proviene davvero dal loro dominio, e questo messaggio non lo dimostrava. È stato rifiutato.',
    ['Non inviare di nuovo per ora.', SEND_REPORT],
    [`Verifica che ${SPF}, ${DKIM} e ${DMARC} abbiano tutti esito positivo e siano allineati con il dominio From.`],
  ),
  'forwarding-blocked': E(
    'L’inoltro automatico è disattivato',
    'La tua organizzazione non consente di inoltrare automaticamente i messaggi a indirizzi esterni. Una regola di inoltro ha tentato di farlo.',
    ['Disattiva la regola di inoltro oppure chiedi al reparto IT se l’inoltro può esserti consentito.'],
    [
      'Controlla il criterio di protezione dalla posta indesiderata in uscita per l’inoltro esterno; se consentito, crea un criterio per gli utenti specifici.',
    ],
  ),
  'smtp-auth': E(
    'L’app di invio non ha effettuato l’accesso',
    'L’app o il dispositivo da cui hai inviato non ha effettuato l’accesso al server di posta, quindi il server ha rifiutato l’invio.',
    [
      'Controlla il nome utente e la password salvati nell’app o nel dispositivo.',
      'Chiedi al reparto IT le impostazioni corrette del server di posta per quell’app o quel dispositivo.',
    ],
    [
      'Verifica che SMTP AUTH sia abilitato per la cassetta postale e per il tenant, che l’app usi la porta 587 con STARTTLS e che supporti l’autenticazione moderna.',
    ],
  ),
  'connector-mismatch': E(
    'Il percorso di posta della tua organizzazione non è più riconosciuto',
    'Microsoft 365 non riconosce più il server che ha inviato questo messaggio come un server della tua organizzazione, quindi lo ha rifiutato.',
    [SEND_REPORT],
    ['Confronta il nome del certificato o gli indirizzi IP del connettore in ingresso con il server di invio (TenantAttribution).'],
  ),
  'own-block-list': E(
    'La tua organizzazione blocca questo destinatario',
    'L’elenco di blocco della tua organizzazione include uno dei destinatari, quindi l’intero messaggio è stato fermato.',
    ['Rimuovi quel destinatario e invia di nuovo, oppure chiedi al reparto IT informazioni sul blocco.'],
    ['Controlla l’Elenco tenant consentiti/bloccati (Tenant Allow/Block List).'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 non accetta posta da questa origine',
    'Microsoft 365 ha rifiutato la posta da questo server o dominio di invio. Succede spesso con configurazioni nuove o non verificate.',
    [SEND_REPORT],
    [
      'Verifica che i domini siano aggiunti e verificati e che i connettori siano corretti; se necessario, chiedi un’eccezione al supporto.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft ha limitato la posta dal server della tua organizzazione',
    'Microsoft ha rifiutato per ora la posta dal server della tua organizzazione perché sta inviando molto più del solito.',
    [AGAIN_LATER, 'Se continua a succedere, avvisa il reparto IT.'],
    ['Cerca volumi di invio insoliti e valuta un connettore o un filtro di terze parti per la posta inoltrata.'],
    {
      title: 'Microsoft sta rallentando il tuo server di posta',
      summary:
        'Microsoft sta limitando temporaneamente la posta dal tuo server perché sta inviando molto più del solito. Il tuo server sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'L’indirizzo del tuo server di posta è bloccato',
    'Il servizio ricevente ha inserito l’indirizzo internet del tuo server di invio nel suo elenco di blocco. Il tuo messaggio in sé non è il problema.',
    ['Non inviare di nuovo ora.', SEND_REPORT],
    ['Chiedi la rimozione dall’elenco (per Microsoft: sender.office.com) e cerca account compromessi.'],
  ),
  'recipient-domain-refused': E(
    'Il server del destinatario non accetta questo indirizzo',
    'Il server di posta del destinatario ha rifiutato l’indirizzo. Il suo dominio potrebbe essere configurato male, oppure l’indirizzo potrebbe non esistere.',
    ['Controlla l’indirizzo.', TELL_RECIPIENT],
    ['Controlla i record MX del dominio del destinatario; le modifiche DNS recenti possono richiedere fino a 72 ore.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'Il messaggio è stato rifiutato senza un motivo chiaro',
    'Il server ricevente ha rifiutato il messaggio ma ha indicato solo un errore generico. Il tuo reparto IT può leggere i dettagli nel rapporto di mancato recapito.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Leggi il testo di diagnostica e i server coinvolti.'],
  ),
  'address-problem': E(
    'C’è un problema con l’indirizzo',
    'Il server ricevente ha segnalato un problema con l’indirizzo, senza altri dettagli.',
    ['Controlla che l’indirizzo non contenga errori di battitura e invia di nuovo.'],
    ['Leggi il testo di diagnostica per la causa esatta.'],
  ),
  'address-unknown': E(
    'L’indirizzo non esiste',
    'Il server di posta del destinatario non ha una cassetta postale chiamata {recipient}. L’indirizzo potrebbe contenere un errore, oppure la persona potrebbe essersene andata.',
    [
      'Controlla l’ortografia dell’indirizzo.',
      'Se te l’ha suggerito Outlook, rimuovilo dal completamento automatico e digitalo di nuovo.',
      'Se non hai digitato tu questo indirizzo, forse la persona vi inoltra la posta: avvisala che il suo inoltro non funziona.',
      'Chiedi alla persona il suo indirizzo attuale in altro modo, poi invia di nuovo.',
    ],
    [
      'Se il destinatario è interno, verifica che la cassetta postale esista e abbia questo indirizzo.',
      'Se non hai mai inviato questo messaggio, verifica se il mittente è stato falsificato.',
    ],
  ),
  'domain-unknown': E(
    'Il dominio del destinatario non esiste',
    'La parte dopo la @ in {recipient} non esiste o non può ricevere posta. Probabilmente contiene un errore.',
    ['Controlla che la parte dopo la @ non contenga errori di battitura.', 'Invia di nuovo con l’indirizzo corretto.'],
    ['Se sei sicuro che sia giusto, verifica che il dominio venga risolto dalla tua rete.'],
  ),
  'address-syntax': E(
    'L’indirizzo non è scritto correttamente',
    'L’indirizzo non è un indirizzo email valido, ad esempio contiene uno spazio o manca una parte.',
    ['Controlla che nell’indirizzo non ci siano spazi, virgole o caratteri mancanti, poi invia di nuovo.'],
    ['Nulla da controllare, a meno che l’indirizzo non sembri corretto.'],
  ),
  'address-ambiguous': E(
    'L’indirizzo corrisponde a più persone',
    'Il server ricevente ha trovato più cassette postali corrispondenti a questo indirizzo.',
    ['Usa l’indirizzo email completo della persona e invia di nuovo.'],
    ['Se il destinatario è interno, cerca indirizzi duplicati nella directory.'],
  ),
  delivered: E(
    'Il messaggio è stato recapitato',
    'Questa notifica conferma che il tuo messaggio è arrivato al server del destinatario. Non c’è stato alcun problema.',
    ['Non serve fare nulla.'],
    ['Nulla da controllare.'],
  ),
  moved: E(
    'La persona ha un nuovo indirizzo',
    'La cassetta postale è stata spostata e la posta al vecchio indirizzo non viene più inoltrata.',
    ['Trova il nuovo indirizzo della persona e invia di nuovo.', 'Aggiorna il contatto.'],
    ['Nulla da controllare dal tuo lato.'],
  ),
  'sender-address-bad': E(
    'Il tuo indirizzo mittente è stato rifiutato',
    'Il server ricevente non ha accettato l’indirizzo mittente o il suo dominio. Inviando di nuovo allo stesso modo, non riuscirà di nuovo.',
    ['Se hai inviato da un’app o da un dispositivo, controlla il suo indirizzo mittente.', SEND_REPORT],
    [
      `Verifica che il dominio mittente esista e venga risolto e che ${SPF} sia pubblicato.`,
      'Controlla il mittente della busta (Return-Path) usato dal server.',
    ],
  ),
  'relayed-no-dsn': E(
    'Il messaggio è stato passato senza conferme',
    'Il messaggio è stato consegnato a un sistema che non invia notifiche di recapito. Non è noto alcun errore.',
    ['Non serve fare nulla, a meno che la persona dica che non è mai arrivato.'],
    ['Nulla da controllare.'],
  ),
  'null-mx': E(
    'Il dominio del destinatario non accetta email',
    'Il dominio del destinatario dichiara di non accettare alcuna email. L’indirizzo non può funzionare.',
    ['Controlla l’indirizzo; la persona potrebbe usare un altro dominio per la posta.', TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'mailbox-problem': E(
    'La cassetta postale del destinatario ha rifiutato il messaggio',
    'La cassetta postale del destinatario o il suo filtro ha rifiutato il tuo messaggio.',
    [TELL_RECIPIENT, 'Chiedi se filtra o blocca messaggi come il tuo.'],
    ['Leggi il testo di diagnostica per la causa esatta.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'La cassetta postale del destinatario è piena',
    'La cassetta postale del destinatario non ha più spazio, quindi non può ricevere nuova posta.',
    [TELL_RECIPIENT, 'Invia di nuovo più tardi, quando avrà liberato spazio.', 'Invia gli allegati grandi come link.'],
    ['Se il destinatario è interno, controlla la quota della sua cassetta postale.'],
  ),
  'too-big-for-recipient': E(
    'Il messaggio è troppo grande per questo destinatario',
    '{hasLimit, select, yes {Il messaggio è più grande di quanto accetti questo destinatario (limite: {limit}).} other {Il messaggio è più grande di quanto accetti questo destinatario.}}',
    ['Rimuovi o riduci gli allegati, oppure condividili come link.', 'Invia di nuovo il messaggio.'],
    ['Se il destinatario è interno, controlla il limite di dimensioni per destinatario.'],
  ),
  'list-problem': E(
    'La lista di distribuzione non ha potuto recapitarlo',
    'L’indirizzo è una lista di distribuzione o un gruppo che non è riuscito a inoltrare il tuo messaggio ai suoi membri.',
    ['Chiedi al proprietario della lista.'],
    ['Se è interna, controlla le impostazioni di espansione della lista o del gruppo.'],
  ),
  'remote-system': E(
    'Il sistema di posta del destinatario ha avuto un problema',
    'Il server di posta del destinatario ha segnalato un problema interno. Non è causato dal tuo messaggio.',
    ['Invia di nuovo più tardi.', TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'remote-disk-full': E(
    'Il server del destinatario ha esaurito lo spazio',
    'Il server di posta del destinatario non ha più spazio di archiviazione. È un problema dal suo lato.',
    ['Invia di nuovo più tardi.', TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'feature-unsupported': E(
    'Al server ricevente manca una funzionalità necessaria',
    'Il messaggio richiedeva una funzionalità che il server ricevente non supporta.',
    [SEND_REPORT],
    ['Verifica quale estensione SMTP richiedeva il messaggio (ad esempio SMTPUTF8 o un’impostazione di priorità).'],
  ),
  'too-big': E(
    'Il messaggio è troppo grande',
    '{hasLimit, select, yes {Il messaggio è più grande di quanto accetti il server ricevente (limite: {limit}).} other {Il messaggio è più grande di quanto accetti il server ricevente.}}',
    ['Rimuovi o riduci gli allegati, oppure condividili come link.', 'Invia di nuovo il messaggio.'],
    ['Controlla i tuoi limiti di dimensioni e quelli remoti.'],
  ),
  'network-problem': E(
    'Impossibile raggiungere il server del destinatario',
    'Il tuo server di posta non è riuscito a connettersi al server del destinatario, quindi il recapito non è riuscito.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Se persiste, controlla la connettività in uscita e i record MX del dominio del destinatario.'],
    {
      summary: 'Il tuo server di posta non è ancora riuscito a connettersi al server del destinatario. Sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'Nessun percorso verso il dominio del destinatario',
    'Il tuo server di posta non ha trovato dove inviare la posta per il dominio del destinatario. Il dominio potrebbe contenere un errore o essere configurato male.',
    ['Controlla che la parte dopo la @ non contenga errori di battitura.', 'Invia di nuovo con l’indirizzo corretto.'],
    ['Controlla i record MX e A del dominio del destinatario.'],
  ),
  'remote-busy': E(
    'Il server del destinatario è occupato',
    'Il server del destinatario era sovraccarico e non ha accettato il messaggio.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Nulla da cambiare dal tuo lato.'],
    {
      summary: 'Il server del destinatario è sovraccarico e ha chiesto di riprovare più tardi. Il tuo server sta ancora provando.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'I server di posta non si sono capiti',
    'Il server di invio e quello ricevente hanno avuto un disaccordo tecnico sul protocollo di posta. È un problema di configurazione dei server.',
    [SEND_REPORT],
    ['Controlla la conversazione SMTP nella diagnostica: sintassi dei comandi, estensioni o lunghezza delle righe.'],
  ),
  'too-many-recipients': E(
    'Troppi destinatari in una volta',
    'Il messaggio era indirizzato a più destinatari di quanti il server ne accetti in una volta.',
    ['Dividi i destinatari in gruppi più piccoli oppure usa un indirizzo di gruppo.', 'Invia di nuovo.'],
    ['Verifica che il server di invio suddivida gli elenchi di destinatari lunghi.'],
  ),
  'content-problem': E(
    'Il contenuto del messaggio è stato rifiutato',
    'Il server ricevente non ha potuto accettare il contenuto o il formato del messaggio.',
    ['Rimuovi allegati o formattazioni insoliti e invia di nuovo.'],
    ['Leggi il testo di diagnostica per il problema di contenuto esatto.'],
  ),
  'conversion-failed': E(
    'Impossibile convertire il messaggio',
    'Il messaggio doveva essere convertito per il server ricevente, e la conversione non è riuscita o non era consentita.',
    [SEND_REPORT],
    ['Controlla la gestione 8-bit/MIME sul percorso verso il destinatario.'],
  ),
  'international-address': E(
    'L’indirizzo usa caratteri che il server non gestisce',
    'L’indirizzo o il messaggio usa caratteri speciali, come le lettere accentate, che il server ricevente non supporta.',
    ['Chiedi alla persona un indirizzo con solo lettere semplici e cifre.'],
    ['Controlla il supporto SMTPUTF8 sui tuoi server in uscita.'],
  ),
  'refused-policy': E(
    'Il server del destinatario ha rifiutato il messaggio',
    'Il server del destinatario ha rifiutato il messaggio a causa di una sua regola o impostazione di sicurezza.',
    [
      TELL_RECIPIENT,
      'Chiedi se la sua organizzazione rifiuta posta come la tua, ad esempio da mittenti esterni o con determinati allegati.',
      SEND_REPORT,
    ],
    ['Leggi il testo di diagnostica: di solito indica la regola, un elenco di blocco o un controllo di autenticazione.'],
  ),
  'security-feature': E(
    'Un requisito di sicurezza non è stato soddisfatto',
    'Il server ricevente richiedeva una funzionalità di sicurezza, come la crittografia o una connessione attendibile, che non era presente.',
    [SEND_REPORT],
    ['Controlla le impostazioni TLS e di autenticazione per questo percorso di invio.'],
  ),
  'auth-weak': E(
    'Il metodo di accesso era troppo debole',
    'Il server ha rifiutato il modo in cui l’app o il dispositivo di invio ha effettuato l’accesso. Serve un metodo di accesso più sicuro.',
    ['Chiedi al reparto IT le impostazioni corrette per l’app o il dispositivo.'],
    ['Controlla il meccanismo di autenticazione (ad esempio abilita OAuth o le password per le app).'],
  ),
  'sender-account-disabled': E(
    'Il tuo account di invio è disattivato',
    'L’account usato per inviare questo messaggio è disattivato sul server di posta.',
    ['Avvisa il reparto IT perché controlli l’account e lo riattivi.'],
    ['Controlla lo stato dell’account sul server di invio (RFC 5248 X.7.13: account utente disabilitato).'],
  ),
  'owner-changed': E(
    'L’indirizzo ora appartiene a qualcun altro',
    'La cassetta postale o il dominio ha cambiato proprietario dall’ultima volta che hai scritto, quindi il tuo messaggio non è stato recapitato al nuovo proprietario.',
    ['Verifica di avere l’indirizzo attuale della persona.'],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  'dkim-fail': E(
    'Il sigillo digitale del tuo messaggio non è valido',
    'Il server ricevente non ha potuto verificare il sigillo digitale che il tuo server di posta applica a ogni messaggio, quindi ha rifiutato il messaggio.',
    ['Non inviare di nuovo per ora.', SEND_REPORT],
    [
      `Verifica che la firma ${DKIM} sia attivata e che la chiave DNS sia pubblicata.`,
      `Verifica che la firma sia allineata con il dominio From per ${DMARC}.`,
    ],
  ),
  'spf-fail': E(
    'Il controllo mittente del tuo dominio non è riuscito',
    'Il tuo server di posta non è nell’elenco dei server autorizzati a inviare posta per il tuo dominio. Il server ricevente ha rifiutato il messaggio.',
    ['Non inviare di nuovo per ora.', SEND_REPORT],
    [
      `Verifica che ${SPF} includa ogni server e servizio che invia per il tuo dominio.`,
      'Verifica che il record SPF non richieda troppe ricerche DNS.',
      'Se la posta viene inoltrata, affidati anche a DKIM.',
    ],
  ),
  'no-ptr': E(
    'Il tuo server di posta non ha un nome valido',
    'All’indirizzo internet del tuo server di posta non è associato un nome corrispondente, e il server ricevente lo richiede. Ha rifiutato il messaggio.',
    [SEND_REPORT],
    ['Chiedi al tuo provider di rete di impostare un record PTR (DNS inverso) che corrisponda al nome del server.'],
  ),
  'mail-flood': E(
    'È stata inviata troppa posta troppo in fretta',
    'Il server ricevente ha visto una quantità insolita di posta dal tuo lato e per ora ne rifiuta altra.',
    ['Invia di nuovo questo messaggio più tardi, e meno messaggi alla volta.', 'Se non hai inviato molto, avvisa il reparto IT.'],
    ['Controlla il volume di invio per individuare abusi o un’app che non funziona correttamente.'],
  ),
  'arc-or-tls': E(
    'Un requisito per i mittenti non è stato soddisfatto',
    'Il server ricevente richiede prove aggiuntive per questa posta, come una connessione crittografata o firme aggiunte quando la posta viene inoltrata. Mancavano.',
    [SEND_REPORT],
    ['Controlla TLS per SMTP in uscita (Gmail 4.7.29 / 5.7.29), la firma ARC sui sistemi di inoltro e l’allineamento DMARC.'],
  ),

  // ---- reasons ----
  blocked: E(
    'Il tuo server di posta è stato bloccato',
    'Il server ricevente ha rifiutato le connessioni dal server di posta della tua organizzazione. Di solito la causa sono elenchi di blocco o la reputazione.',
    ['Non inviare di nuovo ora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Cerca l’IP di invio nell’elenco di blocco indicato nel testo del server e chiedi la rimozione.',
      'Controlla il DNS inverso e l’autenticazione del server di invio.',
    ],
  ),
  spam: E(
    'Il messaggio è stato giudicato posta indesiderata',
    'Il lato ricevente ha giudicato il tuo messaggio posta indesiderata e lo ha rifiutato.',
    SPAM_STEPS,
    ['Controlla SPF, DKIM e DMARC e la reputazione di invio.'],
  ),
  virus: E(
    'Un antivirus ha rifiutato il messaggio',
    'L’antivirus del destinatario ha trovato nel messaggio qualcosa che considera pericoloso.',
    [
      'Non inviare di nuovo il file.',
      'Analizza il computer e il file con l’antivirus oppure chiedi al reparto IT di controllarli.',
      'Avvisa il reparto IT se l’analisi trova qualcosa o se hai dubbi.',
    ],
    ['Cerca malware nel dispositivo del mittente e nell’allegato; il testo di diagnostica potrebbe indicare la minaccia.'],
  ),
  relay: E(
    'Un server non ha inoltrato il messaggio',
    'Un server di posta si è rifiutato di inoltrare il tuo messaggio al dominio del destinatario.',
    ['Non inviare di nuovo per ora.', SEND_REPORT],
    ['Controlla le autorizzazioni di inoltro, i connettori e i record MX del dominio del destinatario.'],
  ),
  'not-compliant': E(
    'Il messaggio non rispetta le regole di formato delle email',
    'Il server ricevente ha rilevato che il messaggio non rispetta le regole di formato delle email, ad esempio per intestazioni duplicate.',
    ['Se è stato inviato da un’app, indica al reparto IT quale.'],
    ['Verifica che il software di invio scriva intestazioni conformi a RFC 5322.'],
  ),
  starttls: E(
    'Impossibile stabilire una connessione crittografata',
    'I server non sono riusciti a stabilire la connessione crittografata richiesta da uno dei due.',
    [SEND_REPORT],
    ['Controlla le impostazioni TLS e i certificati su entrambi i lati di questo percorso.'],
  ),
  'expired-reason': E(
    'Il recapito ha richiesto troppo tempo ed è stato interrotto',
    'Il tuo server di posta ha provato a lungo senza successo e ha rinunciato.',
    [TELL_RECIPIENT, 'Controlla l’indirizzo, poi invia di nuovo il messaggio più tardi.'],
    ['Controlla i record MX del dominio del destinatario e la tua connettività in uscita.'],
  ),
  'local-program': E(
    'Il programma di posta del destinatario non ha funzionato',
    'Un programma sul server del destinatario che smista la posta in arrivo non ha funzionato.',
    ['Invia di nuovo più tardi.', TELL_RECIPIENT],
    ['Nulla da cambiare dal tuo lato.'],
  ),
  suppressed: E(
    'L’indirizzo è in un elenco di esclusione',
    'Il servizio di invio non ha scritto a questo indirizzo perché in passato non è stato raggiungibile o ha inviato un reclamo.',
    ['Verifica che l’indirizzo sia ancora valido.'],
    ['Esamina l’elenco di soppressione (suppression list) del servizio di invio.'],
  ),
  complaint: E(
    'Qualcuno ha segnalato il tuo messaggio come posta indesiderata',
    'Un destinatario ha contrassegnato il tuo messaggio come posta indesiderata e il suo provider ti ha rimandato questo avviso. Non è un mancato recapito.',
    ['Smetti di inviare a persone che non hanno chiesto la tua posta.'],
    ['Rivedi le pratiche di invio e la gestione delle disiscrizioni per questo mittente.'],
  ),
  'auto-reply': E(
    'Questa è una risposta automatica',
    'La cassetta postale del destinatario ha inviato una risposta automatica, ad esempio un messaggio di fuori sede. Il tuo messaggio è stato recapitato.',
    ['Non serve fare nulla.'],
    ['Nulla da controllare.'],
  ),
  unclear: E(
    'Non siamo riusciti a capire cosa è andato storto',
    'Il rapporto di mancato recapito non spiega chiaramente perché il messaggio non è stato recapitato. Il supporto IT può leggere i dettagli tecnici.',
    ['Invia la segnalazione al supporto IT; include tutti i dettagli tecnici.'],
    ['Leggi il testo di diagnostica e l’originale restituito; controlla i server coinvolti.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'Il destinatario ti ha bloccato',
    'Il destinatario ha inserito il tuo indirizzo o il tuo dominio nel proprio elenco Mittenti bloccati. Per questo il suo sistema di posta ha rifiutato il tuo messaggio.',
    [
      'Chiedi alla persona in altro modo, ad esempio per telefono, se ha bloccato il tuo indirizzo per errore.',
      'Solo la persona, o il suo reparto IT, può rimuovere il blocco; inviare di nuovo non servirà.',
    ],
    [
      'Una voce di blocco personale presso il destinatario (ad esempio Mimecast “Envelope blocked - User Entry”); nulla da cambiare dal tuo lato.',
    ],
  ),
  'gateway-blocked-sender': E(
    'L’organizzazione del destinatario ha rifiutato il tuo indirizzo',
    'Un servizio di filtro dell’organizzazione del destinatario ha rifiutato il tuo indirizzo in base alle proprie regole. Il tuo messaggio in sé potrebbe essere a posto.',
    [TELL_RECIPIENT, 'Chiedi alla persona di far verificare al suo reparto IT perché il tuo indirizzo viene rifiutato.'],
    [
      'Il gateway del destinatario ha applicato un proprio criterio (ad esempio Mimecast “Administrative prohibition” o “Anti-Spoofing policy”).',
      'Verifica che SPF, DKIM e DMARC abbiano esito positivo per il tuo dominio, nel caso in cui i suoi controlli anti-spoofing non siano riusciti.',
    ],
  ),
  'send-as-denied': E(
    'Non hai l’autorizzazione a inviare da quell’indirizzo',
    'Hai inviato il messaggio con l’indirizzo di un’altra cassetta postale (condivisa, di un team o di un collega), ma la tua organizzazione non ti ha autorizzato a inviare come quella cassetta postale, quindi il tuo server di posta ha rifiutato di spedirlo. Nessuno l’ha ricevuto.',
    [
      'Invia di nuovo il messaggio dal tuo indirizzo, oppure chiedi al proprietario della cassetta postale di inviarlo.',
      'Se dovresti poter inviare da quella cassetta postale, invia la segnalazione al supporto IT e chiedi l’autorizzazione «Invia come» o «Invia per conto di».',
    ],
    [
      'Concedere all’utente «Invia come» o «Invia per conto di» sulla cassetta postale indicata in Da (interfaccia di amministrazione di Exchange > Destinatari > Cassette postali > Delega, oppure Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); l’autorizzazione può richiedere fino a un’ora, e l’utente deve eliminare la voce Da dall’elenco di completamento automatico di Outlook.',
    ],
  ),
  'moderation-rejected': E(
    'Il moderatore del gruppo ha rifiutato il tuo messaggio',
    'Il gruppo a cui hai scritto è moderato: un moderatore controlla ogni messaggio prima che arrivi ai membri, e questo è stato rifiutato. Il rapporto può contenere il commento del moderatore.',
    [
      'Leggi il commento del moderatore, se c’è, e modifica il messaggio prima di inviarlo di nuovo.',
      'Se pensi che avrebbe dovuto essere accettato, rivolgiti al proprietario o al moderatore del gruppo.',
    ],
    [
      'Solo i moderatori o i proprietari del gruppo possono approvarlo: verificare le impostazioni di moderazione del gruppo (ModerationEnabled, ModeratedBy) e chi può ignorare la moderazione.',
    ],
  ),
  'moderation-pending': E(
    'Il tuo messaggio è in attesa del moderatore del gruppo',
    'Il gruppo a cui hai scritto è moderato: un moderatore approva ogni messaggio prima che arrivi ai membri. Non è fallito nulla; il messaggio attende questa decisione.',
    [
      'Per ora non devi fare nulla: decide il moderatore.',
      'Se il messaggio è urgente, chiedi al proprietario o al moderatore del gruppo di esaminarlo.',
    ],
    [
      'Solo i moderatori del gruppo possono approvarlo (ModeratedBy); verificare se questo mittente deve ignorare la moderazione (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Il tuo messaggio è in attesa del moderatore del gruppo',
      summary:
        'Il gruppo a cui hai scritto è moderato: un moderatore approva ogni messaggio prima che arrivi ai membri. Non è fallito nulla; il messaggio attende questa decisione.',
      steps: [
        'Per ora non devi fare nulla: decide il moderatore.',
        'Se il messaggio è urgente, chiedi al proprietario o al moderatore del gruppo di esaminarlo.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Un criterio di protezione dei dati ha bloccato il tuo messaggio',
    'Il criterio di prevenzione della perdita dei dati (DLP) della tua organizzazione ha trovato informazioni sensibili nel messaggio, come numeri di carta, di passaporto o di documenti d’identità, e lo ha bloccato. Nessuno l’ha ricevuto.',
    [
      'Rimuovi le informazioni sensibili, oppure condividile in un modo protetto consentito dalla tua organizzazione, e invia di nuovo il messaggio.',
      'Se il messaggio deve partire così com’è, invia la segnalazione al supporto IT e chiedi se è possibile un override o un’eccezione.',
    ],
    [
      'Individuare il criterio e la regola DLP corrispondenti in Microsoft Purview (Esplora attività o avvisi DLP per questo messaggio) e verificarne condizioni, eccezioni e la possibilità di override con giustificazione.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'Il dominio del destinatario non è configurato per ricevere questa posta',
    'Il server che ha ricevuto il tuo messaggio non accetta posta per il dominio del destinatario. Le impostazioni di posta del suo dominio sono probabilmente errate o sono state modificate da poco.',
    [
      TELL_RECIPIENT,
      'Chiedi alla persona di far controllare al suo reparto IT le impostazioni di posta del dominio.',
      'Invia di nuovo il messaggio tra un giorno o due.',
    ],
    [
      'Verifica che i record MX del dominio del destinatario puntino ai server corretti; dopo una modifica DNS attendi fino a 72 ore.',
      'Se il dominio è il tuo: verifica che sia un dominio accettato in Exchange Online con il tipo corretto (Autorevole o Inoltro interno) e controlla i connettori ibridi.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'Il server ricevente ha rifiutato la posta della tua organizzazione',
    'Il provider ricevente ha rifiutato il messaggio in base alle sue regole per i mittenti, come reputazione, controlli del mittente o contenuto. Non dice quale.',
    ['Non inviare di nuovo lo stesso messaggio ora: verrebbe rifiutato ancora.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo “Message not accepted for policy reasons” / [PH01]: verifica che SPF, DKIM e DMARC abbiano esito positivo e siano allineati, la reputazione dell’IP e del dominio di invio e i tassi di reclamo (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Mancano i controlli mittente del tuo dominio',
    'Il server ricevente accetta solo posta che dimostra di provenire dal dominio del mittente, e il tuo messaggio non aveva questa prova. Deve configurarla il tuo reparto IT.',
    [NOT_YET_REFUSED, SEND_REPORT],
    [
      `Pubblica ${SPF} in modo che includa questo server di invio e attiva la firma ${DKIM} per il dominio.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 e Microsoft 4.7.26 (IPv6) richiedono che almeno uno tra SPF e DKIM abbia esito positivo.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'Il destinatario inoltra la posta a un indirizzo non funzionante',
    'Il tuo messaggio ha raggiunto la persona, ma la sua cassetta postale inoltra la posta a {recipient}, che non ha funzionato. Non hai digitato tu quell’indirizzo.',
    [
      'Avvisa la persona in altro modo che il suo inoltro a {recipient} non funziona.',
      'Chiedile di correggere o rimuovere l’inoltro, poi invia di nuovo il messaggio.',
    ],
    [
      'L’indirizzo non riuscito non è tra i destinatari A o Cc dell’originale, e il rapporto di mancato recapito proviene dal provider di un indirizzo che lo era: lì una regola di inoltro o un alias punta a un indirizzo inesistente.',
    ],
  ),
};

export const IT: Catalogue = {
  locale: 'it',
  entries,
  owners: {
    you: 'Tu',
    'your-it': 'Il tuo reparto IT',
    'recipient-side': 'Lato destinatario',
    wait: 'Attendi',
    none: 'Nessuna azione',
  },
  ownerSentences: {
    you: 'Puoi risolvere tu il problema.',
    'your-it': 'Deve risolvere il problema il tuo reparto IT.',
    'recipient-side': 'Deve risolvere il problema il lato del destinatario.',
    wait: 'Per ora nessuno deve intervenire: i server stanno ancora provando.',
    none: 'Nessuno deve fare nulla.',
  },
  retry: {
    no: 'Inviare di nuovo non servirà.',
    'after-fix': 'Inviare di nuovo serve solo dopo aver risolto la causa.',
    later: 'Inviare di nuovo più tardi potrebbe funzionare.',
    automatic: 'Il tuo server di posta continua a riprovare da solo.',
    'not-needed': 'Non serve inviare di nuovo.',
  },
  retryUntil: 'Il tuo server di posta continua a riprovare fino a {until}.',
  delayedNeedsFix:
    'Per ora il tuo server di posta sta ancora provando, ma il recapito continuerà a non riuscire finché il problema non sarà risolto.',
  authVerdicts: 'Risultati di autenticazione registrati sul tuo messaggio: {verdicts}.',
  report: {
    subjectOne: 'Mancato recapito: {code} nell’invio a {recipient}',
    subjectMany: 'Mancato recapito: {code} nell’invio a {recipient} e {others, plural, one {# altro} other {altri #}}',
    subjectNoCode: 'Mancato recapito: il messaggio a {recipient} non è stato recapitato',
    summaryLine:
      '{count, plural, one {# destinatario non ha ricevuto} other {# destinatari non hanno ricevuto}} il messaggio “{subject}”. Causa probabile: {title}. Chi deve intervenire: {owner}.',
    greeting: 'Gentile supporto IT,',
    intro: 'Un messaggio che ho inviato non è stato recapitato. Bounce Explainer ha preparato i dettagli riportati di seguito.',
    failedRecipients: 'Destinatari non raggiunti',
    servers: 'Server',
    reportingServer: 'Server che ha emesso il rapporto: {server}',
    remoteServer: 'Server remoto: {server}',
    times: 'Orari',
    bounceArrived: 'Rapporto di mancato recapito ricevuto: {date}',
    originalSent: 'Originale inviato: {date}',
    original: 'Messaggio originale',
    originalSubject: 'Oggetto: {subject}',
    originalMessageId: 'Message-ID: {id}',
    originalFrom: 'Da: {from}',
    auth: 'Risultati di autenticazione',
    client: 'Il mio client',
    tried: 'Cosa ho già provato',
    machine: 'Analisi leggibile da un programma (JSON)',
    truncated:
      '{count, plural, one {# altro destinatario è stato omesso} other {Altri # destinatari sono stati omessi}} per mantenere breve questa segnalazione; il blocco JSON riporta i conteggi.',
    cut: '[tagliato: altri {count} caratteri]',
    itChecks: 'Cosa deve controllare l’IT',
    noBody: 'Il corpo del messaggio originale non è incluso.',
    backscatter: 'Nota: sembra backscatter (un rapporto di mancato recapito per un messaggio che non ho inviato).',
    // ---- Report additions (h11: issues #10 item 10, #11 item 8, #12 item 5). Kept together to ease merging. ----
    notGiven: 'non indicato',
    andMore: 'e altri {count, number}',
    dateWithLocal: '{iso} ({local} ora locale)',
    clientLine:
      'Outlook: {host} {version}; piattaforma: {platform}; lingua: {language}; Mailbox API {set}; rapporto di mancato recapito letto tramite: {route}',
    trace: 'Trovare il messaggio (traccia messaggi)',
    traceMessageId: 'Message-ID originale: {id}',
    traceWindow: 'Inviato tra {start} e {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell:',
    traceEac: 'Interfaccia di amministrazione di Exchange, traccia messaggi: {url}',
    traceServer: 'Server che ha emesso il rapporto: {server}',
    traceQueue: 'ID coda: {id} (su {server})',
    mailtoCut: '[La segnalazione è stata tagliata per rientrare in un link di posta. Usa “Copia segnalazione” per il testo completo.]',
    // ---- end of report additions ----
  },
  errors: {
    unreadable: 'Impossibile leggere il contenuto fornito.',
    empty: 'Il contenuto è vuoto: non c’è nessun messaggio da analizzare.',
    'too-large': 'Il contenuto è di {size} MB; il limite è {limit} MB.',
    unparseable: 'Impossibile leggere il messaggio come email o come file .msg di Outlook.',
    'msg-damaged': 'Questo file .msg di Outlook è danneggiato o manipolato ({problem}); non è stato letto.',
    'analysis-failed': 'Il messaggio è stato letto, ma la sua analisi non è riuscita per un errore imprevisto.',
    'time-limit':
      'L’analisi di questo messaggio ha richiesto più di {seconds} s, quindi è stata interrotta. Il messaggio potrebbe essere costruito apposta per rallentare l’analisi.',
    'memory-limit':
      'L’analisi di questo messaggio ha richiesto più memoria del consentito, quindi è stata interrotta. Il messaggio potrebbe essere costruito apposta per esaurire la memoria.',
    'stdin-too-large': 'Lo standard input supera il limite di {limit} MB; non è stato letto.',
    'file-not-found': '{file}: file non trovato',
    'is-directory': '{file}: è una directory',
    'not-regular-file': '{file}: non è un file normale (è un dispositivo, una pipe o un socket), non letto',
    'file-unreadable': '{file}: impossibile leggere il file',
  },
  backscatterSigns: {
    'spf-failed': 'Il controllo SPF del server ricevente per {domain} ha dato “{verdict}”.',
    'dmarc-failed': 'Il controllo DMARC del server ricevente per {domain} ha dato “{verdict}”.',
    'foreign-message-id': 'Il Message-ID dell’originale è stato creato da {domain}, non dal tuo sistema di posta.',
    'foreign-received': 'Nessuna delle {count} righe Received dell’originale menziona {domain} o il suo provider di posta.',
    'home-origin': 'L’originale è entrato in Internet da una connessione domestica o dial-up ({origin}), non da un server di posta.',
  },
  cli: {
    forgedSender: 'Mittente falsificato',
    recipientNotNamed: '(destinatario non indicato)',
    asciiForm: 'Forma ASCII: {address}',
    lookAlike: 'Avviso di somiglianza: {flags}',
    andMore: '\u2026 e altri {count}',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Lettura del messaggio\u2026',
    analysing: 'Analisi in corso\u2026',
    analysedMessage: 'Analisi di: {subject}',
    readVia: 'Letto tramite {route}.',
    reRead: 'Rileggi il messaggio selezionato',
    selectionChanged: 'Ora è selezionato un altro messaggio. La spiegazione qui sotto riguarda ancora il messaggio indicato sopra.',
    noItem:
      'Non è stato possibile leggere alcun messaggio da Outlook. Outlook non consente ai componenti aggiuntivi di aprire la maggior parte dei rapporti di recapito: incolla il rapporto di mancato recapito, scegli il file salvato o trascina qui il messaggio.',
    restricted:
      'Outlook ha contrassegnato questo messaggio come limitato, quindi il componente aggiuntivo non può leggerlo. Incolla il rapporto di mancato recapito, scegli il file salvato o trascina qui il messaggio.',
    readFailed:
      'Impossibile leggere il messaggio ({detail}). Incolla il rapporto di mancato recapito, scegli il file salvato o trascina qui il messaggio.',
    notBounce: 'Questo messaggio non sembra un rapporto di mancato recapito. Se lo è, incollane qui sotto il testo completo e riproveremo.',
    autoReply: 'Questa è una risposta automatica (ad esempio, fuori sede). Il tuo messaggio è stato recapitato.',
    deliveryReport: 'Questa è una conferma di recapito: il tuo messaggio è arrivato.',
    feedbackReport: 'Questo è un avviso di reclamo inviato da un provider di posta, non un rapporto di mancato recapito.',
    inputError: 'Impossibile leggere questo contenuto: {detail}',
    analysisTimeout:
      'L’analisi di questo messaggio ha richiesto più di {seconds} secondi, quindi è stata interrotta. Il messaggio potrebbe essere danneggiato o costruito per rallentare il componente aggiuntivo: non fidarti e chiedi al reparto IT di esaminare il file.',
    analysisCrashed:
      'L’analisi di questo messaggio non è riuscita (potrebbe essere danneggiato o costruito per bloccare il componente aggiuntivo). Non fidarti e chiedi al reparto IT di esaminare il file.',
    addressFlagged:
      'Avviso di somiglianza: questo indirizzo {flags, select, mixed {mescola alfabeti diversi} bidi {contiene caratteri che riordinano il testo} zero {contiene caratteri invisibili} other {contiene caratteri insoliti}}, quindi potrebbe non essere quello che sembra.',
    addressAscii: 'Forma ASCII: {address}',
    whoMustAct: 'Chi deve intervenire',
    whatHappened: 'Cosa è successo',
    whatToDo: 'Cosa puoi fare ora',
    whatItChecks: 'Cosa deve controllare l’IT',
    recipients: '{count, plural, one {Destinatario} other {Destinatari (#)}}',
    technicalDetails: 'Dettagli tecnici',
    copyDetails: 'Copia i dettagli tecnici',
    copied: 'Copiato',
    serverSaid: 'Risposta del server',
    codes: 'Codici',
    servers: 'Server',
    evidence: 'Perché lo pensiamo',
    confidence: 'Affidabilità: {percent}%',
    links: 'Altre informazioni',
    backscatterTitle: 'Non hai inviato tu questo messaggio',
    draftReport: 'Prepara la segnalazione per l’IT',
    draftCompose: 'Trasforma questa bozza nella segnalazione per l’IT',
    drafting: 'Preparazione della segnalazione\u2026',
    draftOpened: 'È aperta una bozza della segnalazione. Controllala, poi inviala tu.',
    draftOpenedNoAttachment:
      'È aperta una bozza della segnalazione (Outlook non ha consentito di allegare il rapporto di mancato recapito). Controllala, poi inviala tu.',
    draftComposeDone:
      'Questa bozza ora è la segnalazione: il supporto IT è nel campo A e i dettagli sono sopra il rapporto di mancato recapito inoltrato. Controllala, poi inviala tu.',
    draftFallback: 'Qui Outlook non può aprire un nuovo messaggio. Copia la segnalazione oppure aprila nella tua app di posta.',
    copyReport: 'Copia segnalazione',
    openMailto: 'Apri nell’app di posta',
    helpdeskLabel: 'Indirizzo del supporto IT',
    helpdeskHint: 'Dove va la segnalazione. Salvato nelle impostazioni della cassetta postale.',
    helpdeskSave: 'Salva',
    helpdeskSaved: 'Salvato.',
    helpdeskInvalid: 'Inserisci un solo indirizzo email, ad esempio helpdesk@example.com.',
    helpdeskMissing:
      'Non è ancora impostato alcun indirizzo del supporto IT: inseriscilo qui sotto, oppure lascialo vuoto e compila tu il campo A.',
    helpdeskFrom:
      '{source, select, user {Impostazione personale.} url {Impostato dal link del componente aggiuntivo.} config {Predefinito della tua organizzazione.} other {Non impostato.}}',
    triedLabel: 'Cosa ho già provato (facoltativo)',
    inputTitle: 'Analizza tu un rapporto di mancato recapito',
    inputHint:
      'Funziona con qualsiasi rapporto di mancato recapito: incollane il testo, scegli un file .eml o .msg salvato oppure trascina il messaggio in questa casella.',
    pasteLabel: 'Testo del rapporto di mancato recapito',
    analyseText: 'Spiega questo testo',
    pickFile: 'Scegli un file (.eml, .msg)',
    dropHere: 'Oppure trascina qui un messaggio o un file',
    dropActive: 'Rilascia per analizzare',
    fileTooBig: 'Il file è troppo grande per essere un rapporto di mancato recapito ({size}).',
    fileUnreadable: 'Impossibile leggere il file.',
    sourcePaste: 'testo incollato',
    sourceFile: 'file {name}',
    sourceDrop: 'messaggio trascinato {name}',
    sourceSelected: 'il messaggio selezionato',
    sourceDraft: 'il rapporto di mancato recapito inoltrato in questa bozza',
    unknownSubject: '(nessun oggetto)',
    unknownValue: 'sconosciuto',
    routeFile: 'l’intero file del messaggio',
    routeBodyText: 'il testo del messaggio',
    routeBodyHtml: 'l’HTML del messaggio',
    routeHeaders: 'le intestazioni e il testo',
    // h11 (#11 item 4)
    analysedWhen: 'Ricevuto il {time}',
    selectionUnknown:
      'Outlook non comunica ai componenti aggiuntivi quando lasci un rapporto di recapito, quindi questo riquadro non può sapere cosa è selezionato ora. Per spiegare un altro messaggio, selezionalo e scegli Rileggi.',
    routeAttachment: 'il messaggio allegato',
    routeNone: 'niente',
    analyseAnother: 'Analizza un altro rapporto di mancato recapito',
    techRemote: 'remoto',
    techReporting: 'segnalante',
    techAfter: 'dopo',
    techServerSaid: 'risposta del server',
    techEvidence: 'indizi',
  },
};
