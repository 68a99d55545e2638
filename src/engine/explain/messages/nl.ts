/**
 * Dutch message catalogue (ICU MessageFormat), same keys and placeholders as en.ts.
 * Terms follow docs/glossary/nl.md (Microsoft's Dutch Outlook and Exchange Online wording);
 * the user is addressed as ‘je’, as Microsoft NL does. SMTP codes, server text and command names stay unchanged.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT =
  'Laat de persoon op een andere manier weten, bijvoorbeeld telefonisch of via chat, dat je e-mail niet is aangekomen.';
const NO_ACTION_YET = 'Je hoeft nog niets te doen: je e-mailserver blijft het zelf proberen.';
const AGAIN_LATER = 'Verzend het bericht later opnieuw.';
const SEND_REPORT = 'Stuur het klaargezette rapport naar je IT-helpdesk; het bevat al alles wat ze nodig hebben.';
const SPF = 'SPF (de lijst met servers die e-mail voor je domein mogen verzenden)';
const DKIM = 'DKIM (het digitale zegel dat je server op elk bericht zet)';
const DMARC = 'DMARC (de regel van je domein voor wat ontvangers doen als die controles mislukken)';

const MAILBOX_DISABLED = E(
  'Het postvak van de geadresseerde is uitgeschakeld',
  'Het postvak van de geadresseerde bestaat, maar staat uit, bijvoorbeeld omdat de persoon is vertrokken of het account is opgeheven of geblokkeerd.',
  [TELL_RECIPIENT, 'Vraag de persoon of diens organisatie om een ander adres.'],
  [
    'Als de geadresseerde in je organisatie zit: controleer of het postvak is uitgeschakeld, geen licentie heeft of voorlopig is verwijderd, en herstel het postvak of het adres.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Een e-mailregel heeft het bericht geweigerd',
  'Een regel van een e-mailbeheerder heeft het bericht geweigerd. Het rapport van niet-bezorging laat zien bij welke organisatie de regel hoort.',
  [
    'Als het rapport de reden van de regel noemt, zoals een geblokkeerd type bijlage, los dat op en verzend opnieuw.',
    'Stuur anders het rapport naar je IT-helpdesk: zij kunnen de regel vinden.',
  ],
  [
    'Zoek de e-mailstroomregel (transportregel) die met deze code weigert (TRANSPORT.RULES.RejectMessage): eerst in de berichttracering van je eigen tenant, anders bij de organisatie van de geadresseerde.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Alleen interne afzenders zijn toegestaan',
  'De geadresseerde (een postvak, groep of openbare map) accepteert alleen e-mail van binnen de eigen organisatie. Je bericht kwam van buiten.',
  ['Vraag de eigenaar van dat adres om externe afzenders toe te staan of jou toe te voegen.'],
  [
    'Als de geadresseerde intern is: schakel “vereisen dat alle afzenders zijn geverifieerd” (require that all senders are authenticated) uit of sta deze afzender toe.',
  ],
);

const NO_DMARC_RECORD = E(
  'Je domein mist een beleidsrecord dat de ontvanger eist',
  'De ontvanger eist dat verzendende domeinen een beleid publiceren voor het controleren van hun e-mail, en jouw domein heeft dat niet. Je IT-afdeling moet het toevoegen.',
  ['Verzend nog niet opnieuw; het wordt weer geweigerd.', SEND_REPORT],
  [`Publiceer een ${DMARC}-record voor het From-domein; p=none is genoeg voor de bulkafzenderregel van Gmail (Gmail 4.7.31 / 5.7.40).`],
);

const DMARC_ALIGNMENT = E(
  'Je afzenderadres past niet bij de controles van je e-mail',
  'Het domein in je afzenderadres is niet het domein waarvoor je e-mailserver heeft bewezen te verzenden. De ontvanger eist dat die overeenkomen.',
  ['Verzend nog niet opnieuw; het wordt weer geweigerd.', SEND_REPORT],
  [
    'Stem het From-domein af op het SPF-domein (envelopafzender) of het DKIM-ondertekeningsdomein (Gmail 4.7.32 / 5.7.32).',
    `Controleer de ${DMARC}-uitlijning voor elke dienst die namens je domein verzendt.`,
  ],
);

const SENDER_DENIED = E(
  'Je adres is geweigerd',
  'De ontvangende server heeft je afzenderadres geweigerd. Misschien heeft de geadresseerde je geblokkeerd, of zijn de controles van je domein mislukt.',
  ['Vraag de geadresseerde of die je adres heeft geblokkeerd.', 'Als ook anderen je e-mail weigeren, meld het aan IT.'],
  [`Controleer ${SPF} voor het verzendende domein.`, 'Controleer of de afzender op de blokkeerlijst van de geadresseerde staat.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- special cases ----
  backscatter: E(
    'Iemand heeft je adres misbruikt',
    'Dit rapport van niet-bezorging hoort bij een bericht dat je nooit hebt verzonden. Een vreemde heeft jouw adres als afzender gebruikt, en het rapport kwam bij jou terug.',
    [
      'Beantwoord dit rapport niet en open er geen koppelingen of bijlagen in.',
      'Verwijder het. Er is niets vanuit je postvak verzonden.',
      'Krijg je er veel, meld het dan aan je IT-helpdesk, zodat zij ze kunnen filteren.',
    ],
    [
      `Controleer of ${SPF}, ${DKIM} en ${DMARC} voor het domein zijn gepubliceerd, met een DMARC-beleid quarantine of reject.`,
      'Controleer het teruggestuurde origineel: het zou niet via je eigen servers moeten zijn gegaan.',
      'Overweeg een backscatterfilter als er veel binnenkomen.',
    ],
  ),
  'misspelt-domain': E(
    'Het adres is misschien verkeerd gespeld',
    'Het domein van de geadresseerde, {domain}, is niet gevonden. Bedoelde je {suggestion}?',
    [
      'Controleer het deel na de @ in het adres: bedoelde je {suggestion}?',
      'Zo ja, verbeter het adres en verzend het bericht opnieuw.',
      'Als Outlook het verkeerde adres voorstelde, verwijder het dan uit Automatisch aanvullen: begin het te typen en selecteer de X naast de suggestie.',
    ],
    ['Aan jouw kant niets te controleren, tenzij het adres echt {domain} is.'],
  ),
  delayed: E(
    'Je bericht is vertraagd',
    'Je e-mailserver kon het bericht nog niet bezorgen en blijft het proberen. Je krijgt nog een melding als het uiteindelijk mislukt.',
    ['Je hoeft nu niets te doen.', 'Is het dringend, neem dan op een andere manier contact op, bijvoorbeeld telefonisch.'],
    [
      'Als vertragingen naar dit domein aanhouden, controleer dan de MX-records ervan en je uitgaande verbinding.',
      'Lees de laatste fout in de diagnostische tekst.',
    ],
  ),
  'stale-x500': E(
    'Er is een oud opgeslagen adres gebruikt',
    'Outlook gebruikte een oude opgeslagen versie van dit contact die niet meer werkt. De persoon bestaat misschien nog onder een nieuw adres.',
    [
      'Begin de naam te typen in het vak Aan en selecteer de X naast de oude suggestie om die uit Automatisch aanvullen te verwijderen.',
      'Typ het volledige e-mailadres opnieuw, of kies de persoon in het adresboek.',
      'Verzend het bericht opnieuw.',
    ],
    [
      'Controleer of het postvak is verplaatst, opnieuw gemaakt of gemigreerd; de oude LegacyExchangeDN moet mogelijk als X500-proxyadres worden toegevoegd.',
      'Controleer of het offlineadresboek actueel is.',
    ],
  ),
  // ---- the sender's own account ----
  'sender-account-held': E(
    'Je account moet worden geverifieerd voordat het kan verzenden',
    'Je e-mailprovider heeft het verzenden vanaf je account gepauzeerd tot je bevestigt dat jij het echt bent. De adressen van de geadresseerden zijn niet het probleem.',
    [
      'Meld je op het web aan bij je postvak (voor Outlook.com: outlook.com) en volg de aanwijzingen om je account te verifiëren.',
      'Als je geen ongewoon grote hoeveelheden e-mail hebt verzonden, wijzig dan je wachtwoord.',
      'Verzend het bericht daarna opnieuw.',
    ],
    [
      'Controleer het account op tekenen van misbruik: aanmeldingen, regels voor het Postvak IN, doorsturen.',
      'STOREDRV.Submission OutboundSpamException (WASCL-oordeel HipSend, ShowTierUpgrade) is de blokkade van de provider wegens uitgaande spam; alleen de accounteigenaar kan die opheffen door te verifiëren.',
    ],
  ),

  // ---- text-specific ----
  'ms-own-mailbox-full': E(
    'Je eigen postvak is vol',
    'Je eigen postvak is over de maximale grootte, dus het kan niet verzenden. Verzonden items tellen mee.',
    [
      'Leeg Verwijderde items en verwijder of archiveer grote oude berichten, ook in Verzonden items.',
      'Verzend het bericht opnieuw zodra er ruimte is.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException: het postvakquotum van de afzender, niet dat van de geadresseerde.',
      'Controleer het postvakquotum en de bewaarinstellingen van de afzender voor Verzonden items; overweeg een archiefpostvak.',
    ],
  ),
  'submission-quota': E(
    'Je hebt je verzendlimiet bereikt',
    'Je account heeft op één dag naar meer geadresseerden verzonden dan is toegestaan, dus je eigen e-maildienst verzendt voorlopig niet meer. De geadresseerden zijn niet het probleem.',
    [
      'Verzend het bericht morgen opnieuw; de limiet telt de laatste 24 uur.',
      'Verzend naar minder mensen tegelijk, of vraag IT naar een hulpmiddel voor grote verzendlijsten.',
      'Als je niet zoveel e-mail hebt verzonden, meld het dan meteen aan IT: je account wordt misschien misbruikt.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded: de geadresseerdenlimiet van de afzender (10.000 geadresseerden per dag in Exchange Online).',
      'Controleer het recente verzendvolume van het account op tekenen van misbruik.',
    ],
  ),
  'ms-dbeb': E(
    'Het adres van de geadresseerde is daar onbekend',
    'De e-maildienst van de geadresseerde herkent dit adres niet. Het is misschien verkeerd gespeld of bestaat niet meer.',
    [
      'Controleer de spelling van {recipient}.',
      'Vraag de persoon op een andere manier om het huidige adres.',
      'Verzend opnieuw met het juiste adres.',
    ],
    [
      'Als de geadresseerde in je eigen organisatie zit, controleer dan of het adres met Microsoft 365 is gesynchroniseerd (directory-gebaseerde edge-blokkering, DBEB).',
    ],
  ),
  'relay-denied': E(
    'Een server weigerde het bericht door te geven',
    'Een e-mailserver weigerde je bericht door te geven aan het domein van de geadresseerde. Dit is een instellingsprobleem tussen e-mailservers, niet met je bericht.',
    ['Verzend nog niet opnieuw: het mislukt op dezelfde manier.', SEND_REPORT],
    [
      'Controleer de connectors en relaymachtigingen voor dit verzendpad.',
      'Controleer of de MX-records van het domein van de geadresseerde naar de juiste servers wijzen.',
      'Als een apparaat of app via je server verzendt, controleer dan of het mag relayen of zich aanmeldt met SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'Je mag niet naar dit adres schrijven',
    'De geadresseerde accepteert alleen e-mail van bepaalde afzenders, zoals leden van een groep. Jouw adres staat niet op die lijst.',
    [
      'Vraag de eigenaar van de groep of het postvak om je adres toe te staan of je bericht door te sturen.',
      'Word eerst lid van de groep als het zo werkt.',
    ],
    ['Als de geadresseerde intern is: controleer bezorgingsbeperkingen, moderatie en e-mailstroomregels voor dat postvak of die groep.'],
  ),
  'blocklisted-ip': E(
    'Je e-mailserver staat op een blokkeerlijst',
    'De ontvangende server weigerde e-mail van de server van je organisatie, omdat die als spambron op een lijst staat. Je bericht zelf is niet het probleem.',
    ['Verzend nu niet opnieuw; het wordt weer geweigerd.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Zoek het verzendende IP-adres op in de blokkeerlijst die in de servertekst wordt genoemd en volg de stappen voor verwijdering.',
      'Zoek naar gecompromitteerde accounts of apparaten die spam verzenden.',
      'Overweeg via een ander netwerk of een relay met een goede reputatie te verzenden tot de vermelding is verwijderd.',
    ],
  ),
  'ms-generic-remote': E(
    'De server van de geadresseerde heeft het bericht geweigerd',
    'De server van de geadresseerde heeft het bericht geweigerd, en Microsoft 365 gaf die fout door zonder duidelijke reden. Je IT-afdeling kan de details in het rapport lezen.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Lees de oorspronkelijke fout van de externe server in de diagnostische tekst.',
      'Let op berichtindelingen (zoals RTF / TNEF) die de andere kant misschien niet accepteert.',
    ],
  ),
  'ms-x-dg-ref': E(
    'De berichtindeling is geweigerd',
    'Het bericht is verzonden in de Rich Text-indeling van Outlook of met te veel bijgevoegde items. De server van de geadresseerde weigerde die indeling.',
    [
      'Zet het bericht om naar HTML (Tekst opmaken en dan HTML) en verzend het opnieuw.',
      'Voeg minder ingesloten bestanden toe, of zip ze.',
    ],
    ['Controleer de TNEF-instellingen (RTF) voor externe domeinen.'],
  ),
  'google-login': E(
    'Gmail heeft de aanmelding geweigerd',
    'De app waarmee je verzendt kon zich niet aanmelden bij de e-mailserver. Het wachtwoord is geweigerd, of het account moet in een browser worden aangemeld.',
    [
      'Meld je in een webbrowser aan bij je account en volg eventuele beveiligingsvragen.',
      'Als je account verificatie in twee stappen gebruikt, maak dan een app-wachtwoord en gebruik dat in de app.',
      'Verzend het bericht opnieuw.',
    ],
    ['Controleer of de app of het apparaat een ondersteunde aanmeldmethode gebruikt (OAuth of een app-wachtwoord).'],
  ),
  'spam-content': E(
    'Het bericht leek op spam',
    'Het spamfilter van de geadresseerde vond je bericht ongewenste e-mail. Koppelingen, bijlagen, woordkeus of de verzendreputatie van je organisatie kunnen dat veroorzaken.',
    [
      'Controleer het bericht op dingen waar spamfilters niet van houden: veel koppelingen, verkorte koppelingen, grote afbeeldingen met weinig tekst of bestanden die de persoon niet verwachtte.',
      'Laat de persoon op een andere manier weten dat je bericht is geweigerd, zodat die de eigen IT-afdeling kan vragen het te bekijken.',
      'Als meerdere mensen je e-mail als spam weigeren, meld het dan aan je IT-afdeling.',
    ],
    [
      'Controleer of SPF, DKIM en DMARC slagen voor je domein.',
      'Controleer de reputatie van het verzendende IP-adres en domein (bijvoorbeeld met Google Postmaster Tools) en het aantal klachten.',
    ],
  ),
  reputation: E(
    'De e-mailserver van je organisatie heeft een slechte reputatie',
    'De ontvangende provider weigerde e-mail van de server van je organisatie vanwege de reputatie of een ongewone hoeveelheid. Je bericht zelf is waarschijnlijk niet het probleem.',
    ['Verzend nu niet opnieuw; het wordt weer geweigerd.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Controleer het verzendvolume en het aantal klachten voor het verzendende IP-adres en domein.',
      'Controleer of SPF, DKIM en DMARC slagen voor alle e-mail.',
      'Vraag via de afzenderondersteuning van de provider om opheffing van de beperking (Google Postmaster Tools, Yahoo Sender Hub, Microsoft-afzenderondersteuning).',
    ],
    {
      title: 'Je e-mailserver wordt afgeremd',
      summary:
        'De ontvangende provider beperkt e-mail van de server van je organisatie vanwege de reputatie of hoeveelheid. Je server blijft proberen te bezorgen.',
      steps: [NO_ACTION_YET, 'Volgt er een definitieve foutmelding, stuur het rapport dan naar je IT-helpdesk.'],
    },
  ),
  'malformed-message': E(
    'Het bericht was niet goed opgebouwd',
    'De ontvangende server vond een probleem in de kopteksten van het bericht, zoals een ontbrekende of dubbele afzenderregel. Dat komt meestal door een app of apparaat, niet door Outlook.',
    [
      'Als je vanuit een app, een scanner of een website hebt verzonden, vertel IT welke.',
      'Probeer hetzelfde bericht rechtstreeks vanuit Outlook te verzenden.',
    ],
    ['Controleer of de verzendende app één geldige From-header en een Message-ID schrijft (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'De geadresseerde krijgt te veel e-mail',
    'Het postvak van de geadresseerde ontving sneller e-mail dan de provider toestaat, dus je bericht is geweigerd.',
    [TELL_RECIPIENT, 'Verzend het bericht over een paar uur opnieuw.'],
    ['Aan jouw kant niets op te lossen, tenzij je deze persoon in korte tijd veel berichten hebt gestuurd.'],
    {
      summary:
        'Het postvak van de geadresseerde ontvangt sneller e-mail dan de provider toestaat. Je bericht is tegengehouden en je server blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Een bijlage of koppeling is geblokkeerd',
    'De ontvangende server blokkeerde het bericht vanwege een type bijlage of inhoud die hij onveilig vindt.',
    [
      'Verwijder de geblokkeerde bijlage en verzend het bericht opnieuw zonder.',
      'Als de persoon het bestand nodig heeft, vraag je IT-afdeling welke manier van delen je organisatie goedkeurt.',
    ],
    ['Controleer welk type bijlage of welke koppeling de provider van de geadresseerde blokkeerde, en of het bestand veilig is.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 kon je bericht niet doorgeven',
    'Je bericht is via Microsoft 365 doorgestuurd of gerelayed, en de volgende server weigerde het. De e-mailinstellingen van je organisatie zijn de oorzaak, dus opnieuw verzenden helpt niet.',
    ['Verzend niet opnieuw; het mislukt op dezelfde manier.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Controleer ${SPF}: het moet elke dienst bevatten die voor je domein verzendt.`,
      `Controleer of ${DKIM}-ondertekening voor het domein is ingeschakeld in Microsoft 365.`,
      `Controleer ${DMARC} en of de e-mail daarmee is uitgelijnd.`,
      'Controleer inkomende connectors: e-mail van je eigen gateways moet bij een connector passen (of Enhanced Filtering gebruiken), zodat Microsoft 365 zijn relaypool niet gebruikt.',
      'Controleer of het afzenderdomein een geaccepteerd domein in de tenant is.',
      'Controleer doorstuurregels die e-mail naar externe adressen sturen.',
      'Als apparaten of apps via Microsoft 365 verzenden, controleer dan of ze zich aanmelden met SMTP AUTH of bij een connector passen.',
      'Controleer of het verzendende IP-adres niet op een blokkeerlijst staat, en of de fout alleen vanaf één netwerk optreedt (thuis, VPN of een vestiging).',
    ],
  ),
  'recipient-not-found': E(
    'Het adres bestaat niet',
    'De organisatie van de geadresseerde heeft geen postvak met dit adres. Het is misschien verkeerd gespeld, of de persoon is vertrokken.',
    [
      'Controleer de spelling van {recipient}.',
      'Verwijder het adres uit Automatisch aanvullen als Outlook het voorstelde, en typ het opnieuw.',
      'Als je dit adres niet hebt getypt, stuurt de persoon misschien e-mail door naar dit adres: laat weten dat het doorsturen niet werkt.',
      'Vraag de persoon op een andere manier om het huidige adres.',
    ],
    [
      'Als de geadresseerde in je organisatie zit, controleer dan of de gebruiker bestaat, een licentie heeft en of het domein goed is ingesteld.',
      'Controleer doorstuurregels in het postvak van de geadresseerde als het adres niet het adres is dat de afzender typte.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Je account mag niet meer verzenden',
    'Microsoft 365 heeft verzenden vanaf je account gestopt, omdat het leek alsof het spam verstuurde. Meestal betekent dit dat iemand anders in je account is gekomen.',
    ['Wijzig nu je wachtwoord.', 'Controleer je apparaten op malware.', 'Meld het meteen aan IT, zodat zij je kunnen deblokkeren.'],
    [
      'Controleer het account op misbruik (aanmeldingen, regels voor het Postvak IN, doorsturen).',
      'Verwijder de gebruiker na het opschonen uit Beperkte entiteiten (Restricted entities) in de Microsoft Defender-portal.',
    ],
  ),
  'multiple-from': E(
    'Het bericht had meer dan één afzender',
    'Het bericht noemde meerdere afzenderadressen zonder Sender-regel. Servers weigeren die indeling.',
    ['Verzend vanaf één afzenderadres.', 'Als een app het heeft verzonden, vertel IT welke app.'],
    ['Controleer de instellingen van de verzendende app voor de headers From en Sender.'],
  ),
  'daily-recipient-limit': E(
    'Je hebt de dagelijkse limiet voor geadresseerden bereikt',
    'Je account heeft op één dag naar meer geadresseerden verzonden dan is toegestaan. Verzenden is gepauzeerd tot de limiet opnieuw ingaat.',
    [
      'Verzend het bericht morgen opnieuw; de limiet telt de laatste 24 uur.',
      'Als je niet zoveel hebt verzonden, meld het dan aan IT: je account wordt misschien misbruikt.',
    ],
    ['Controleer recente verzending vanaf het account op tekenen van misbruik.'],
  ),
  'hourly-sender-limit': E(
    'Je hebt deze persoon te veel berichten gestuurd',
    'De dienst van de geadresseerde beperkt hoeveel berichten één afzender per uur mag sturen. Je bent over die limiet gegaan.',
    ['Verzend het bericht over een uur opnieuw.', 'Als een app of regel deze berichten verzendt, laat die dan langzamer verzenden.'],
    ['Zoek naar automatische verzendlussen naar deze geadresseerde.'],
  ),
  'hourly-recipient-limit': E(
    'De geadresseerde kreeg dit uur te veel e-mail',
    'Het postvak van de geadresseerde ontving meer berichten dan het per uur accepteert. Je bericht is voorlopig geweigerd.',
    ['Verzend later opnieuw.', TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'ms-journaling': E(
    'Een archiefkopie van je bericht kon niet worden opgeslagen',
    'Je organisatie bewaart archiefkopieën van e-mail, en de kopie van dit bericht kon niet in Microsoft 365 worden opgeslagen. Dit is een instelling van de beheerder.',
    [SEND_REPORT],
    ['Controleer journaalregels die Microsoft 365 als doel hebben, en de instellingen van het journaalarchief.'],
  ),
  'ms-thread-limit': E(
    'Het postvak van de geadresseerde is bezet',
    'Het postvak van de geadresseerde kreeg een golf e-mail of bevat te veel items, dus het accepteerde je bericht niet.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Zoek naar e-mailstormen naar het postvak van de geadresseerde, of een map boven de itemlimiet, als het intern is.'],
    {
      summary: 'Het postvak van de geadresseerde krijgt een golf e-mail en accepteert berichten traag. Je server blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'Het bericht ging rondjes',
    'Het bericht ging te vaak heen en weer tussen servers en is daarom gestopt. Een doorstuur- of routeringsinstelling stuurt het in een lus.',
    [SEND_REPORT],
    [
      'Controleer of het domein van de geadresseerde gezaghebbend (authoritative) is waar dat hoort.',
      'Controleer connectors en smarthosts (vooral in hybride omgevingen) en doorstuurregels op lussen.',
    ],
  ),
  'dns-failed': E(
    'Het domein van de geadresseerde kon niet worden opgezocht',
    'Je e-mailserver kon niet vinden waar e-mail voor het domein van de geadresseerde heen moet. De internetinstellingen van dat domein zijn misschien defect.',
    ['Controleer het adres op typefouten.', TELL_RECIPIENT, 'Probeer het later opnieuw.'],
    ['Controleer de MX-records van het domein van de geadresseerde vanaf je netwerk.'],
  ),
  'connection-refused': E(
    'De server van de geadresseerde gaf geen antwoord',
    'De e-mailserver van de geadresseerde weigerde verbindingen van je e-mailserver. Die server is misschien uitgevallen of blokkeert je.',
    [TELL_RECIPIENT, 'Probeer het later opnieuw.'],
    ['Controleer de verbinding van je uitgaande servers met de MX-host van de geadresseerde.'],
  ),
  'tls-certificate': E(
    'Er kon geen beveiligde verbinding worden gemaakt',
    'Je e-mailserver kon geen versleutelde verbinding maken met de server van de geadresseerde. Het beveiligingscertificaat of de instellingen daar lijken fout.',
    [TELL_RECIPIENT, 'Probeer het later opnieuw.'],
    ['Controleer de certificaatketen van de externe server en of jouw kant TLS vereist voor dat domein.'],
  ),
  'connection-dropped': E(
    'De verbinding werd verbroken',
    'De verbinding met de server van de geadresseerde viel tijdens het verzenden steeds weg, dus de bezorging is mislukt.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Zoek naar netwerkproblemen richting de servers van de geadresseerde als het blijft gebeuren.'],
    {
      summary: 'De verbinding met de server van de geadresseerde viel weg tijdens het verzenden. Je server blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'Het beveiligingsbeleid van de geadresseerde klopte niet',
    'Het domein van de geadresseerde publiceert een beveiligingsbeleid voor de e-mailservers, en die servers voldoen er niet aan. Je server bezorgt niet zonder dat.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Controleer het MTA-STS-beleid en de MX-namen van het domein van de geadresseerde (de kant van de geadresseerde moet het oplossen).'],
  ),
  'mta-sts-certificate': E(
    'Het servercertificaat van de geadresseerde is afgekeurd',
    'De e-mailserver van de geadresseerde toonde een beveiligingscertificaat dat het beleid van het eigen domein niet accepteert.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['De kant van de geadresseerde moet het certificaat of het MTA-STS-beleid herstellen.'],
  ),
  dane: E(
    'De versleutelingscontrole van de geadresseerde is mislukt',
    'Het domein van de geadresseerde publiceert een controle die bewijst dat de e-mailserver echt is, en die controle is mislukt.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['De kant van de geadresseerde moet de DANE-records (TLSA) of DNSSEC-records herstellen.'],
  ),
  expired: E(
    'Het bericht kon niet op tijd worden bezorgd',
    'Je e-mailserver heeft het lang geprobeerd, maar kon de server van de geadresseerde niet bereiken. Nu heeft hij het opgegeven.',
    [TELL_RECIPIENT, 'Controleer het adres en verzend het bericht later opnieuw.'],
    [
      'Als elk bericht naar dit domein mislukt, controleer dan de MX-records ervan en je uitgaande verbinding.',
      'Als alle domeinen mislukken, controleer dan je eigen uitgaande e-mailstroom.',
    ],
  ),
  'ms-bare-lf': E(
    'Het bericht bevatte tekens die de geadresseerde weigerde',
    'Het bericht bevatte regeleinden die de server van de geadresseerde niet accepteert. Dit gebeurt vaak bij berichten die door apps zijn gemaakt.',
    ['Verzend het bericht vanuit Outlook op het web, of zonder de bijlage.'],
    ['De kant van de geadresseerde kan losse regelinvoer (bare LF) toestaan of BDAT ondersteunen.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'Je staat niet op de lijst met toegestane afzenders van de groep',
    'De groep accepteert alleen berichten van leden of vermelde afzenders. Jouw adres hoort daar niet bij.',
    ['Vraag de eigenaar van de groep om je toe te voegen of je bericht door te sturen.'],
    ['Controleer de toegestane afzenders van de groep en of externe afzenders zijn toegestaan.'],
  ),
  'restricted-list': E(
    'De geadresseerde accepteert alleen vermelde afzenders',
    'De geadresseerde accepteert alleen e-mail van mensen op de eigen lijst, en jij staat er niet op.',
    ['Vraag de geadresseerde om je toe te voegen, of neem op een andere manier contact op.'],
    ['Controleer in een hybride omgeving of het on-premises account is uitgeschakeld.'],
  ),
  'tenant-external-limit': E(
    'Je organisatie heeft de daglimiet bereikt',
    'Je organisatie heeft in 24 uur meer e-mail naar externe adressen verzonden dan Microsoft 365 toestaat. Externe e-mail is gepauzeerd tot de limiet opnieuw ingaat.',
    ['Verzend het bericht morgen opnieuw; meld het aan IT als het dringend is.'],
    [
      'Controleer het rapport over uitgaande externe geadresseerden van de tenant op ongewoon volume.',
      'Zoek naar gecompromitteerde accounts of ongeautoriseerde connectors.',
    ],
  ),
  'moera-limit': E(
    'Het onmicrosoft.com-adres is beperkt',
    'Je bericht is verzonden vanaf een onmicrosoft.com-adres, dat per dag maar naar een klein aantal externe mensen mag verzenden.',
    ['Verzend in plaats daarvan vanaf het adres met het eigen domein van je organisatie.'],
    ['Voeg een aangepast domein toe, verifieer het en maak het de standaard voor afzenders.'],
  ),
  'ms-spam-abuse': E(
    'Je organisatie is geblokkeerd wegens spam',
    'Microsoft 365 heeft e-mail van je account of server geblokkeerd omdat er spam is gedetecteerd. Meestal betekent dit dat een account is misbruikt.',
    ['Meld het meteen aan IT.', 'Wijzig je wachtwoord als je die e-mail niet hebt verzonden.'],
    [
      'Onderzoek gecompromitteerde accounts en connectors.',
      'Vraag na het oplossen om verwijdering van de lijst via Microsoft-ondersteuning of de delist-portal.',
    ],
  ),
  'banned-recipient': E(
    'Het adres van de geadresseerde is geblokkeerd',
    'De dienst van de geadresseerde weigert alle e-mail naar dit adres.',
    [TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'bad-helo': E(
    'Je e-mailserver stelde zich verkeerd voor',
    'Je e-mailserver begroette de server van de geadresseerde met een naam die hij niet hoort te gebruiken. De ontvanger weigerde dat.',
    [SEND_REPORT],
    ['Controleer de HELO/EHLO-naam van je uitgaande server.'],
  ),
  'blocked-by-recipient': E(
    'De organisatie van de geadresseerde heeft je geblokkeerd',
    'De organisatie van de geadresseerde heeft je server of adres op de eigen blokkeerlijst gezet.',
    ['Vraag de geadresseerde om je door de eigen IT-afdeling te laten deblokkeren.'],
    ['Aan jouw kant niets te wijzigen, tenzij ook andere organisaties je blokkeren.'],
  ),
  'ipv6-limits': E(
    'De ontvanger weigerde het soort verbinding van je server',
    'Je e-mailserver maakte verbinding met een nieuwer soort internetadres, en de ontvanger weigerde of beperkte e-mail die zo werd verzonden.',
    [SEND_REPORT],
    ['Controleer verzenden via IPv6: PTR-records en SPF/DKIM voor IPv6, of verzend via IPv4.'],
  ),
  'dmarc-fail': E(
    'De e-mailcontroles van je domein zijn mislukt',
    'De ontvanger kon niet bevestigen dat het bericht echt van je domein kwam, dus volgde de regel van je domein en weigerde het. Opnieuw verzenden helpt pas als dit is opgelost.',
    ['Verzend nog niet opnieuw.', SEND_REPORT],
    [
      `Controleer of ${SPF} elke dienst bevat die voor je domein verzendt.`,
      `Controleer of ${DKIM}-ondertekening is ingeschakeld en is uitgelijnd met het From-domein.`,
      `Controleer ${DMARC}; doorsturen kan SPF breken, dus DKIM is het belangrijkst.`,
    ],
  ),
  'outlook-auth-level': E(
    'Je domein voldoet niet aan de controles van Outlook.com',
    'Outlook.com eist dat grote afzenders bewijzen dat hun e-mail echt van hun domein komt, en dit bericht deed dat niet. Het is geweigerd.',
    ['Verzend nog niet opnieuw.', SEND_REPORT],
    [`Controleer of ${SPF}, ${DKIM} en ${DMARC} allemaal slagen en zijn uitgelijnd met het From-domein.`],
  ),
  'forwarding-blocked': E(
    'Automatisch doorsturen is uitgeschakeld',
    'Je organisatie staat niet toe dat berichten automatisch naar externe adressen worden doorgestuurd. Een doorstuurregel probeerde dat.',
    ['Schakel de doorstuurregel uit, of vraag IT of doorsturen voor jou kan worden toegestaan.'],
    ['Controleer het uitgaande antispambeleid voor extern doorsturen; maak zo nodig een beleid voor specifieke gebruikers.'],
  ),
  'smtp-auth': E(
    'De verzendende app heeft zich niet aangemeld',
    'De app of het apparaat waarmee je verzond, heeft zich niet aangemeld bij de e-mailserver, dus de server weigerde te verzenden.',
    [
      'Controleer de gebruikersnaam en het wachtwoord die in de app of het apparaat zijn opgeslagen.',
      'Vraag IT om de juiste e-mailserverinstellingen voor die app of dat apparaat.',
    ],
    [
      'Controleer of SMTP AUTH is ingeschakeld voor het postvak en de tenant, of de app poort 587 met STARTTLS gebruikt, en of die moderne verificatie ondersteunt.',
    ],
  ),
  'connector-mismatch': E(
    'De e-mailroute van je organisatie wordt niet meer herkend',
    'Microsoft 365 herkent de server die dit bericht verzond niet meer als een server van je organisatie, dus weigerde het bericht.',
    [SEND_REPORT],
    ['Vergelijk de certificaatnaam of IP-adressen van de inkomende connector met de verzendende server (TenantAttribution).'],
  ),
  'own-block-list': E(
    'Je organisatie blokkeert deze geadresseerde',
    'De blokkeerlijst van je eigen organisatie bevat een van de geadresseerden, dus het hele bericht is tegengehouden.',
    ['Verwijder die geadresseerde en verzend opnieuw, of vraag IT naar de blokkering.'],
    ['Controleer de lijst voor toestaan/blokkeren van de tenant (Tenant Allow/Block List).'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 accepteert geen e-mail van deze bron',
    'Microsoft 365 weigerde e-mail van deze verzendende server of dit domein. Nieuwe of niet-geverifieerde omgevingen lopen hier vaak tegenaan.',
    [SEND_REPORT],
    [
      'Controleer of de domeinen zijn toegevoegd en geverifieerd en of de connectors kloppen, en vraag zo nodig een uitzondering aan bij ondersteuning.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft heeft e-mail van de server van je organisatie beperkt',
    'Microsoft weigerde voorlopig e-mail van de server van je organisatie, omdat die veel meer verzendt dan normaal.',
    [AGAIN_LATER, 'Blijft het gebeuren, meld het dan aan IT.'],
    ['Zoek naar ongewoon verzendvolume en overweeg een connector of een filter van derden voor doorgegeven e-mail.'],
    {
      title: 'Microsoft remt je e-mailserver af',
      summary: 'Microsoft beperkt tijdelijk e-mail van je server, omdat die veel meer verzendt dan normaal. Je server blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'Het adres van je e-mailserver is geblokkeerd',
    'De ontvangende dienst heeft het IP-adres van je verzendende server op de blokkeerlijst gezet. Je bericht zelf is niet het probleem.',
    ['Verzend nu niet opnieuw.', SEND_REPORT],
    ['Vraag om verwijdering van de lijst (voor Microsoft: sender.office.com) en zoek naar gecompromitteerde accounts.'],
  ),
  'recipient-domain-refused': E(
    'De server van de geadresseerde accepteert dit adres niet',
    'De e-mailserver van de geadresseerde weigerde het adres. Het domein is misschien verkeerd ingesteld, of het adres bestaat niet.',
    ['Controleer het adres.', TELL_RECIPIENT],
    ['Controleer de MX-records van het domein van de geadresseerde; recente DNS-wijzigingen kunnen tot 72 uur duren.'],
  ),

  // ---- standard codes ----
  'unknown-failure': E(
    'Het bericht is zonder duidelijke reden geweigerd',
    'De ontvangende server weigerde het bericht, maar gaf alleen een algemene fout. Je IT-afdeling kan de details in het rapport lezen.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Lees de diagnostische tekst en bekijk de betrokken servers.'],
  ),
  'address-problem': E(
    'Er is een probleem met het adres',
    'De ontvangende server meldde een probleem met het adres, zonder meer details.',
    ['Controleer het adres op typefouten en verzend opnieuw.'],
    ['Lees de precieze oorzaak in de diagnostische tekst.'],
  ),
  'address-unknown': E(
    'Het adres bestaat niet',
    'De e-mailserver van de geadresseerde heeft geen postvak met de naam {recipient}. Het adres is misschien verkeerd gespeld, of de persoon is vertrokken.',
    [
      'Controleer de spelling van het adres.',
      'Als Outlook het voorstelde, verwijder het dan uit Automatisch aanvullen en typ het opnieuw.',
      'Als je dit adres niet hebt getypt, stuurt de persoon misschien e-mail door naar dit adres: laat weten dat het doorsturen niet werkt.',
      'Vraag de persoon op een andere manier om het huidige adres en verzend dan opnieuw.',
    ],
    [
      'Als de geadresseerde intern is, controleer dan of het postvak bestaat en het adres heeft.',
      'Als je dit bericht nooit hebt verzonden, controleer dan op een vervalste afzender.',
    ],
  ),
  'domain-unknown': E(
    'Het domein van de geadresseerde bestaat niet',
    'Het deel na de @ in {recipient} bestaat niet of kan geen e-mail ontvangen. Het is waarschijnlijk verkeerd gespeld.',
    ['Controleer het deel na de @ op typefouten.', 'Verzend opnieuw met het verbeterde adres.'],
    ['Controleer of het domein vanaf je netwerk wordt omgezet, als je zeker weet dat het klopt.'],
  ),
  'address-syntax': E(
    'Het adres is niet goed geschreven',
    'Het adres is geen geldig e-mailadres, het bevat bijvoorbeeld een spatie of er ontbreekt een deel.',
    ['Controleer het adres op spaties, komma’s of ontbrekende tekens en verzend dan opnieuw.'],
    ['Niets te controleren, tenzij het adres er goed uitziet.'],
  ),
  'address-ambiguous': E(
    'Het adres past bij meer dan één persoon',
    'De ontvangende server vond meerdere postvakken die bij dit adres passen.',
    ['Gebruik het volledige e-mailadres van de persoon en verzend opnieuw.'],
    ['Controleer de directory op dubbele adressen als de geadresseerde intern is.'],
  ),
  delivered: E(
    'Het bericht is bezorgd',
    'Deze melding bevestigt dat je bericht de server van de geadresseerde heeft bereikt. Er is niets misgegaan.',
    ['Je hoeft niets te doen.'],
    ['Niets te controleren.'],
  ),
  moved: E(
    'De persoon heeft een nieuw adres',
    'Het postvak is verhuisd en e-mail naar het oude adres wordt niet meer doorgestuurd.',
    ['Zoek het nieuwe adres van de persoon op en verzend opnieuw.', 'Werk je contactpersoon bij.'],
    ['Aan jouw kant niets te controleren.'],
  ),
  'sender-address-bad': E(
    'Je afzenderadres is geweigerd',
    'De ontvangende server accepteerde het afzenderadres of het domein ervan niet. Op dezelfde manier opnieuw verzenden mislukt weer.',
    ['Als je vanuit een app of apparaat hebt verzonden, controleer dan het afzenderadres daarvan.', SEND_REPORT],
    [
      `Controleer of het afzenderdomein bestaat en wordt omgezet, en of ${SPF} is gepubliceerd.`,
      'Controleer de envelopafzender (Return-Path) die de server gebruikt.',
    ],
  ),
  'relayed-no-dsn': E(
    'Het bericht is zonder bevestigingen doorgegeven',
    'Het bericht is overgedragen aan een systeem dat geen bezorgingsrapporten stuurt. Er is geen fout bekend.',
    ['Je hoeft niets te doen, tenzij de persoon zegt dat het nooit is aangekomen.'],
    ['Niets te controleren.'],
  ),
  'null-mx': E(
    'Het domein van de geadresseerde accepteert geen e-mail',
    'Het domein van de geadresseerde geeft aan dat het helemaal geen e-mail accepteert. Het adres kan niet werken.',
    ['Controleer het adres; de persoon gebruikt misschien een ander domein voor e-mail.', TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'mailbox-problem': E(
    'Het postvak van de geadresseerde heeft het bericht geweigerd',
    'Het postvak van de geadresseerde of het filter ervan heeft je bericht geweigerd.',
    [TELL_RECIPIENT, 'Vraag of ze berichten zoals het jouwe filteren of blokkeren.'],
    ['Lees de precieze oorzaak in de diagnostische tekst.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'Het postvak van de geadresseerde is vol',
    'Het postvak van de geadresseerde heeft geen ruimte meer, dus het kan geen nieuwe e-mail aannemen.',
    [TELL_RECIPIENT, 'Verzend later opnieuw, als er ruimte is gemaakt.', 'Stuur grote bijlagen in plaats daarvan als koppelingen.'],
    ['Controleer het postvakquotum als de geadresseerde intern is.'],
  ),
  'too-big-for-recipient': E(
    'Het bericht is te groot voor deze geadresseerde',
    '{hasLimit, select, yes {Het bericht is groter dan deze geadresseerde accepteert (limiet: {limit}).} other {Het bericht is groter dan deze geadresseerde accepteert.}}',
    ['Verwijder of verklein bijlagen, of deel ze als koppelingen.', 'Verzend het bericht opnieuw.'],
    ['Controleer de groottelimiet per geadresseerde als die intern is.'],
  ),
  'list-problem': E(
    'De verzendlijst kon het niet bezorgen',
    'Het adres is een verzendlijst of groep die je bericht niet aan de leden kon doorgeven.',
    ['Vraag de eigenaar van de lijst ernaar.'],
    ['Controleer de uitvouwinstellingen van de lijst of groep als die intern is.'],
  ),
  'remote-system': E(
    'Het e-mailsysteem van de geadresseerde had een probleem',
    'De e-mailserver van de geadresseerde meldde een intern probleem. Het komt niet door je bericht.',
    ['Verzend later opnieuw.', TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'remote-disk-full': E(
    'De server van de geadresseerde heeft geen ruimte meer',
    'De e-mailserver van de geadresseerde heeft geen opslag meer. Het probleem ligt aan hun kant.',
    ['Verzend later opnieuw.', TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'feature-unsupported': E(
    'De ontvangende server mist een benodigde functie',
    'Het bericht had een functie nodig die de ontvangende server niet ondersteunt.',
    [SEND_REPORT],
    ['Controleer welke SMTP-extensie het bericht nodig had (bijvoorbeeld SMTPUTF8 of een prioriteitsinstelling).'],
  ),
  'too-big': E(
    'Het bericht is te groot',
    '{hasLimit, select, yes {Het bericht is groter dan de ontvangende server accepteert (limiet: {limit}).} other {Het bericht is groter dan de ontvangende server accepteert.}}',
    ['Verwijder of verklein bijlagen, of deel ze als koppelingen.', 'Verzend het bericht opnieuw.'],
    ['Controleer je eigen groottelimieten en die van de andere kant.'],
  ),
  'network-problem': E(
    'De server van de geadresseerde was niet bereikbaar',
    'Je e-mailserver kon geen verbinding maken met de server van de geadresseerde, dus de bezorging is mislukt.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Als het aanhoudt, controleer dan de uitgaande verbinding en de MX-records van het domein van de geadresseerde.'],
    {
      summary: 'Je e-mailserver kon nog geen verbinding maken met de server van de geadresseerde. Hij blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'Geen route naar het domein van de geadresseerde',
    'Je e-mailserver kon niet vinden waar e-mail voor het domein van de geadresseerde heen moet. Het domein is misschien verkeerd gespeld of verkeerd ingesteld.',
    ['Controleer het deel na de @ op typefouten.', 'Verzend opnieuw met het verbeterde adres.'],
    ['Controleer de MX- en A-records van het domein van de geadresseerde.'],
  ),
  'remote-busy': E(
    'De server van de geadresseerde is bezet',
    'De server van de geadresseerde was overbelast en accepteerde het bericht niet.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Aan jouw kant niets te wijzigen.'],
    {
      summary: 'De server van de geadresseerde is overbelast en vroeg het later te proberen. Je server blijft het proberen.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'De e-mailservers begrepen elkaar niet',
    'De verzendende en ontvangende server waren het technisch oneens over het e-mailprotocol. Het is een instellingsprobleem van de servers.',
    [SEND_REPORT],
    ['Controleer de SMTP-uitwisseling in de diagnostische tekst: opdrachtsyntaxis, extensies of regellengte.'],
  ),
  'too-many-recipients': E(
    'Te veel geadresseerden tegelijk',
    'Het bericht was aan meer geadresseerden gericht dan de server in één keer accepteert.',
    ['Verdeel de geadresseerden over kleinere groepen, of gebruik een groepsadres.', 'Verzend opnieuw.'],
    ['Controleer of de verzendende server grote lijsten met geadresseerden opsplitst.'],
  ),
  'content-problem': E(
    'De inhoud van het bericht is geweigerd',
    'De ontvangende server kon de inhoud of indeling van het bericht niet accepteren.',
    ['Verwijder ongebruikelijke bijlagen of opmaak en verzend opnieuw.'],
    ['Lees het precieze inhoudsprobleem in de diagnostische tekst.'],
  ),
  'conversion-failed': E(
    'Het bericht kon niet worden omgezet',
    'Het bericht moest voor de ontvangende server worden omgezet, en die omzetting is mislukt of was niet toegestaan.',
    [SEND_REPORT],
    ['Controleer de 8-bits/MIME-verwerking op het pad naar de geadresseerde.'],
  ),
  'international-address': E(
    'Het adres bevat tekens die de server niet aankan',
    'Het adres of bericht bevat bijzondere tekens die de ontvangende server niet ondersteunt.',
    ['Vraag de persoon om een adres met alleen gewone letters en cijfers.'],
    ['Controleer de SMTPUTF8-ondersteuning van je uitgaande servers.'],
  ),
  'refused-policy': E(
    'De server van de geadresseerde heeft het bericht geweigerd',
    'De server van de geadresseerde weigerde het bericht vanwege een van de eigen regels of beveiligingsinstellingen.',
    [
      TELL_RECIPIENT,
      'Vraag of hun organisatie e-mail zoals die van jou weigert, bijvoorbeeld van externe afzenders of met bepaalde bijlagen.',
      SEND_REPORT,
    ],
    ['Lees de diagnostische tekst: die noemt meestal de regel, een blokkeerlijst of een verificatiecontrole.'],
  ),
  'security-feature': E(
    'Er is niet voldaan aan een beveiligingseis',
    'De ontvangende server vereiste een beveiligingsfunctie, zoals versleuteling of een vertrouwde verbinding, die er niet was.',
    [SEND_REPORT],
    ['Controleer de TLS- en verificatie-instellingen voor dit verzendpad.'],
  ),
  'auth-weak': E(
    'De aanmeldmethode was te zwak',
    'De server weigerde de manier waarop de verzendende app of het apparaat zich aanmeldde. Er is een sterkere aanmeldmethode nodig.',
    ['Vraag IT om de juiste instellingen voor de app of het apparaat.'],
    ['Controleer het verificatiemechanisme (schakel bijvoorbeeld OAuth of app-wachtwoorden in).'],
  ),
  'sender-account-disabled': E(
    'Je verzendaccount is uitgeschakeld',
    'Het account waarmee dit bericht is verzonden, is uitgeschakeld op de e-mailserver.',
    ['Meld het aan IT, zodat zij het account kunnen controleren en weer inschakelen.'],
    ['Controleer de accountstatus op de verzendserver (RFC 5248 X.7.13: user account disabled).'],
  ),
  'owner-changed': E(
    'Het adres is nu van iemand anders',
    'Het postvak of domein heeft een nieuwe eigenaar sinds je laatste bericht, dus je bericht is niet aan de nieuwe eigenaar bezorgd.',
    ['Controleer of je het huidige adres van de persoon hebt.'],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  'dkim-fail': E(
    'Het digitale zegel van je bericht is afgekeurd',
    'De ontvanger kon het digitale zegel dat je e-mailserver op elk bericht zet niet verifiëren, dus weigerde het bericht.',
    ['Verzend nog niet opnieuw.', SEND_REPORT],
    [
      `Controleer of ${DKIM}-ondertekening is ingeschakeld en de DNS-sleutel is gepubliceerd.`,
      `Controleer of de handtekening voor ${DMARC} is uitgelijnd met het From-domein.`,
    ],
  ),
  'spf-fail': E(
    'De afzendercontrole van je domein is mislukt',
    'Je e-mailserver staat niet op de lijst van servers die e-mail voor je domein mogen verzenden. De ontvanger weigerde het bericht.',
    ['Verzend nog niet opnieuw.', SEND_REPORT],
    [
      `Controleer of ${SPF} elke server en dienst bevat die voor je domein verzendt.`,
      'Controleer het SPF-record op te veel DNS-lookups.',
      'Als e-mail wordt doorgestuurd, vertrouw dan ook op DKIM.',
    ],
  ),
  'no-ptr': E(
    'Je e-mailserver heeft geen goede naam',
    'Voor het internetadres van je e-mailserver is geen bijpassende naam geregistreerd, en de ontvanger eist er een. Het bericht is geweigerd.',
    [SEND_REPORT],
    ['Vraag je netwerkprovider een PTR-record (reverse DNS) in te stellen dat overeenkomt met de naam van de server.'],
  ),
  'mail-flood': E(
    'Te veel e-mail te snel verzonden',
    'De ontvanger zag een ongewoon grote hoeveelheid e-mail van jouw kant en weigert voorlopig meer.',
    ['Verzend dit bericht later opnieuw, en minder berichten tegelijk.', 'Als je niet veel hebt verzonden, meld het dan aan IT.'],
    ['Controleer het verzendvolume op misbruik of een app die zich misdraagt.'],
  ),
  'arc-or-tls': E(
    'Er is niet voldaan aan een afzendereis',
    'De ontvanger heeft extra bewijs nodig voor deze e-mail, zoals een versleutelde verbinding of handtekeningen die bij doorsturen worden toegevoegd. Dat ontbrak.',
    [SEND_REPORT],
    ['Controleer TLS voor uitgaande SMTP (Gmail 4.7.29 / 5.7.29), ARC-ondertekening op doorstuursystemen en DMARC-uitlijning.'],
  ),

  // ---- reasons ----
  blocked: E(
    'Je e-mailserver is geblokkeerd',
    'De ontvangende server weigerde verbindingen van de e-mailserver van je organisatie. Meestal komt dat door blokkeerlijsten of reputatie.',
    ['Verzend nu niet opnieuw.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Zoek het verzendende IP-adres op in de blokkeerlijst die in de servertekst wordt genoemd en vraag om verwijdering.',
      'Controleer reverse DNS en verificatie voor de verzendende server.',
    ],
  ),
  spam: E(
    'Het bericht is als spam beoordeeld',
    'De ontvangende kant vond je bericht spam en weigerde het.',
    [
      'Controleer het bericht op dingen waar spamfilters niet van houden: veel koppelingen, verkorte koppelingen, grote afbeeldingen met weinig tekst of bestanden die de persoon niet verwachtte.',
      'Laat de persoon op een andere manier weten dat je bericht is geweigerd, zodat die de eigen IT-afdeling kan vragen het te bekijken.',
      'Als meerdere mensen je e-mail als spam weigeren, meld het dan aan je IT-afdeling.',
    ],
    ['Controleer SPF, DKIM en DMARC, en de verzendreputatie.'],
  ),
  virus: E(
    'Een virusscanner heeft het bericht geweigerd',
    'De virusscanner van de geadresseerde vond iets in het bericht dat hij gevaarlijk vindt.',
    [
      'Verzend het bestand niet opnieuw.',
      'Scan je computer en het bestand met je antivirusprogramma, of vraag IT ze te controleren.',
      'Meld het aan IT als de scan iets vindt of als je het niet zeker weet.',
    ],
    ['Controleer het apparaat van de afzender en de bijlage op malware; de diagnostische tekst noemt misschien de dreiging.'],
  ),
  relay: E(
    'Een server wilde het bericht niet doorgeven',
    'Een e-mailserver weigerde je bericht door te sturen naar het domein van de geadresseerde.',
    ['Verzend nog niet opnieuw.', SEND_REPORT],
    ['Controleer relaymachtigingen, connectors en de MX-records van het domein van de geadresseerde.'],
  ),
  'not-compliant': E(
    'Het bericht overtrad regels voor e-mailindeling',
    'De ontvangende server vond dat het bericht regels voor e-mailindeling overtreedt, bijvoorbeeld met dubbele kopteksten.',
    ['Als een app het heeft verzonden, vertel IT welke app.'],
    ['Controleer of de verzendende software headers schrijft die voldoen aan RFC 5322.'],
  ),
  starttls: E(
    'Er kon geen versleutelde verbinding worden gemaakt',
    'De servers konden de versleutelde verbinding die een van hen vereist niet opzetten.',
    [SEND_REPORT],
    ['Controleer TLS-instellingen en certificaten aan beide kanten van dit pad.'],
  ),
  'expired-reason': E(
    'Bezorging duurde te lang en is gestopt',
    'Je e-mailserver heeft het lang zonder succes geprobeerd en heeft het opgegeven.',
    [TELL_RECIPIENT, 'Controleer het adres en verzend het bericht later opnieuw.'],
    ['Controleer de MX-records van het domein van de geadresseerde en je uitgaande verbinding.'],
  ),
  'local-program': E(
    'Het e-mailprogramma van de geadresseerde is mislukt',
    'Een programma op de server van de geadresseerde dat binnenkomende e-mail opbergt, is mislukt.',
    ['Verzend later opnieuw.', TELL_RECIPIENT],
    ['Aan jouw kant niets te wijzigen.'],
  ),
  suppressed: E(
    'Het adres staat op een niet-verzendenlijst',
    'De verzenddienst heeft niet naar dit adres verzonden, omdat het eerder onbestelbaar was of er een klacht vandaan kwam.',
    ['Controleer of het adres nog geldig is.'],
    ['Controleer de onderdrukkingslijst (suppression list) van de verzenddienst.'],
  ),
  complaint: E(
    'Iemand heeft je bericht als spam gemeld',
    'Een geadresseerde heeft je bericht als spam gemarkeerd, en de provider stuurde dit rapport terug. Het is geen rapport van niet-bezorging.',
    ['Stop met verzenden naar mensen die niet om je e-mail hebben gevraagd.'],
    ['Controleer de verzendpraktijk en de afmeldafhandeling voor deze afzender.'],
  ),
  'auto-reply': E(
    'Dit is een automatisch antwoord',
    'Het postvak van de geadresseerde stuurde een automatisch antwoord, zoals een afwezigheidsbericht. Je bericht is bezorgd.',
    ['Je hoeft niets te doen.'],
    ['Niets te controleren.'],
  ),
  unclear: E(
    'We konden niet vaststellen wat er misging',
    'Het rapport van niet-bezorging zegt niet duidelijk waarom het bericht is mislukt. Je IT-helpdesk kan de technische details lezen.',
    ['Stuur het rapport naar je IT-helpdesk; het bevat alle technische details.'],
    ['Lees de diagnostische tekst en het teruggestuurde origineel; controleer de betrokken servers.'],
  ),
  // ---- causes added for issue #9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'De geadresseerde heeft je geblokkeerd',
    'De geadresseerde heeft je adres of domein op de eigen lijst met geblokkeerde afzenders gezet. Het e-mailsysteem daar weigerde je bericht daarom.',
    [
      'Vraag de persoon op een andere manier, bijvoorbeeld telefonisch, of je adres per ongeluk is geblokkeerd.',
      'Alleen die persoon of de eigen IT-afdeling kan de blokkering opheffen; opnieuw verzenden helpt niet.',
    ],
    [
      'Een persoonlijke blokkering bij de geadresseerde (bijvoorbeeld Mimecast “Envelope blocked - User Entry”); aan jouw kant niets te wijzigen.',
    ],
  ),
  'gateway-blocked-sender': E(
    'De organisatie van de geadresseerde heeft je adres geweigerd',
    'Een filterdienst van de organisatie van de geadresseerde heeft je adres volgens eigen regels geweigerd. Je bericht zelf is misschien in orde.',
    [TELL_RECIPIENT, 'Vraag de persoon de eigen IT-afdeling te laten nagaan waarom je adres wordt geweigerd.'],
    [
      'De gateway van de geadresseerde paste een eigen beleid toe (bijvoorbeeld Mimecast “Administrative prohibition” of “Anti-Spoofing policy”).',
      'Controleer of SPF, DKIM en DMARC slagen voor je domein, voor het geval de spoofingcontroles daar mislukten.',
    ],
  ),
  'send-as-denied': E(
    'Je mag niet vanaf dat adres verzenden',
    'Je hebt het bericht verzonden met het adres van een ander postvak (een gedeeld postvak, een teampostvak of dat van een collega), maar je organisatie heeft je geen toestemming gegeven om als dat postvak te verzenden. Je eigen mailserver heeft het daarom niet verstuurd; niemand heeft het ontvangen.',
    [
      'Verstuur het bericht opnieuw vanaf je eigen adres, of vraag de eigenaar van het postvak om het te versturen.',
      'Als je vanaf dat postvak zou moeten kunnen verzenden: stuur het rapport naar je IT-helpdesk en vraag om de machtiging “Verzenden als” of “Verzenden namens”.',
    ],
    [
      'Geef de gebruiker “Verzenden als” of “Verzenden namens” op het postvak in het veld Van (Exchange-beheercentrum > Ontvangers > Postvakken > Delegering, of Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo); het kan tot een uur duren voordat de machtiging werkt, en laat de gebruiker de Van-vermelding uit de lijst Automatisch aanvullen van Outlook verwijderen.',
    ],
  ),
  'moderation-rejected': E(
    'De moderator van de groep heeft je bericht afgewezen',
    'De groep waarnaar je schreef wordt gemodereerd: een moderator controleert elk bericht voordat de leden het krijgen, en dit bericht is afgewezen. Het rapport kan de opmerking van de moderator bevatten.',
    [
      'Lees de opmerking van de moderator, als die er is, en pas het bericht aan voordat je het opnieuw verstuurt.',
      'Vind je dat het geaccepteerd had moeten worden, vraag het dan aan de eigenaar of moderator van de groep.',
    ],
    [
      'Alleen de moderators of eigenaren van de groep kunnen het goedkeuren: controleer de moderatie-instellingen van de groep (ModerationEnabled, ModeratedBy) en wie de moderatie mag omzeilen.',
    ],
  ),
  'moderation-pending': E(
    'Je bericht wacht op de moderator van de groep',
    'De groep waarnaar je schreef wordt gemodereerd: een moderator keurt elk bericht goed voordat de leden het krijgen. Er is niets mislukt; je bericht wacht op die beslissing.',
    [
      'Je hoeft nu niets te doen: de moderator beslist.',
      'Is het bericht dringend, vraag dan de eigenaar of moderator van de groep ernaar te kijken.',
    ],
    [
      'Alleen de moderators van de groep kunnen het goedkeuren (ModeratedBy); controleer of deze afzender de moderatie mag omzeilen (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Je bericht wacht op de moderator van de groep',
      summary:
        'De groep waarnaar je schreef wordt gemodereerd: een moderator keurt elk bericht goed voordat de leden het krijgen. Er is niets mislukt; je bericht wacht op die beslissing.',
      steps: [
        'Je hoeft nu niets te doen: de moderator beslist.',
        'Is het bericht dringend, vraag dan de eigenaar of moderator van de groep ernaar te kijken.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Een beleid voor gegevensbescherming heeft je bericht tegengehouden',
    'Het beleid voor preventie van gegevensverlies (DLP) van je organisatie heeft gevoelige gegevens in het bericht gevonden, zoals creditcard-, paspoort- of BSN-nummers, en het geblokkeerd. Niemand heeft het ontvangen.',
    [
      'Haal de gevoelige gegevens weg, of deel ze op een beveiligde manier die je organisatie toestaat, en verstuur het bericht opnieuw.',
      'Moet het bericht ongewijzigd weg, stuur dan het rapport naar je IT-helpdesk en vraag of een onderdrukking of uitzondering mogelijk is.',
    ],
    [
      'Zoek het bijbehorende DLP-beleid en de regel in Microsoft Purview (Activiteitenverkenner of DLP-waarschuwingen voor dit bericht) en controleer de voorwaarden, uitzonderingen en of gebruikers het met een motivering mogen onderdrukken.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'Het domein van de geadresseerde is niet ingesteld om deze e-mail te ontvangen',
    'De server die je bericht ontving, accepteert geen e-mail voor het domein van de geadresseerde. De e-mailinstellingen van dat domein zijn waarschijnlijk fout of onlangs gewijzigd.',
    [
      TELL_RECIPIENT,
      'Vraag de persoon de e-mailinstellingen van het domein door de eigen IT-afdeling te laten controleren.',
      'Verzend het bericht over een dag of twee opnieuw.',
    ],
    [
      'Controleer of de MX-records van het domein van de geadresseerde naar de juiste servers wijzen; wacht tot 72 uur na een DNS-wijziging.',
      'Als het domein van jezelf is: controleer of het een geaccepteerd domein in Exchange Online is met het juiste type (Authoritative of Internal Relay), en controleer de hybride connectors.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'De ontvanger weigerde e-mail van je organisatie',
    'De ontvangende provider weigerde het bericht volgens de eigen regels voor afzenders, zoals reputatie, afzendercontroles of inhoud. Er staat niet bij welke.',
    ['Verzend hetzelfde bericht nu niet opnieuw; het wordt weer geweigerd.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo “Message not accepted for policy reasons” / [PH01]: controleer of SPF, DKIM en DMARC slagen en zijn uitgelijnd, de reputatie van het verzendende IP-adres en domein, en het aantal klachten (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'De afzendercontroles van je domein ontbreken',
    'De ontvanger accepteert alleen e-mail die bewijst dat die van het domein van de afzender komt, en je bericht had dat bewijs niet. Je IT-afdeling moet dit instellen.',
    ['Verzend nog niet opnieuw; het wordt weer geweigerd.', SEND_REPORT],
    [
      `Publiceer ${SPF} voor deze verzendende server en schakel ${DKIM}-ondertekening in voor het domein.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 en Microsoft 4.7.26 (IPv6) vereisen dat minstens SPF of DKIM slaagt.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'De geadresseerde stuurt e-mail door naar een defect adres',
    'Je bericht heeft de persoon bereikt, maar het postvak stuurt e-mail door naar {recipient}, en dat is mislukt. Jij hebt dat adres niet getypt.',
    [
      'Laat de persoon op een andere manier weten dat het doorsturen naar {recipient} niet werkt.',
      'Vraag om het doorsturen te herstellen of te verwijderen, en verzend het bericht dan opnieuw.',
    ],
    [
      'Het mislukte adres staat niet in Aan of CC van het origineel, en het rapport kwam van de provider van een adres dat daar wel staat: een doorstuurregel of alias daar wijst naar een dood adres.',
    ],
  ),
};

export const NL: Catalogue = {
  locale: 'nl',
  entries,
  owners: {
    you: 'Jij',
    'your-it': 'Je IT-afdeling',
    'recipient-side': 'Kant van de geadresseerde',
    wait: 'Wachten',
    none: 'Niets te doen',
  },
  ownerSentences: {
    you: 'Je kunt dit zelf oplossen.',
    'your-it': 'Je IT-team moet dit oplossen.',
    'recipient-side': 'De kant van de geadresseerde moet dit oplossen.',
    wait: 'Niemand hoeft nog iets te doen: de servers blijven het proberen.',
    none: 'Niemand hoeft iets te doen.',
  },
  retry: {
    no: 'Opnieuw verzenden helpt niet.',
    'after-fix': 'Opnieuw verzenden helpt pas als de oorzaak is opgelost.',
    later: 'Later opnieuw verzenden kan werken.',
    automatic: 'Je e-mailserver blijft het zelf opnieuw proberen.',
    'not-needed': 'Opnieuw verzenden is niet nodig.',
  },
  retryUntil: 'Je e-mailserver blijft het opnieuw proberen tot {until}.',
  delayedNeedsFix: 'Je e-mailserver blijft het voorlopig proberen, maar de bezorging blijft mislukken tot dit is opgelost.',
  authVerdicts: 'Verificatieresultaten die bij je bericht zijn vastgelegd: {verdicts}.',
  report: {
    subjectOne: 'Niet bezorgd: {code} bij verzenden naar {recipient}',
    subjectMany:
      'Niet bezorgd: {code} bij verzenden naar {recipient} en {others, plural, one {# andere geadresseerde} other {# andere geadresseerden}}',
    subjectNoCode: 'Niet bezorgd: bericht aan {recipient} is niet afgeleverd',
    summaryLine:
      '{count, plural, one {# geadresseerde heeft} other {# geadresseerden hebben}} het bericht “{subject}” niet ontvangen. Waarschijnlijke oorzaak: {title}. Wie moet handelen: {owner}.',
    greeting: 'Hallo IT-helpdesk,',
    intro: 'Een bericht dat ik heb verzonden, is niet bezorgd. Bounce Explainer heeft hieronder de details verzameld.',
    failedRecipients: 'Niet bereikte geadresseerden',
    servers: 'Servers',
    reportingServer: 'Rapporterende server: {server}',
    remoteServer: 'Externe server: {server}',
    times: 'Tijden',
    bounceArrived: 'Rapport van niet-bezorging ontvangen: {date}',
    originalSent: 'Origineel verzonden: {date}',
    original: 'Oorspronkelijk bericht',
    originalSubject: 'Onderwerp: {subject}',
    originalMessageId: 'Message-ID: {id}',
    originalFrom: 'Van: {from}',
    auth: 'Verificatieresultaten',
    client: 'Mijn client',
    tried: 'Wat ik al heb geprobeerd',
    machine: 'Machineleesbare analyse (JSON)',
    truncated:
      '{count, plural, one {# andere geadresseerde is} other {# andere geadresseerden zijn}} weggelaten om dit rapport kort te houden; het JSON-blok bevat de aantallen.',
    cut: '[ingekort: nog {count} tekens]',
    itChecks: 'Wat IT moet controleren',
    noBody: 'De inhoud van het oorspronkelijke bericht is niet meegestuurd.',
    backscatter: 'Let op: dit lijkt backscatter (een rapport van niet-bezorging voor een bericht dat ik niet heb verzonden).',
    notGiven: 'niet opgegeven',
    andMore: 'en nog {count, number}',
    dateWithLocal: '{iso} ({local} mijn lokale tijd)',
    clientLine: 'Outlook: {host} {version}; platform: {platform}; taal: {language}; Mailbox API {set}; rapport gelezen via: {route}',
    trace: 'Het bericht terugvinden (berichttracering)',
    traceMessageId: 'Message-ID van het origineel: {id}',
    traceWindow: 'Verzonden tussen {start} en {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell:',
    traceEac: 'Exchange-beheercentrum, berichttracering: {url}',
    traceServer: 'Rapporterende server: {server}',
    traceQueue: 'Wachtrij-ID: {id} (op {server})',
    mailtoCut: '[Het rapport is ingekort zodat het in een e-maillink past. Gebruik “Rapport kopiëren” voor de volledige tekst.]',
  },
  errors: {
    unreadable: 'De invoer kon niet worden gelezen.',
    empty: 'De invoer is leeg: er is geen bericht om te analyseren.',
    'too-large': 'De invoer is {size} MB; de limiet is {limit} MB.',
    unparseable: 'Het bericht kon niet worden gelezen als e-mail of als Outlook-.msg-bestand.',
    'msg-damaged': 'Dit Outlook-.msg-bestand is beschadigd of gemanipuleerd ({problem}); het is niet gelezen.',
    'analysis-failed': 'Het bericht is gelezen, maar de analyse is onverwacht mislukt.',
    'time-limit':
      'De analyse van dit bericht duurde langer dan {seconds} s en is daarom gestopt. Het bericht is misschien gemaakt om de analyse te vertragen.',
    'memory-limit':
      'De analyse van dit bericht had meer geheugen nodig dan toegestaan en is daarom gestopt. Het bericht is misschien gemaakt om het geheugen uit te putten.',
    'stdin-too-large': 'Standaardinvoer is groter dan de limiet van {limit} MB; die is niet gelezen.',
    'file-not-found': '{file}: bestand niet gevonden',
    'is-directory': '{file}: is een map',
    'not-regular-file': '{file}: geen gewoon bestand (een apparaat, pipe of socket), niet gelezen',
    'file-unreadable': '{file}: bestand kon niet worden gelezen',
  },
  backscatterSigns: {
    'spf-failed': 'De SPF-controle van de ontvangende server voor {domain} gaf “{verdict}”.',
    'dmarc-failed': 'De DMARC-controle van de ontvangende server voor {domain} gaf “{verdict}”.',
    'foreign-message-id': 'De Message-ID van het origineel is gemaakt door {domain}, niet door je eigen e-mailsysteem.',
    'foreign-received': 'Geen van de {count} Received-regels van het origineel noemt {domain} of de e-mailprovider daarvan.',
    'home-origin': 'Het origineel kwam het internet op via een thuis- of inbelverbinding ({origin}), niet via een e-mailserver.',
  },
  cli: {
    forgedSender: 'Vervalste afzender',
    recipientNotNamed: '(geadresseerde niet genoemd)',
    asciiForm: 'ASCII-vorm: {address}',
    lookAlike: 'Waarschuwing voor lookalike-tekens: {flags}',
    andMore: '\u2026 en nog {count}',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Het bericht wordt gelezen\u2026',
    analysing: 'Bezig met analyseren\u2026',
    analysedMessage: 'Wordt geanalyseerd: {subject}',
    readVia: 'Gelezen via {route}.',
    reRead: 'Geselecteerd bericht opnieuw lezen',
    selectionChanged: 'Er is nu een ander bericht geselecteerd. De uitleg hieronder hoort nog bij het bericht dat hierboven staat.',
    noItem:
      'Er kon geen bericht uit Outlook worden gelezen. Outlook laat invoegtoepassingen de meeste bezorgingsrapporten niet openen, dus plak het rapport van niet-bezorging, kies het opgeslagen bestand of sleep het bericht hierheen.',
    restricted:
      'Outlook heeft dit bericht als beperkt gemarkeerd, dus de invoegtoepassing kan het niet lezen. Plak het rapport van niet-bezorging, kies het opgeslagen bestand of sleep het bericht hierheen.',
    readFailed:
      'Het bericht kon niet worden gelezen ({detail}). Plak het rapport van niet-bezorging, kies het opgeslagen bestand of sleep het bericht hierheen.',
    notBounce:
      'Dit bericht lijkt geen rapport van niet-bezorging. Is het er wel een, plak dan hieronder de volledige tekst en we proberen het opnieuw.',
    autoReply: 'Dit is een automatisch antwoord (bijvoorbeeld een afwezigheidsbericht). Je bericht is bezorgd.',
    deliveryReport: 'Dit is een bezorgingsbevestiging: je bericht is aangekomen.',
    feedbackReport: 'Dit is een klachtrapport van een e-mailprovider, geen rapport van niet-bezorging.',
    inputError: 'Deze invoer kon niet worden gelezen: {detail}',
    analysisTimeout:
      'De analyse van dit bericht duurde langer dan {seconds} seconden en is daarom gestopt. Het bericht is misschien beschadigd of gemaakt om de invoegtoepassing te vertragen: vertrouw het niet en vraag IT het bestand zelf te bekijken.',
    analysisCrashed:
      'De analyse van dit bericht is mislukt (het is misschien beschadigd of gemaakt om de invoegtoepassing te laten vastlopen). Vertrouw het niet en vraag IT het bestand zelf te bekijken.',
    addressFlagged:
      'Waarschuwing voor lookalike-tekens: dit adres {flags, select, mixed {mengt alfabetten} bidi {bevat tekens die de tekstrichting omdraaien} zero {bevat onzichtbare tekens} other {bevat ongewone tekens}}, dus het is misschien niet wat het lijkt.',
    addressAscii: 'ASCII-vorm: {address}',
    whoMustAct: 'Wie moet handelen',
    whatHappened: 'Wat er is gebeurd',
    whatToDo: 'Wat je nu kunt doen',
    whatItChecks: 'Wat IT moet controleren',
    recipients: '{count, plural, one {Geadresseerde} other {Geadresseerden (#)}}',
    technicalDetails: 'Technische details',
    copyDetails: 'Technische details kopiëren',
    copied: 'Gekopieerd',
    serverSaid: 'Melding van de server',
    codes: 'Codes',
    servers: 'Servers',
    evidence: 'Waarom we dit denken',
    confidence: 'Zekerheid: {percent}%',
    links: 'Meer informatie',
    backscatterTitle: 'Je hebt dit bericht niet verzonden',
    draftReport: 'Rapport aan IT opstellen',
    draftCompose: 'Dit concept omzetten in het IT-rapport',
    drafting: 'Het rapport wordt voorbereid\u2026',
    draftOpened: 'Er is een conceptrapport geopend. Controleer het en verzend het dan zelf.',
    draftOpenedNoAttachment:
      'Er is een conceptrapport geopend (Outlook stond niet toe het rapport van niet-bezorging zelf bij te voegen). Controleer het en verzend het dan zelf.',
    draftComposeDone:
      'Dit concept is nu het rapport: de helpdesk staat in Aan en de details staan boven het doorgestuurde rapport van niet-bezorging. Controleer het en verzend het dan zelf.',
    draftFallback: 'Outlook kan hier geen nieuw bericht openen. Kopieer het rapport of open het in je e-mailapp.',
    copyReport: 'Rapport kopiëren',
    openMailto: 'Openen in e-mailapp',
    helpdeskLabel: 'Adres van de IT-helpdesk',
    helpdeskHint: 'Waar het rapport heen gaat. Opgeslagen in de instellingen van je postvak.',
    helpdeskSave: 'Opslaan',
    helpdeskSaved: 'Opgeslagen.',
    helpdeskInvalid: 'Voer één e-mailadres in, zoals helpdesk@example.com.',
    helpdeskMissing: 'Er is nog geen helpdeskadres ingesteld: voer het hieronder in, of laat het leeg en vul Aan zelf in.',
    helpdeskFrom:
      '{source, select, user {Je eigen instelling.} url {Ingesteld via de koppeling van de invoegtoepassing.} config {De standaard van je organisatie.} other {Niet ingesteld.}}',
    triedLabel: 'Wat ik al heb geprobeerd (optioneel)',
    inputTitle: 'Zelf een rapport van niet-bezorging analyseren',
    inputHint:
      'Werkt met elk rapport van niet-bezorging: plak de tekst, kies een opgeslagen .eml- of .msg-bestand, of sleep het bericht naar dit vak.',
    pasteLabel: 'Tekst van het rapport van niet-bezorging',
    analyseText: 'Deze tekst uitleggen',
    pickFile: 'Een bestand kiezen (.eml, .msg)',
    dropHere: 'Of zet hier een bericht of bestand neer',
    dropActive: 'Neerzetten om te analyseren',
    fileTooBig: 'Dat bestand is te groot voor een rapport van niet-bezorging ({size}).',
    fileUnreadable: 'Dat bestand kon niet worden gelezen.',
    sourcePaste: 'geplakte tekst',
    sourceFile: 'bestand {name}',
    sourceDrop: 'neergezet bericht {name}',
    sourceSelected: 'het geselecteerde bericht',
    sourceDraft: 'het doorgestuurde rapport van niet-bezorging in dit concept',
    unknownSubject: '(geen onderwerp)',
    unknownValue: 'onbekend',
    routeFile: 'het volledige berichtbestand',
    routeBodyText: 'de berichttekst',
    routeBodyHtml: 'de HTML van het bericht',
    routeHeaders: 'de kopteksten en tekst',
    analysedWhen: 'Ontvangen: {time}',
    selectionUnknown:
      'Outlook laat invoegtoepassingen niet weten wanneer je een bezorgingsrapport verlaat, dus dit deelvenster weet niet wat er nu is geselecteerd. Wil je een ander bericht laten uitleggen, selecteer het dan en kies Opnieuw lezen.',
    routeAttachment: 'het bijgevoegde bericht',
    routeNone: 'niets',
    analyseAnother: 'Nog een rapport van niet-bezorging analyseren',
    techRemote: 'extern',
    techReporting: 'rapporterend',
    techAfter: 'na',
    techServerSaid: 'server meldde',
    techEvidence: 'aanwijzingen',
  },
};
