/**
 * Catalogue français (ICU MessageFormat), même structure et mêmes clés que en.ts. Termes : docs/glossary/fr.md
 * (vocabulaire de Microsoft pour Outlook et Exchange en français). Vouvoiement ; espace insécable avant « : ; ? ! ».
 * Placeholders identiques à l’anglais : {recipient} {domain} {suggestion} {limit} {hasLimit} {code} {until} {verdicts}.
 */
import type { EntryId } from '../catalogue';
import type { Message } from '../../i18n/format';
import type { Catalogue, DelayedTexts, EntryTexts } from './en';

const E = (title: Message, summary: Message, steps: readonly Message[], it: readonly Message[], delayed?: DelayedTexts): EntryTexts =>
  delayed === undefined ? { title, summary, steps, it } : { title, summary, steps, it, delayed };

const TELL_RECIPIENT =
  'Prévenez la personne par un autre moyen, par exemple par téléphone ou par conversation, que votre e-mail n’est pas arrivé.';
const NO_ACTION_YET = 'Rien à faire pour l’instant\u00a0: votre serveur de messagerie continue d’essayer tout seul.';
const AGAIN_LATER = 'Renvoyez le message plus tard.';
const SEND_REPORT = 'Envoyez le rapport préparé à votre support informatique\u00a0; il contient déjà tout ce dont il a besoin.';
const SPF = 'SPF (la liste des serveurs autorisés à envoyer du courrier pour votre domaine)';
const DKIM = 'DKIM (le sceau numérique que votre serveur appose sur chaque message)';
const DMARC = 'DMARC (la règle de votre domaine qui dit aux destinataires quoi faire quand ces contrôles échouent)';

const MAILBOX_DISABLED = E(
  'La boîte aux lettres du destinataire est désactivée',
  'La boîte aux lettres du destinataire existe mais est désactivée, par exemple parce que la personne est partie ou que le compte a été fermé ou suspendu.',
  [TELL_RECIPIENT, 'Demandez-lui, ou à son organisation, une autre adresse.'],
  [
    'Si le destinataire fait partie de votre organisation, vérifiez si la boîte aux lettres est désactivée, sans licence ou supprimée de manière réversible, et restaurez-la ou restaurez son adresse.',
  ],
);

const MAIL_FLOW_RULE = E(
  'Une règle de messagerie a refusé le message',
  'Une règle définie par un administrateur de messagerie a refusé le message. Le rapport de non-remise indique à quelle organisation appartient la règle.',
  [
    'Si le rapport de non-remise donne la raison de la règle, par exemple un type de pièce jointe bloqué, suivez-la et renvoyez le message.',
    'Sinon, envoyez le rapport à votre support informatique\u00a0: il peut trouver la règle.',
  ],
  [
    'Trouvez la règle de flux de messagerie (règle de transport) qui rejette avec ce code (TRANSPORT.RULES.RejectMessage)\u00a0: d’abord dans le suivi des messages de votre propre locataire, sinon dans l’organisation du destinataire.',
  ],
);

const NOT_AUTHENTICATED = E(
  'Seuls les expéditeurs internes sont autorisés',
  'Le destinataire (une boîte aux lettres, un groupe ou un dossier public) n’accepte que le courrier venant de sa propre organisation. Votre message venait de l’extérieur.',
  ['Demandez au propriétaire de cette adresse d’autoriser les expéditeurs externes, ou de vous ajouter.'],
  [
    'Si le destinataire est interne, désactivez «\u00a0Exiger que tous les expéditeurs soient authentifiés\u00a0» ou autorisez cet expéditeur.',
  ],
);

const NO_DMARC_RECORD = E(
  'Il manque à votre domaine un enregistrement exigé par le destinataire',
  'Le serveur destinataire exige que les domaines d’envoi publient une règle de contrôle de leur courrier, et votre domaine n’en a pas. Votre service informatique doit l’ajouter.',
  ['Ne renvoyez pas encore\u00a0; le message serait de nouveau refusé.', SEND_REPORT],
  [
    `Publiez un enregistrement ${DMARC} pour le domaine From\u00a0; p=none suffit pour la règle de Gmail sur les expéditeurs en masse (Gmail 4.7.31 / 5.7.40).`,
  ],
);

const DMARC_ALIGNMENT = E(
  'Votre adresse d’expéditeur ne correspond pas aux contrôles de votre courrier',
  'Le domaine de votre adresse d’expéditeur n’est pas celui pour lequel votre serveur a prouvé qu’il envoie. Le destinataire exige qu’ils correspondent.',
  ['Ne renvoyez pas encore\u00a0; le message serait de nouveau refusé.', SEND_REPORT],
  [
    'Alignez le domaine From sur le domaine SPF (expéditeur de l’enveloppe) ou sur le domaine de signature DKIM (Gmail 4.7.32 / 5.7.32).',
    `Vérifiez l’alignement ${DMARC} pour chaque service qui envoie au nom de votre domaine.`,
  ],
);

const SENDER_DENIED = E(
  'Votre adresse a été refusée',
  'Le serveur destinataire a refusé votre adresse d’expéditeur. Le destinataire vous a peut-être bloqué, ou les contrôles de votre domaine ont échoué.',
  [
    'Demandez au destinataire s’il a bloqué votre adresse.',
    'Si d’autres personnes refusent aussi votre courrier, prévenez votre service informatique.',
  ],
  [`Vérifiez ${SPF} pour le domaine d’envoi.`, 'Vérifiez si l’expéditeur figure dans la liste de blocage du destinataire.'],
);

const entries: Record<EntryId, EntryTexts> = {
  // ---- cas particuliers ----
  backscatter: E(
    'Quelqu’un a usurpé votre adresse',
    'Ce rapport de non-remise concerne un message que vous n’avez jamais envoyé. Un inconnu a mis votre adresse sur son e-mail, et le rapport vous est revenu.',
    [
      'Ne répondez pas à ce rapport et n’ouvrez ni ses liens ni ses pièces jointes.',
      'Supprimez-le. Rien n’a été envoyé depuis votre boîte aux lettres.',
      'Si vous en recevez beaucoup, prévenez votre support informatique pour qu’il les filtre.',
    ],
    [
      `Vérifiez que ${SPF}, ${DKIM} et ${DMARC} sont publiés pour le domaine, avec une stratégie DMARC quarantine ou reject.`,
      'Vérifiez le message d’origine renvoyé\u00a0: il ne devrait pas être passé par vos propres serveurs.',
      'Envisagez un filtre contre la rétrodiffusion (backscatter) s’il en arrive beaucoup.',
    ],
  ),
  'misspelt-domain': E(
    'L’adresse est peut-être mal orthographiée',
    'Le domaine du destinataire, {domain}, est introuvable. Vouliez-vous dire {suggestion}\u00a0?',
    [
      'Vérifiez la partie après le @ de l’adresse\u00a0: vouliez-vous dire {suggestion}\u00a0?',
      'Si oui, corrigez l’adresse et renvoyez le message.',
      'Si Outlook vous a proposé la mauvaise adresse, retirez-la de la saisie semi-automatique\u00a0: commencez à la taper, puis sélectionnez le X à côté de la suggestion.',
    ],
    ['Rien à vérifier de votre côté, sauf si l’adresse est vraiment {domain}.'],
  ),
  delayed: E(
    'Votre message est retardé',
    'Votre serveur de messagerie n’a pas encore pu remettre le message et continue d’essayer. Vous recevrez un autre avis s’il échoue définitivement.',
    ['Rien à faire pour l’instant.', 'Si c’est urgent, joignez la personne par un autre moyen, par exemple par téléphone.'],
    [
      'Si les retards vers ce domaine persistent, vérifiez ses enregistrements MX et votre connectivité sortante.',
      'Lisez la dernière erreur dans le texte de diagnostic.',
    ],
  ),
  'stale-x500': E(
    'Une ancienne adresse enregistrée a été utilisée',
    'Outlook a utilisé une ancienne version enregistrée de ce contact qui ne fonctionne plus. La personne existe peut-être encore sous une nouvelle adresse.',
    [
      'Commencez à taper le nom dans la zone À, puis sélectionnez le X à côté de l’ancienne suggestion pour la retirer de la saisie semi-automatique.',
      'Retapez l’adresse e-mail complète, ou choisissez la personne dans le carnet d’adresses.',
      'Renvoyez le message.',
    ],
    [
      'Vérifiez si la boîte aux lettres a été déplacée, recréée ou migrée\u00a0; son ancien LegacyExchangeDN doit peut-être être ajouté comme adresse proxy X500.',
      'Vérifiez que le carnet d’adresses en mode hors connexion est à jour.',
    ],
  ),
  // ---- le compte de l’expéditeur ----
  'sender-account-held': E(
    'Votre compte doit être vérifié avant de pouvoir envoyer',
    'Votre fournisseur de messagerie a suspendu l’envoi depuis votre compte jusqu’à ce que vous confirmiez que c’est bien vous. Les adresses des destinataires ne sont pas en cause.',
    [
      'Connectez-vous à votre boîte aux lettres sur le web (pour Outlook.com\u00a0: outlook.com) et suivez les instructions pour vérifier votre compte.',
      'Si vous n’avez pas envoyé une quantité inhabituelle de courrier, changez votre mot de passe.',
      'Renvoyez ensuite le message.',
    ],
    [
      'Recherchez des signes de compromission du compte\u00a0: connexions, règles de boîte de réception, transfert.',
      'STOREDRV.Submission OutboundSpamException (verdict WASCL HipSend, ShowTierUpgrade) est le blocage du fournisseur pour courrier indésirable sortant\u00a0; seul le titulaire du compte peut le lever en se vérifiant.',
    ],
  ),

  // ---- propres au texte ----
  'ms-own-mailbox-full': E(
    'Votre propre boîte aux lettres est pleine',
    'Votre propre boîte aux lettres dépasse sa limite de taille, elle ne peut donc pas envoyer. Les éléments envoyés comptent dans cette limite.',
    [
      'Videz les Éléments supprimés et supprimez ou archivez les gros messages anciens, y compris dans les Éléments envoyés.',
      'Renvoyez le message une fois de la place libérée.',
    ],
    [
      'STOREDRV.Submission QuotaExceededException\u00a0: quota de la boîte aux lettres de l’expéditeur lui-même, pas du destinataire.',
      'Vérifiez le quota de la boîte aux lettres de l’expéditeur et les paramètres de rétention des Éléments envoyés\u00a0; envisagez une boîte aux lettres d’archivage.',
    ],
  ),
  'submission-quota': E(
    'Vous avez atteint votre limite d’envoi',
    'Votre compte a écrit à plus de destinataires que le nombre autorisé par jour, votre propre service de messagerie a donc arrêté l’envoi pour l’instant. Les destinataires ne sont pas en cause.',
    [
      'Renvoyez le message demain\u00a0; la limite porte sur les dernières 24 heures.',
      'Écrivez à moins de personnes à la fois, ou demandez à votre service informatique un outil d’envoi pour les grandes listes.',
      'Si vous n’avez pas envoyé autant de courrier, prévenez tout de suite votre service informatique\u00a0: votre compte est peut-être utilisé à votre insu.',
    ],
    [
      'STOREDRV.Submission SubmissionQuotaExceeded\u00a0: limite de débit de destinataires de l’expéditeur (10 000 destinataires par jour dans Exchange Online).',
      'Vérifiez le volume d’envoi récent du compte pour détecter des signes de compromission.',
    ],
  ),
  'ms-dbeb': E(
    'L’adresse du destinataire n’y est pas connue',
    'Le service de messagerie du destinataire ne reconnaît pas cette adresse. Elle est peut-être mal orthographiée ou n’existe plus.',
    [
      'Vérifiez l’orthographe de {recipient}.',
      'Demandez à la personne son adresse actuelle par un autre moyen.',
      'Renvoyez le message avec la bonne adresse.',
    ],
    [
      'Si le destinataire fait partie de votre organisation, vérifiez que l’adresse est synchronisée avec Microsoft 365 (blocage en périphérie basé sur l’annuaire, DBEB).',
    ],
  ),
  'relay-denied': E(
    'Un serveur a refusé de transmettre le message',
    'Un serveur de messagerie a refusé de transmettre votre message au domaine du destinataire. C’est un problème de configuration entre serveurs, pas de votre message.',
    ['Ne renvoyez pas encore\u00a0: l’envoi échouerait de la même façon.', SEND_REPORT],
    [
      'Vérifiez les connecteurs et les autorisations de relais pour ce chemin d’envoi.',
      'Vérifiez que les enregistrements MX du domaine du destinataire pointent vers les bons serveurs.',
      'Si un appareil ou une application envoie par votre serveur, vérifiez qu’il est autorisé à relayer ou qu’il se connecte avec SMTP AUTH.',
    ],
  ),
  'restricted-recipient': E(
    'Vous n’êtes pas autorisé à écrire à cette adresse',
    'Le destinataire n’accepte le courrier que de certains expéditeurs, par exemple les membres d’un groupe. Votre adresse ne figure pas dans cette liste.',
    [
      'Demandez au propriétaire du groupe ou de la boîte aux lettres d’autoriser votre adresse, ou de transférer votre message.',
      'Rejoignez d’abord le groupe si c’est ainsi qu’il fonctionne.',
    ],
    [
      'Si le destinataire est interne, vérifiez les restrictions de remise, la modération et les règles de flux de messagerie de cette boîte aux lettres ou de ce groupe.',
    ],
  ),
  'blocklisted-ip': E(
    'Votre serveur de messagerie figure sur une liste de blocage',
    'Le serveur destinataire a refusé le courrier du serveur de votre organisation, car ce serveur est répertorié comme source de courrier indésirable. Votre message lui-même n’est pas en cause.',
    ['Ne renvoyez pas maintenant\u00a0; le message serait de nouveau refusé.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Recherchez l’adresse IP d’envoi sur la liste de blocage nommée dans le texte du serveur et suivez sa procédure de retrait.',
      'Recherchez des comptes ou appareils compromis qui envoient du courrier indésirable.',
      'Envisagez d’envoyer par un autre réseau ou un relais de bonne réputation jusqu’au retrait de la liste.',
    ],
  ),
  'ms-generic-remote': E(
    'Le serveur du destinataire a refusé le message',
    'Le serveur du destinataire a refusé le message, et Microsoft 365 a transmis son erreur sans raison claire. Votre service informatique peut lire les détails dans le rapport de non-remise.',
    [TELL_RECIPIENT, SEND_REPORT],
    [
      'Lisez l’erreur distante d’origine dans le texte de diagnostic.',
      'Recherchez des formats de message (comme Texte enrichi / TNEF) que le côté distant pourrait refuser.',
    ],
  ),
  'ms-x-dg-ref': E(
    'Le format du message a été refusé',
    'Le message a été envoyé au format Texte enrichi d’Outlook ou avec trop d’éléments joints. Le serveur du destinataire a refusé ce format.',
    ['Passez le message en HTML (Format du texte, puis HTML) et renvoyez-le.', 'Joignez moins de fichiers incorporés, ou compressez-les.'],
    ['Vérifiez les paramètres TNEF (Texte enrichi) des domaines distants.'],
  ),
  'google-login': E(
    'Gmail a refusé la connexion',
    'L’application d’envoi n’a pas pu se connecter au serveur de messagerie. Le mot de passe a été refusé ou le compte exige une connexion dans un navigateur.',
    [
      'Connectez-vous à votre compte dans un navigateur web et suivez les éventuelles invites de sécurité.',
      'Si votre compte utilise la validation en deux étapes, créez un mot de passe d’application et utilisez-le dans l’application.',
      'Renvoyez le message.',
    ],
    ['Vérifiez que l’application ou l’appareil utilise une méthode de connexion prise en charge (OAuth ou mot de passe d’application).'],
  ),
  'spam-content': E(
    'Le message ressemblait à du courrier indésirable',
    'Le filtre du destinataire a jugé votre message indésirable. Les liens, les pièces jointes, la formulation ou la réputation d’envoi de votre organisation peuvent en être la cause.',
    [
      'Vérifiez dans le message ce que les filtres n’aiment pas\u00a0: beaucoup de liens, des liens raccourcis, de grandes images avec peu de texte, ou des fichiers que la personne n’attendait pas.',
      'Dites à la personne par un autre moyen que votre message a été refusé, pour qu’elle demande à son service informatique de l’examiner.',
      'Si plusieurs personnes refusent votre courrier comme indésirable, prévenez votre service informatique.',
    ],
    [
      'Vérifiez que SPF, DKIM et DMARC réussissent pour votre domaine.',
      'Vérifiez la réputation de l’IP et du domaine d’envoi (par exemple Google Postmaster Tools) et les taux de plaintes.',
    ],
  ),
  reputation: E(
    'Le serveur de messagerie de votre organisation a une mauvaise réputation',
    'Le fournisseur destinataire a refusé le courrier du serveur de votre organisation à cause de sa réputation ou d’un volume inhabituel. Votre message lui-même n’est sans doute pas en cause.',
    ['Ne renvoyez pas maintenant\u00a0; le message serait de nouveau refusé.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Vérifiez le volume d’envoi et les taux de plaintes pour l’IP et le domaine d’envoi.',
      'Vérifiez que SPF, DKIM et DMARC réussissent pour tout le courrier.',
      'Utilisez les pages d’assistance aux expéditeurs du fournisseur pour demander une levée (Google Postmaster Tools, Yahoo Sender Hub, support des expéditeurs Microsoft).',
    ],
    {
      title: 'Votre serveur de messagerie est ralenti',
      summary:
        'Le fournisseur destinataire limite le courrier du serveur de votre organisation à cause de sa réputation ou de son volume. Votre serveur essaie encore de remettre le message.',
      steps: [NO_ACTION_YET, 'Si un avis d’échec définitif suit, envoyez le rapport à votre support informatique.'],
    },
  ),
  'malformed-message': E(
    'Le message n’était pas construit correctement',
    'Le serveur destinataire a trouvé un problème dans les en-têtes du message, par exemple une ligne From manquante ou en double. Cela vient en général d’une application ou d’un appareil, pas d’Outlook.',
    [
      'Si vous avez envoyé depuis une application, un scanner ou un site web, dites à votre service informatique lequel.',
      'Essayez d’envoyer le même message directement depuis Outlook.',
    ],
    ['Vérifiez que l’application d’envoi écrit un seul en-tête From valide et un Message-ID (RFC 5322).'],
  ),
  'receiving-too-fast': E(
    'Le destinataire reçoit trop de courrier',
    'La boîte aux lettres du destinataire a reçu du courrier plus vite que son fournisseur ne le permet, votre message a donc été refusé.',
    [TELL_RECIPIENT, 'Renvoyez le message dans quelques heures.'],
    ['Rien à corriger de votre côté, sauf si vous avez envoyé beaucoup de messages à cette personne en peu de temps.'],
    {
      summary:
        'La boîte aux lettres du destinataire reçoit du courrier plus vite que son fournisseur ne le permet. Votre message a été mis en attente et votre serveur essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  'blocked-content': E(
    'Une pièce jointe ou un lien a été bloqué',
    'Le serveur destinataire a bloqué le message à cause d’un type de pièce jointe ou d’un contenu qu’il juge dangereux.',
    [
      'Retirez la pièce jointe bloquée et renvoyez le message sans elle.',
      'Si la personne a besoin du fichier, demandez à votre service informatique quel moyen de partage votre organisation autorise.',
    ],
    ['Vérifiez quel type de pièce jointe ou quel lien le fournisseur du destinataire a bloqué, et si le fichier est sûr.'],
  ),

  // ---- Microsoft 365 ----
  'ms-relay-pool': E(
    'Microsoft 365 n’a pas pu relayer votre message',
    'Votre message a été transféré ou relayé par Microsoft 365, et le serveur suivant l’a refusé. La configuration de messagerie de votre organisation est en cause\u00a0: renvoyer ne servira à rien.',
    ['Ne renvoyez pas\u00a0; l’envoi échouerait de la même façon.', SEND_REPORT, TELL_RECIPIENT],
    [
      `Vérifiez ${SPF}\u00a0: il doit inclure chaque service qui envoie pour votre domaine.`,
      `Vérifiez que la signature ${DKIM} est activée pour le domaine dans Microsoft 365.`,
      `Vérifiez ${DMARC} et que le courrier y est aligné.`,
      'Vérifiez les connecteurs entrants\u00a0: le courrier de vos propres passerelles doit correspondre à un connecteur (ou utiliser le filtrage amélioré) pour que Microsoft 365 n’utilise pas son pool de relais.',
      'Vérifiez que le domaine de l’expéditeur est un domaine accepté dans le locataire.',
      'Vérifiez les règles de transfert qui renvoient le courrier vers des adresses externes.',
      'Si des appareils ou applications envoient par Microsoft 365, vérifiez qu’ils se connectent avec SMTP AUTH ou correspondent à un connecteur.',
      'Vérifiez que l’IP d’envoi n’est pas sur une liste de blocage, et si l’échec ne se produit que depuis un réseau (domicile, VPN ou agence).',
    ],
  ),
  'recipient-not-found': E(
    'L’adresse n’existe pas',
    'L’organisation du destinataire n’a aucune boîte aux lettres à cette adresse. Elle est peut-être mal orthographiée, ou la personne est peut-être partie.',
    [
      'Vérifiez l’orthographe de {recipient}.',
      'Retirez l’adresse de la saisie semi-automatique si Outlook l’a proposée, puis retapez-la.',
      'Si vous n’avez pas tapé cette adresse, la personne y transfère peut-être son courrier\u00a0: dites-lui que son transfert ne fonctionne pas.',
      'Demandez à la personne son adresse actuelle par un autre moyen.',
    ],
    [
      'Si le destinataire fait partie de votre organisation, vérifiez que l’utilisateur existe, qu’il a une licence et que le domaine est correctement configuré.',
      'Vérifiez les règles de transfert de la boîte aux lettres du destinataire si l’adresse n’est pas celle que l’expéditeur a tapée.',
    ],
  ),
  'ms-sender-denied': SENDER_DENIED,
  'ms-bad-outbound-sender': E(
    'Votre compte a été bloqué pour l’envoi',
    'Microsoft 365 a empêché votre compte d’envoyer, car il semblait envoyer du courrier indésirable. En général, quelqu’un d’autre a accédé à votre compte.',
    [
      'Changez votre mot de passe maintenant.',
      'Recherchez des logiciels malveillants sur vos appareils.',
      'Prévenez tout de suite votre service informatique pour qu’il vous débloque.',
    ],
    [
      'Recherchez des signes de compromission du compte (connexions, règles de boîte de réception, transfert).',
      'Après nettoyage, retirez l’utilisateur des Entités restreintes dans le portail Microsoft Defender.',
    ],
  ),
  'multiple-from': E(
    'Le message avait plus d’un expéditeur',
    'Le message indiquait plusieurs adresses From sans ligne Sender. Les serveurs refusent ce format.',
    ['Envoyez depuis une seule adresse d’expéditeur.', 'Si une application l’a envoyé, dites à votre service informatique laquelle.'],
    ['Vérifiez les paramètres des en-têtes From et Sender de l’application d’envoi.'],
  ),
  'daily-recipient-limit': E(
    'Vous avez atteint la limite quotidienne de destinataires',
    'Votre compte a écrit à plus de destinataires que le nombre autorisé en une journée. L’envoi est suspendu jusqu’à la remise à zéro de la limite.',
    [
      'Renvoyez le message demain\u00a0; la limite porte sur les dernières 24 heures.',
      'Si vous n’avez pas envoyé autant, prévenez votre service informatique\u00a0: votre compte est peut-être utilisé à votre insu.',
    ],
    ['Vérifiez les envois récents du compte pour détecter des signes de compromission.'],
  ),
  'hourly-sender-limit': E(
    'Vous avez envoyé trop de messages à cette personne',
    'Le service du destinataire limite le nombre de messages qu’un même expéditeur peut lui envoyer par heure. Vous avez dépassé cette limite.',
    ['Renvoyez le message dans une heure.', 'Si une application ou une règle envoie ces messages, ralentissez-la.'],
    ['Recherchez des boucles d’envoi automatique vers ce destinataire.'],
  ),
  'hourly-recipient-limit': E(
    'Le destinataire a reçu trop de courrier cette heure-ci',
    'La boîte aux lettres du destinataire a reçu plus de messages qu’elle n’en accepte par heure. Votre message a été refusé pour l’instant.',
    ['Renvoyez le message plus tard.', TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  'ms-journaling': E(
    'La copie d’archive de votre message n’a pas pu être enregistrée',
    'Votre organisation conserve des copies d’archive du courrier, et la copie de ce message n’a pas pu être enregistrée dans Microsoft 365. C’est un paramètre d’administrateur.',
    [SEND_REPORT],
    ['Vérifiez les règles de journalisation qui ciblent Microsoft 365, et les paramètres de l’archive de journalisation.'],
  ),
  'ms-thread-limit': E(
    'La boîte aux lettres du destinataire est occupée',
    'La boîte aux lettres du destinataire a reçu un afflux de courrier ou contient trop d’éléments, elle n’a donc pas accepté votre message.',
    [TELL_RECIPIENT, AGAIN_LATER],
    [
      'Si le destinataire est interne, recherchez un afflux massif de courrier vers sa boîte aux lettres, ou un dossier au-delà de sa limite d’éléments.',
    ],
    {
      summary:
        'La boîte aux lettres du destinataire reçoit un afflux de courrier et accepte les messages lentement. Votre serveur essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mail-loop': E(
    'Le message a tourné en boucle',
    'Le message est passé trop de fois entre les serveurs, il a donc été arrêté. Un paramètre de transfert ou de routage le fait tourner en boucle.',
    [SEND_REPORT],
    [
      'Vérifiez que le domaine du destinataire fait autorité là où il le doit.',
      'Recherchez des boucles dans les connecteurs et les hôtes actifs (surtout en configuration hybride) et dans les règles de transfert.',
    ],
  ),
  'dns-failed': E(
    'Le domaine du destinataire est introuvable',
    'Votre serveur de messagerie n’a pas trouvé où remettre le courrier pour le domaine du destinataire. Les paramètres internet de ce domaine sont peut-être défectueux.',
    ['Vérifiez que l’adresse ne contient pas de faute de frappe.', TELL_RECIPIENT, 'Réessayez plus tard.'],
    ['Vérifiez les enregistrements MX du domaine du destinataire depuis votre réseau.'],
  ),
  'connection-refused': E(
    'Le serveur du destinataire ne répond pas',
    'Le serveur de messagerie du destinataire a refusé les connexions de votre serveur de messagerie. Il est peut-être en panne ou vous bloque.',
    [TELL_RECIPIENT, 'Réessayez plus tard.'],
    ['Vérifiez la connectivité de vos serveurs sortants vers l’hôte MX du destinataire.'],
  ),
  'tls-certificate': E(
    'Une connexion sécurisée n’a pas pu être établie',
    'Votre serveur de messagerie n’a pas pu établir de connexion chiffrée avec le serveur du destinataire. Son certificat de sécurité ou ses paramètres semblent incorrects.',
    [TELL_RECIPIENT, 'Réessayez plus tard.'],
    ['Vérifiez la chaîne de certificats du serveur distant, et si votre côté exige TLS pour ce domaine.'],
  ),
  'connection-dropped': E(
    'La connexion a été coupée',
    'La connexion au serveur du destinataire s’est coupée à plusieurs reprises pendant l’envoi, la remise a donc échoué.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Si cela se répète, recherchez des problèmes réseau vers les serveurs du destinataire.'],
    {
      summary: 'La connexion au serveur du destinataire s’est coupée pendant l’envoi. Votre serveur essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  'mta-sts': E(
    'La règle de sécurité du destinataire n’est pas respectée',
    'Le domaine du destinataire publie une règle de sécurité pour ses serveurs de messagerie, et ses serveurs ne la respectent pas. Votre serveur a refusé de remettre le message sans elle.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Vérifiez la stratégie MTA-STS et les noms MX du domaine du destinataire (c’est au côté destinataire de corriger).'],
  ),
  'mta-sts-certificate': E(
    'Le certificat du serveur du destinataire a échoué à un contrôle',
    'Le serveur de messagerie du destinataire a présenté un certificat de sécurité que la règle de son propre domaine n’accepte pas.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Le côté destinataire doit corriger son certificat ou sa stratégie MTA-STS.'],
  ),
  dane: E(
    'Le contrôle de chiffrement du destinataire a échoué',
    'Le domaine du destinataire publie un contrôle qui prouve que son serveur de messagerie est authentique, et ce contrôle a échoué.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Le côté destinataire doit corriger ses enregistrements DANE (TLSA) ou DNSSEC.'],
  ),
  expired: E(
    'Le message n’a pas pu être remis à temps',
    'Votre serveur de messagerie a essayé longtemps sans pouvoir joindre le serveur du destinataire. Il a maintenant abandonné.',
    [TELL_RECIPIENT, 'Vérifiez l’adresse, puis renvoyez le message plus tard.'],
    [
      'Si chaque message vers ce domaine échoue, vérifiez ses enregistrements MX et votre connectivité sortante.',
      'Si tous les domaines échouent, vérifiez votre propre flux de messagerie sortant.',
    ],
  ),
  'ms-bare-lf': E(
    'Le message contenait des caractères refusés par le destinataire',
    'Le message contenait des fins de ligne que le serveur du destinataire n’accepte pas. Cela arrive souvent avec les messages créés par des applications.',
    ['Envoyez le message depuis Outlook sur le web, ou sans la pièce jointe.'],
    ['Le côté destinataire peut autoriser les sauts de ligne isolés (bare LF) ou prendre en charge BDAT.'],
  ),
  'ms-not-authenticated-by-org': NOT_AUTHENTICATED,
  'group-allowed-senders': E(
    'Vous ne figurez pas parmi les expéditeurs autorisés du groupe',
    'Le groupe n’accepte que les messages de ses membres ou des expéditeurs listés. Votre adresse n’en fait pas partie.',
    ['Demandez au propriétaire du groupe de vous ajouter, ou de transférer votre message.'],
    ['Vérifiez les expéditeurs autorisés du groupe et si les expéditeurs externes sont permis.'],
  ),
  'restricted-list': E(
    'Le destinataire n’accepte que les expéditeurs listés',
    'Le destinataire n’accepte le courrier que des personnes de sa liste, et vous n’y figurez pas.',
    ['Demandez au destinataire de vous ajouter, ou joignez-le par un autre moyen.'],
    ['En configuration hybride, vérifiez si le compte local est désactivé.'],
  ),
  'tenant-external-limit': E(
    'Votre organisation a atteint sa limite quotidienne',
    'Votre organisation a envoyé plus de courrier vers l’extérieur en 24 heures que Microsoft 365 ne le permet. Le courrier externe est suspendu jusqu’à la remise à zéro.',
    ['Renvoyez le message demain\u00a0; prévenez votre service informatique si c’est urgent.'],
    [
      'Consultez le rapport des destinataires externes sortants du locataire pour repérer un volume inhabituel.',
      'Recherchez des comptes compromis ou des connecteurs illégitimes.',
    ],
  ),
  'moera-limit': E(
    'L’adresse onmicrosoft.com est limitée',
    'Votre message a été envoyé depuis une adresse onmicrosoft.com, qui ne peut écrire qu’à un petit nombre de personnes externes par jour.',
    ['Envoyez plutôt depuis l’adresse du domaine propre à votre organisation.'],
    ['Ajoutez et vérifiez un domaine personnalisé et faites-en le domaine par défaut des expéditeurs.'],
  ),
  'ms-spam-abuse': E(
    'Votre organisation est bloquée pour courrier indésirable',
    'Microsoft 365 a bloqué le courrier de votre compte ou de votre serveur, car du courrier indésirable a été détecté. En général, un compte a été utilisé à mauvais escient.',
    ['Prévenez tout de suite votre service informatique.', 'Changez votre mot de passe si vous n’avez pas envoyé ce courrier.'],
    [
      'Recherchez les comptes et connecteurs compromis.',
      'Une fois le problème corrigé, demandez le retrait de la liste via le support Microsoft ou le portail de retrait (delist).',
    ],
  ),
  'banned-recipient': E(
    'L’adresse du destinataire est interdite',
    'Le service du destinataire refuse tout courrier vers cette adresse.',
    [TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  'bad-helo': E(
    'Votre serveur de messagerie s’est mal présenté',
    'Votre serveur de messagerie s’est présenté au serveur du destinataire sous un nom qu’il ne devrait pas utiliser. Le destinataire l’a refusé.',
    [SEND_REPORT],
    ['Vérifiez le nom HELO/EHLO de votre serveur sortant.'],
  ),
  'blocked-by-recipient': E(
    'L’organisation du destinataire vous a bloqué',
    'L’organisation du destinataire a ajouté votre serveur ou votre adresse à sa propre liste de blocage.',
    ['Demandez au destinataire de faire lever le blocage par son service informatique.'],
    ['Rien à changer de votre côté, sauf si d’autres organisations vous bloquent aussi.'],
  ),
  'ipv6-limits': E(
    'Le destinataire a refusé le type de connexion de votre serveur',
    'Votre serveur de messagerie s’est connecté avec un type d’adresse internet plus récent, et le destinataire a refusé ou limité le courrier envoyé ainsi.',
    [SEND_REPORT],
    ['Vérifiez l’envoi en IPv6\u00a0: enregistrements PTR et SPF/DKIM pour IPv6, ou envoyez en IPv4.'],
  ),
  'dmarc-fail': E(
    'Les contrôles de courrier de votre domaine ont échoué',
    'Le destinataire n’a pas pu confirmer que le message venait bien de votre domaine\u00a0; il a donc appliqué la règle de votre domaine et l’a refusé. Renvoyer ne servira à rien tant que ce n’est pas corrigé.',
    ['Ne renvoyez pas encore.', SEND_REPORT],
    [
      `Vérifiez que ${SPF} inclut chaque service qui envoie pour votre domaine.`,
      `Vérifiez que la signature ${DKIM} est activée et alignée sur le domaine From.`,
      `Vérifiez ${DMARC}\u00a0; le transfert peut casser SPF, c’est donc DKIM qui compte le plus.`,
    ],
  ),
  'outlook-auth-level': E(
    'Votre domaine ne satisfait pas aux contrôles d’Outlook.com',
    'Outlook.com exige des grands expéditeurs qu’ils prouvent que leur courrier vient bien de leur domaine, et ce message ne l’a pas fait. Il a été refusé.',
    ['Ne renvoyez pas encore.', SEND_REPORT],
    [`Vérifiez que ${SPF}, ${DKIM} et ${DMARC} réussissent tous et sont alignés sur le domaine From.`],
  ),
  'forwarding-blocked': E(
    'Le transfert automatique est désactivé',
    'Votre organisation n’autorise pas le transfert automatique des messages vers des adresses externes. Une règle de transfert a tenté de le faire.',
    ['Désactivez la règle de transfert, ou demandez à votre service informatique si le transfert peut vous être autorisé.'],
    [
      'Vérifiez la stratégie anti-courrier indésirable sortant pour le transfert externe\u00a0; si c’est permis, créez une stratégie pour les utilisateurs concernés.',
    ],
  ),
  'smtp-auth': E(
    'L’application d’envoi ne s’est pas connectée',
    'L’application ou l’appareil d’envoi ne s’est pas connecté au serveur de messagerie, le serveur a donc refusé d’envoyer.',
    [
      'Vérifiez le nom d’utilisateur et le mot de passe enregistrés dans l’application ou l’appareil.',
      'Demandez à votre service informatique les bons paramètres de serveur de messagerie pour cette application ou cet appareil.',
    ],
    [
      'Vérifiez que SMTP AUTH est activé pour la boîte aux lettres et le locataire, que l’application utilise le port 587 avec STARTTLS, et qu’elle prend en charge l’authentification moderne.',
    ],
  ),
  'connector-mismatch': E(
    'L’itinéraire de messagerie de votre organisation n’est plus reconnu',
    'Microsoft 365 ne reconnaît plus le serveur qui a envoyé ce message comme appartenant à votre organisation, il l’a donc refusé.',
    [SEND_REPORT],
    ['Comparez le nom de certificat ou les adresses IP du connecteur entrant avec le serveur d’envoi (TenantAttribution).'],
  ),
  'own-block-list': E(
    'Votre organisation bloque ce destinataire',
    'La liste de blocage de votre propre organisation contient l’un des destinataires, tout le message a donc été arrêté.',
    ['Retirez ce destinataire et renvoyez le message, ou interrogez votre service informatique sur ce blocage.'],
    ['Vérifiez la liste d’autorisation/de blocage du locataire (Tenant Allow/Block List).'],
  ),
  'tenant-ip-refused': E(
    'Microsoft 365 n’accepte pas le courrier de cette source',
    'Microsoft 365 a refusé le courrier de ce serveur ou de ce domaine d’envoi. Cela arrive souvent aux configurations nouvelles ou non vérifiées.',
    [SEND_REPORT],
    [
      'Vérifiez que les domaines sont ajoutés et vérifiés et que les connecteurs sont corrects\u00a0; si besoin, demandez une exception au support.',
    ],
  ),
  'mail-flow-rule': MAIL_FLOW_RULE,
  'ms-ip-throttle': E(
    'Microsoft a limité le courrier du serveur de votre organisation',
    'Microsoft a refusé pour l’instant le courrier du serveur de votre organisation, car il envoie beaucoup plus que d’habitude.',
    [AGAIN_LATER, 'Si cela se répète, prévenez votre service informatique.'],
    ['Recherchez un volume d’envoi inhabituel et envisagez un connecteur ou un filtre tiers pour le courrier relayé.'],
    {
      title: 'Microsoft ralentit votre serveur de messagerie',
      summary:
        'Microsoft limite temporairement le courrier de votre serveur, car il envoie beaucoup plus que d’habitude. Votre serveur essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  'banned-ip': E(
    'L’adresse de votre serveur de messagerie est bloquée',
    'Le service destinataire a mis l’adresse IP de votre serveur d’envoi sur sa liste de blocage. Votre message lui-même n’est pas en cause.',
    ['Ne renvoyez pas maintenant.', SEND_REPORT],
    ['Demandez le retrait de la liste (pour Microsoft\u00a0: sender.office.com) et recherchez des comptes compromis.'],
  ),
  'recipient-domain-refused': E(
    'Le serveur du destinataire n’accepte pas cette adresse',
    'Le serveur de messagerie du destinataire a refusé l’adresse. Son domaine est peut-être mal configuré, ou l’adresse n’existe peut-être pas.',
    ['Vérifiez l’adresse.', TELL_RECIPIENT],
    ['Vérifiez les enregistrements MX du domaine du destinataire\u00a0; un changement DNS récent peut prendre jusqu’à 72 heures.'],
  ),

  // ---- codes standard ----
  'unknown-failure': E(
    'Le message a été refusé sans raison claire',
    'Le serveur destinataire a refusé le message mais n’a donné qu’une erreur générale. Votre service informatique peut lire les détails dans le rapport de non-remise.',
    [TELL_RECIPIENT, SEND_REPORT],
    ['Lisez le texte de diagnostic et les serveurs impliqués.'],
  ),
  'address-problem': E(
    'L’adresse pose un problème',
    'Le serveur destinataire a signalé un problème avec l’adresse, sans plus de détails.',
    ['Vérifiez que l’adresse ne contient pas de faute de frappe et renvoyez le message.'],
    ['Lisez le texte de diagnostic pour connaître la cause exacte.'],
  ),
  'address-unknown': E(
    'L’adresse n’existe pas',
    'Le serveur de messagerie du destinataire n’a aucune boîte aux lettres nommée {recipient}. L’adresse est peut-être mal orthographiée, ou la personne est peut-être partie.',
    [
      'Vérifiez l’orthographe de l’adresse.',
      'Si Outlook l’a proposée, retirez-la de la saisie semi-automatique et retapez-la.',
      'Si vous n’avez pas tapé cette adresse, la personne y transfère peut-être son courrier\u00a0: dites-lui que son transfert ne fonctionne pas.',
      'Demandez à la personne son adresse actuelle par un autre moyen, puis renvoyez le message.',
    ],
    [
      'Si le destinataire est interne, vérifiez que la boîte aux lettres existe et possède cette adresse.',
      'Si vous n’avez jamais envoyé ce message, recherchez un expéditeur usurpé.',
    ],
  ),
  'domain-unknown': E(
    'Le domaine du destinataire n’existe pas',
    'La partie après le @ dans {recipient} n’existe pas ou ne peut pas recevoir de courrier. Elle est sans doute mal orthographiée.',
    ['Vérifiez que la partie après le @ ne contient pas de faute de frappe.', 'Renvoyez le message avec l’adresse corrigée.'],
    ['Si vous êtes sûr que le domaine est correct, vérifiez qu’il se résout depuis votre réseau.'],
  ),
  'address-syntax': E(
    'L’adresse n’est pas écrite correctement',
    'L’adresse n’est pas une adresse e-mail valide\u00a0: par exemple, elle contient une espace ou il lui manque une partie.',
    ['Vérifiez que l’adresse ne contient ni espace ni virgule et qu’il ne manque aucun caractère, puis renvoyez le message.'],
    ['Rien à vérifier, sauf si l’adresse semble correcte.'],
  ),
  'address-ambiguous': E(
    'L’adresse correspond à plusieurs personnes',
    'Le serveur destinataire a trouvé plusieurs boîtes aux lettres qui correspondent à cette adresse.',
    ['Utilisez l’adresse e-mail complète de la personne et renvoyez le message.'],
    ['Si le destinataire est interne, recherchez des adresses en double dans l’annuaire.'],
  ),
  delivered: E(
    'Le message a été remis',
    'Cet avis confirme que votre message est arrivé sur le serveur du destinataire. Tout s’est bien passé.',
    ['Rien à faire.'],
    ['Rien à vérifier.'],
  ),
  moved: E(
    'La personne a une nouvelle adresse',
    'La boîte aux lettres a été déplacée et le courrier envoyé à l’ancienne adresse n’est plus transféré.',
    ['Trouvez la nouvelle adresse de la personne et renvoyez le message.', 'Mettez à jour votre fiche de contact.'],
    ['Rien à vérifier de votre côté.'],
  ),
  'sender-address-bad': E(
    'Votre adresse d’expéditeur a été refusée',
    'Le serveur destinataire n’a pas accepté l’adresse d’expéditeur ou son domaine. Un nouvel envoi identique échouera de nouveau.',
    ['Si vous avez envoyé depuis une application ou un appareil, vérifiez son adresse d’expéditeur.', SEND_REPORT],
    [
      `Vérifiez que le domaine de l’expéditeur existe et se résout, et que ${SPF} est publié.`,
      'Vérifiez l’expéditeur de l’enveloppe (Return-Path) utilisé par le serveur.',
    ],
  ),
  'relayed-no-dsn': E(
    'Le message a été transmis sans confirmation',
    'Le message a été confié à un système qui n’envoie pas de notifications de remise. Aucune erreur n’est connue.',
    ['Rien à faire, sauf si la personne dit ne jamais l’avoir reçu.'],
    ['Rien à vérifier.'],
  ),
  'null-mx': E(
    'Le domaine du destinataire n’accepte pas d’e-mails',
    'Le domaine du destinataire indique qu’il n’accepte aucun e-mail. L’adresse ne peut pas fonctionner.',
    ['Vérifiez l’adresse\u00a0; la personne utilise peut-être un autre domaine pour ses e-mails.', TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  'mailbox-problem': E(
    'La boîte aux lettres du destinataire a refusé le message',
    'La boîte aux lettres du destinataire ou son filtre a refusé votre message.',
    [TELL_RECIPIENT, 'Demandez-lui s’il filtre ou bloque les messages comme le vôtre.'],
    ['Lisez le texte de diagnostic pour connaître la cause exacte.'],
  ),
  'mailbox-disabled': MAILBOX_DISABLED,
  'mailbox-full': E(
    'La boîte aux lettres du destinataire est pleine',
    'La boîte aux lettres du destinataire n’a plus de place, elle ne peut donc plus recevoir de courrier.',
    [
      TELL_RECIPIENT,
      'Renvoyez le message plus tard, une fois qu’il aura fait de la place.',
      'Envoyez plutôt les grosses pièces jointes sous forme de liens.',
    ],
    ['Si le destinataire est interne, vérifiez le quota de sa boîte aux lettres.'],
  ),
  'too-big-for-recipient': E(
    'Le message est trop volumineux pour ce destinataire',
    '{hasLimit, select, yes {Le message dépasse la taille acceptée par ce destinataire (sa limite\u00a0: {limit}).} other {Le message dépasse la taille acceptée par ce destinataire.}}',
    ['Retirez ou réduisez les pièces jointes, ou partagez-les sous forme de liens.', 'Renvoyez le message.'],
    ['Si le destinataire est interne, vérifiez sa limite de taille par destinataire.'],
  ),
  'list-problem': E(
    'La liste de diffusion n’a pas pu le remettre',
    'L’adresse est une liste de diffusion ou un groupe qui n’a pas pu transmettre votre message à ses membres.',
    ['Interrogez le propriétaire de la liste.'],
    ['Si elle est interne, vérifiez les paramètres d’expansion de la liste ou du groupe.'],
  ),
  'remote-system': E(
    'Le système de messagerie du destinataire a eu un problème',
    'Le serveur de messagerie du destinataire a signalé un problème interne. Votre message n’en est pas la cause.',
    ['Renvoyez le message plus tard.', TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  'remote-disk-full': E(
    'Le serveur du destinataire manque d’espace',
    'Le serveur de messagerie du destinataire n’a plus d’espace de stockage. Le problème est de son côté.',
    ['Renvoyez le message plus tard.', TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  'feature-unsupported': E(
    'Le serveur destinataire n’a pas une fonction nécessaire',
    'Le message avait besoin d’une fonction que le serveur destinataire ne prend pas en charge.',
    [SEND_REPORT],
    ['Vérifiez quelle extension SMTP le message exigeait (par exemple SMTPUTF8 ou un paramètre de priorité).'],
  ),
  'too-big': E(
    'Le message est trop volumineux',
    '{hasLimit, select, yes {Le message dépasse la taille acceptée par le serveur destinataire (limite\u00a0: {limit}).} other {Le message dépasse la taille acceptée par le serveur destinataire.}}',
    ['Retirez ou réduisez les pièces jointes, ou partagez-les sous forme de liens.', 'Renvoyez le message.'],
    ['Vérifiez vos propres limites de taille et celles du côté distant.'],
  ),
  'network-problem': E(
    'Le serveur du destinataire est injoignable',
    'Votre serveur de messagerie n’a pas pu se connecter au serveur du destinataire, la remise a donc échoué.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Si cela persiste, vérifiez la connectivité sortante et les enregistrements MX du domaine du destinataire.'],
    {
      summary: 'Votre serveur de messagerie n’a pas encore pu se connecter au serveur du destinataire. Il essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  unroutable: E(
    'Aucun chemin vers le domaine du destinataire',
    'Votre serveur de messagerie n’a pas trouvé où envoyer le courrier pour le domaine du destinataire. Le domaine est peut-être mal orthographié ou mal configuré.',
    ['Vérifiez que la partie après le @ ne contient pas de faute de frappe.', 'Renvoyez le message avec l’adresse corrigée.'],
    ['Vérifiez les enregistrements MX et A du domaine du destinataire.'],
  ),
  'remote-busy': E(
    'Le serveur du destinataire est occupé',
    'Le serveur du destinataire était surchargé et n’a pas accepté le message.',
    [TELL_RECIPIENT, AGAIN_LATER],
    ['Rien à changer de votre côté.'],
    {
      summary: 'Le serveur du destinataire est surchargé et a demandé de réessayer plus tard. Votre serveur essaie encore.',
      steps: [NO_ACTION_YET],
    },
  ),
  'protocol-error': E(
    'Les serveurs de messagerie ne se sont pas compris',
    'Les serveurs d’envoi et de réception ne se sont pas entendus sur le protocole de messagerie. C’est un problème de configuration des serveurs.',
    [SEND_REPORT],
    ['Vérifiez l’échange SMTP dans le diagnostic\u00a0: syntaxe des commandes, extensions ou longueur des lignes.'],
  ),
  'too-many-recipients': E(
    'Trop de destinataires à la fois',
    'Le message était adressé à plus de destinataires que le serveur n’en accepte en une fois.',
    ['Répartissez les destinataires en groupes plus petits, ou utilisez une adresse de groupe.', 'Renvoyez le message.'],
    ['Vérifiez que le serveur d’envoi découpe les longues listes de destinataires.'],
  ),
  'content-problem': E(
    'Le contenu du message a été refusé',
    'Le serveur destinataire n’a pas pu accepter le contenu ou le format du message.',
    ['Retirez les pièces jointes ou la mise en forme inhabituelles et renvoyez le message.'],
    ['Lisez le texte de diagnostic pour connaître le problème de contenu exact.'],
  ),
  'conversion-failed': E(
    'Le message n’a pas pu être converti',
    'Le message devait être converti pour le serveur destinataire, et cette conversion a échoué ou n’était pas autorisée.',
    [SEND_REPORT],
    ['Vérifiez la gestion 8 bits/MIME sur le chemin vers le destinataire.'],
  ),
  'international-address': E(
    'L’adresse contient des caractères que le serveur ne gère pas',
    'L’adresse ou le message contient des caractères non anglais (accents, autres alphabets) que le serveur destinataire ne prend pas en charge.',
    ['Demandez à la personne une adresse composée uniquement de lettres simples et de chiffres.'],
    ['Vérifiez la prise en charge de SMTPUTF8 par vos serveurs sortants.'],
  ),
  'refused-policy': E(
    'Le serveur du destinataire a refusé le message',
    'Le serveur du destinataire a refusé le message à cause de l’une de ses règles ou de ses paramètres de sécurité.',
    [
      TELL_RECIPIENT,
      'Demandez-lui si son organisation refuse le courrier comme le vôtre, par exemple venant d’expéditeurs externes ou avec certaines pièces jointes.',
      SEND_REPORT,
    ],
    ['Lisez le texte de diagnostic\u00a0: il nomme en général la règle, une liste de blocage ou un contrôle d’authentification.'],
  ),
  'security-feature': E(
    'Une exigence de sécurité n’était pas remplie',
    'Le serveur destinataire exigeait une fonction de sécurité, comme le chiffrement ou une connexion de confiance, qui n’était pas en place.',
    [SEND_REPORT],
    ['Vérifiez les paramètres TLS et d’authentification de ce chemin d’envoi.'],
  ),
  'auth-weak': E(
    'La méthode de connexion était trop faible',
    'Le serveur a refusé la façon dont l’application ou l’appareil d’envoi s’est connecté. Une méthode de connexion plus sûre est nécessaire.',
    ['Demandez à votre service informatique les bons paramètres pour l’application ou l’appareil.'],
    ['Vérifiez le mécanisme d’authentification (par exemple, activez OAuth ou les mots de passe d’application).'],
  ),
  'sender-account-disabled': E(
    'Votre compte d’envoi est désactivé',
    'Le compte utilisé pour envoyer ce message est désactivé sur le serveur de messagerie.',
    ['Prévenez votre service informatique pour qu’il vérifie le compte et le réactive.'],
    ['Vérifiez l’état du compte sur le serveur de soumission (RFC 5248 X.7.13\u00a0: compte utilisateur désactivé).'],
  ),
  'owner-changed': E(
    'L’adresse appartient maintenant à quelqu’un d’autre',
    'La boîte aux lettres ou le domaine a changé de propriétaire depuis votre dernier message\u00a0; votre message n’a donc pas été remis au nouveau propriétaire.',
    ['Vérifiez que vous avez l’adresse actuelle de la personne.'],
    ['Rien à changer de votre côté.'],
  ),
  'dkim-fail': E(
    'Le sceau numérique de votre message n’a pas été validé',
    'Le destinataire n’a pas pu vérifier le sceau numérique que votre serveur de messagerie appose sur chaque message\u00a0; il a donc refusé le message.',
    ['Ne renvoyez pas encore.', SEND_REPORT],
    [
      `Vérifiez que la signature ${DKIM} est activée et que la clé DNS est publiée.`,
      `Vérifiez que la signature est alignée sur le domaine From pour ${DMARC}.`,
    ],
  ),
  'spf-fail': E(
    'Le contrôle d’expéditeur de votre domaine a échoué',
    'Votre serveur de messagerie ne figure pas dans la liste des serveurs autorisés à envoyer le courrier de votre domaine. Le destinataire a refusé le message.',
    ['Ne renvoyez pas encore.', SEND_REPORT],
    [
      `Vérifiez que ${SPF} inclut chaque serveur et service qui envoie pour votre domaine.`,
      'Vérifiez que l’enregistrement SPF ne nécessite pas trop de recherches DNS.',
      'Si le courrier est transféré, appuyez-vous aussi sur DKIM.',
    ],
  ),
  'no-ptr': E(
    'Votre serveur de messagerie n’a pas de nom valide',
    'L’adresse internet de votre serveur de messagerie n’a pas de nom correspondant enregistré, et le destinataire en exige un. Il a refusé le message.',
    [SEND_REPORT],
    ['Demandez à votre fournisseur réseau de définir un enregistrement PTR (DNS inverse) correspondant au nom du serveur.'],
  ),
  'mail-flood': E(
    'Trop de courrier a été envoyé trop vite',
    'Le destinataire a constaté une quantité inhabituelle de courrier venant de votre côté et en refuse davantage pour l’instant.',
    [
      'Renvoyez ce message plus tard, et envoyez moins de messages à la fois.',
      'Si vous n’avez pas envoyé beaucoup de courrier, prévenez votre service informatique.',
    ],
    ['Vérifiez le volume d’envoi pour détecter un abus ou une application défaillante.'],
  ),
  'arc-or-tls': E(
    'Une exigence pour les expéditeurs n’était pas remplie',
    'Le destinataire exige une preuve supplémentaire pour ce courrier, comme une connexion chiffrée ou des signatures ajoutées lors du transfert. Elle manquait.',
    [SEND_REPORT],
    ['Vérifiez TLS pour le SMTP sortant (Gmail 4.7.29 / 5.7.29), la signature ARC sur les systèmes de transfert et l’alignement DMARC.'],
  ),

  // ---- raisons ----
  blocked: E(
    'Votre serveur de messagerie a été bloqué',
    'Le serveur destinataire a refusé les connexions du serveur de messagerie de votre organisation. Les listes de blocage ou la réputation en sont en général la cause.',
    ['Ne renvoyez pas maintenant.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Recherchez l’IP d’envoi sur la liste de blocage nommée dans le texte du serveur et demandez son retrait.',
      'Vérifiez le DNS inverse et l’authentification du serveur d’envoi.',
    ],
  ),
  spam: E(
    'Le message a été jugé indésirable',
    'Le côté destinataire a jugé votre message indésirable et l’a refusé.',
    [
      'Vérifiez dans le message ce que les filtres n’aiment pas\u00a0: beaucoup de liens, des liens raccourcis, de grandes images avec peu de texte, ou des fichiers que la personne n’attendait pas.',
      'Dites à la personne par un autre moyen que votre message a été refusé, pour qu’elle demande à son service informatique de l’examiner.',
      'Si plusieurs personnes refusent votre courrier comme indésirable, prévenez votre service informatique.',
    ],
    ['Vérifiez SPF, DKIM et DMARC, ainsi que la réputation d’envoi.'],
  ),
  virus: E(
    'Un antivirus a refusé le message',
    'L’antivirus du destinataire a trouvé dans le message quelque chose qu’il juge dangereux.',
    [
      'N’envoyez pas de nouveau le fichier.',
      'Analysez votre ordinateur et le fichier avec votre antivirus, ou demandez à votre service informatique de les vérifier.',
      'Prévenez votre service informatique si l’analyse trouve quelque chose ou en cas de doute.',
    ],
    [
      'Recherchez des logiciels malveillants sur l’appareil de l’expéditeur et dans la pièce jointe\u00a0; le texte de diagnostic nomme peut-être la menace.',
    ],
  ),
  relay: E(
    'Un serveur n’a pas voulu transmettre le message',
    'Un serveur de messagerie a refusé de transférer votre message vers le domaine du destinataire.',
    ['Ne renvoyez pas encore.', SEND_REPORT],
    ['Vérifiez les autorisations de relais, les connecteurs et les enregistrements MX du domaine du destinataire.'],
  ),
  'not-compliant': E(
    'Le message ne respectait pas les règles de format des e-mails',
    'Le serveur destinataire a constaté que le message ne respecte pas les règles de format des e-mails, par exemple avec des en-têtes en double.',
    ['Si une application l’a envoyé, dites à votre service informatique laquelle.'],
    ['Vérifiez que le logiciel d’envoi écrit des en-têtes conformes à la RFC 5322.'],
  ),
  starttls: E(
    'Aucune connexion chiffrée n’a pu être établie',
    'Les serveurs n’ont pas pu établir la connexion chiffrée que l’un d’eux exige.',
    [SEND_REPORT],
    ['Vérifiez les paramètres TLS et les certificats des deux côtés de ce chemin.'],
  ),
  'expired-reason': E(
    'La remise a pris trop de temps et a été arrêtée',
    'Votre serveur de messagerie a essayé longtemps sans succès et a abandonné.',
    [TELL_RECIPIENT, 'Vérifiez l’adresse, puis renvoyez le message plus tard.'],
    ['Vérifiez les enregistrements MX du domaine du destinataire et votre connectivité sortante.'],
  ),
  'local-program': E(
    'Le programme de messagerie du destinataire a échoué',
    'Un programme du serveur du destinataire qui classe le courrier entrant a échoué.',
    ['Renvoyez le message plus tard.', TELL_RECIPIENT],
    ['Rien à changer de votre côté.'],
  ),
  suppressed: E(
    'L’adresse figure sur une liste d’exclusion',
    'Le service d’envoi n’a pas écrit à cette adresse, car elle a déjà provoqué une non-remise ou une plainte.',
    ['Vérifiez que l’adresse est toujours valide.'],
    ['Consultez la liste de suppression du service d’envoi.'],
  ),
  complaint: E(
    'Quelqu’un a signalé votre message comme indésirable',
    'Un destinataire a marqué votre message comme courrier indésirable, et son fournisseur vous a renvoyé ce rapport. Ce n’est pas un rapport de non-remise.',
    ['Cessez d’écrire aux personnes qui n’ont pas demandé à recevoir votre courrier.'],
    ['Examinez les pratiques d’envoi et la gestion des désabonnements pour cet expéditeur.'],
  ),
  'auto-reply': E(
    'Ceci est une réponse automatique',
    'La boîte aux lettres du destinataire a envoyé une réponse automatique, par exemple un message d’absence du bureau. Votre message a été remis.',
    ['Rien à faire.'],
    ['Rien à vérifier.'],
  ),
  unclear: E(
    'Nous n’avons pas pu déterminer le problème',
    'Le rapport de non-remise n’indique pas clairement pourquoi le message a échoué. Votre support informatique peut lire les détails techniques.',
    ['Envoyez le rapport à votre support informatique\u00a0; il contient tous les détails techniques.'],
    ['Lisez le texte de diagnostic et le message d’origine renvoyé\u00a0; vérifiez les serveurs impliqués.'],
  ),
  // ---- causes ajoutées pour l’issue n° 9 ----
  'mailbox-disabled-text': MAILBOX_DISABLED,
  'blocked-by-person': E(
    'Le destinataire vous a bloqué',
    'Le destinataire a mis votre adresse ou votre domaine dans sa propre liste d’expéditeurs bloqués. Son système de messagerie a donc refusé votre message.',
    [
      'Demandez à la personne par un autre moyen, par exemple par téléphone, si elle a bloqué votre adresse par erreur.',
      'Elle seule, ou son service informatique, peut lever le blocage\u00a0; renvoyer le message ne servira à rien.',
    ],
    [
      'Blocage personnel chez le destinataire (par exemple Mimecast «\u00a0Envelope blocked - User Entry\u00a0»)\u00a0; rien à changer de votre côté.',
    ],
  ),
  'gateway-blocked-sender': E(
    'L’organisation du destinataire a refusé votre adresse',
    'Un service de filtrage de l’organisation du destinataire a refusé votre adresse selon ses propres règles. Votre message lui-même est peut-être correct.',
    [TELL_RECIPIENT, 'Demandez-lui de faire vérifier par son service informatique pourquoi votre adresse est refusée.'],
    [
      'La passerelle du destinataire a appliqué sa propre stratégie (par exemple Mimecast «\u00a0Administrative prohibition\u00a0» ou «\u00a0Anti-Spoofing policy\u00a0»).',
      'Vérifiez que SPF, DKIM et DMARC réussissent pour votre domaine, au cas où ses contrôles anti-usurpation auraient échoué.',
    ],
  ),
  'send-as-denied': E(
    'Vous n’avez pas l’autorisation d’envoyer depuis cette adresse',
    'Vous avez envoyé le message avec l’adresse d’une autre boîte aux lettres (boîte partagée, boîte d’équipe ou celle d’un collègue), mais votre organisation ne vous a pas autorisé à envoyer en tant que cette boîte. Votre propre serveur de messagerie a donc refusé de l’envoyer\u00a0; personne ne l’a reçu.',
    [
      'Renvoyez le message depuis votre propre adresse, ou demandez au propriétaire de la boîte aux lettres de l’envoyer.',
      'Si vous devriez pouvoir envoyer depuis cette boîte, envoyez le rapport à votre support informatique et demandez l’autorisation «\u00a0Envoyer en tant que\u00a0» ou «\u00a0Envoyer de la part de\u00a0».',
    ],
    [
      'Accorder à l’utilisateur «\u00a0Envoyer en tant que\u00a0» ou «\u00a0Envoyer de la part de\u00a0» sur la boîte indiquée dans De (Centre d’administration Exchange > Destinataires > Boîtes aux lettres > Délégation, ou Add-RecipientPermission / Set-Mailbox -GrantSendOnBehalfTo)\u00a0; compter jusqu’à une heure avant que l’autorisation s’applique, et faire supprimer l’entrée De de la saisie semi-automatique d’Outlook.',
    ],
  ),
  'moderation-rejected': E(
    'Le modérateur du groupe a refusé votre message',
    'Le groupe auquel vous avez écrit est modéré\u00a0: un modérateur vérifie chaque message avant sa diffusion aux membres, et celui-ci a été refusé. Le rapport peut contenir le commentaire du modérateur.',
    [
      'Lisez le commentaire du modérateur, s’il y en a un, et modifiez le message avant de le renvoyer.',
      'Si vous pensez qu’il aurait dû être accepté, adressez-vous au propriétaire ou au modérateur du groupe.',
    ],
    [
      'Seuls les modérateurs ou propriétaires du groupe peuvent l’approuver\u00a0: vérifier les paramètres de modération du groupe (ModerationEnabled, ModeratedBy) et qui peut contourner la modération.',
    ],
  ),
  'moderation-pending': E(
    'Votre message attend l’accord du modérateur du groupe',
    'Le groupe auquel vous avez écrit est modéré\u00a0: un modérateur approuve chaque message avant sa diffusion aux membres. Rien n’a échoué\u00a0; votre message attend cette décision.',
    [
      'Rien à faire pour l’instant\u00a0: le modérateur décide.',
      'Si le message est urgent, demandez au propriétaire ou au modérateur du groupe de l’examiner.',
    ],
    [
      'Seuls les modérateurs du groupe peuvent l’approuver (ModeratedBy)\u00a0; vérifier si cet expéditeur doit contourner la modération (BypassModerationFromSendersOrMembers).',
    ],
    {
      title: 'Votre message attend l’accord du modérateur du groupe',
      summary:
        'Le groupe auquel vous avez écrit est modéré\u00a0: un modérateur approuve chaque message avant sa diffusion aux membres. Rien n’a échoué\u00a0; votre message attend cette décision.',
      steps: [
        'Rien à faire pour l’instant\u00a0: le modérateur décide.',
        'Si le message est urgent, demandez au propriétaire ou au modérateur du groupe de l’examiner.',
      ],
    },
  ),
  'dlp-blocked': E(
    'Une stratégie de protection des données a bloqué votre message',
    'La stratégie de protection contre la perte de données (DLP) de votre organisation a détecté des informations sensibles dans le message, comme des numéros de carte, de passeport ou d’identité, et l’a bloqué. Personne ne l’a reçu.',
    [
      'Supprimez les informations sensibles, ou partagez-les par un moyen protégé autorisé par votre organisation, puis renvoyez le message.',
      'Si le message doit partir tel quel, envoyez le rapport à votre support informatique et demandez si un remplacement ou une exception est possible.',
    ],
    [
      'Retrouver la stratégie et la règle DLP correspondantes dans Microsoft Purview (explorateur d’activités ou alertes DLP de ce message) et vérifier leurs conditions, exceptions et la possibilité de remplacement avec justification.',
    ],
  ),
  'transport-rule': MAIL_FLOW_RULE,
  'ms-relay-access-denied': E(
    'Le domaine du destinataire n’est pas configuré pour recevoir ce courrier',
    'Le serveur qui a reçu votre message n’accepte pas le courrier pour le domaine du destinataire. Les paramètres de messagerie de ce domaine sont sans doute incorrects ou ont changé récemment.',
    [
      TELL_RECIPIENT,
      'Demandez-lui de faire vérifier par son service informatique les paramètres de messagerie de son domaine.',
      'Renvoyez le message dans un jour ou deux.',
    ],
    [
      'Vérifiez que les enregistrements MX du domaine du destinataire pointent vers les bons serveurs\u00a0; comptez jusqu’à 72 heures après un changement DNS.',
      'Si le domaine est le vôtre\u00a0: vérifiez qu’il est un domaine accepté dans Exchange Online avec le bon type (Faisant autorité ou Relais interne), ainsi que les connecteurs hybrides.',
    ],
  ),
  'ms-not-authenticated-text': NOT_AUTHENTICATED,
  'ms-sender-denied-text': SENDER_DENIED,
  'policy-block': E(
    'Le destinataire a refusé le courrier de votre organisation',
    'Le fournisseur destinataire a refusé le message selon ses règles pour les expéditeurs, par exemple la réputation, les contrôles d’expéditeur ou le contenu. Il ne précise pas laquelle.',
    ['Ne renvoyez pas le même message maintenant\u00a0; il serait de nouveau refusé.', SEND_REPORT, TELL_RECIPIENT],
    [
      'Yahoo «\u00a0Message not accepted for policy reasons\u00a0» / [PH01]\u00a0: vérifiez que SPF, DKIM et DMARC réussissent et sont alignés, la réputation de l’IP et du domaine d’envoi, et les taux de plaintes (Yahoo Sender Hub).',
    ],
  ),
  'unauthenticated-sender': E(
    'Les contrôles d’expéditeur de votre domaine sont absents',
    'Le destinataire n’accepte que le courrier qui prouve qu’il vient du domaine de l’expéditeur, et votre message n’avait pas cette preuve. Votre service informatique doit la mettre en place.',
    ['Ne renvoyez pas encore\u00a0; le message serait de nouveau refusé.', SEND_REPORT],
    [
      `Publiez ${SPF} couvrant ce serveur d’envoi et activez la signature ${DKIM} pour le domaine.`,
      'Gmail 4.7.26 / 5.7.26, Yahoo 5.7.9 et Microsoft 4.7.26 (IPv6) exigent qu’au moins SPF ou DKIM réussisse.',
    ],
  ),
  'no-dmarc-record': NO_DMARC_RECORD,
  'no-dmarc-record-code': NO_DMARC_RECORD,
  'dmarc-alignment': DMARC_ALIGNMENT,
  'dmarc-alignment-code': DMARC_ALIGNMENT,
  'recipient-forwarding': E(
    'Le destinataire transfère son courrier vers une adresse qui ne fonctionne pas',
    'Votre message est parvenu à la personne, mais sa boîte aux lettres transfère le courrier vers {recipient}, qui a échoué. Ce n’est pas vous qui avez tapé cette adresse.',
    [
      'Dites à la personne par un autre moyen que son transfert vers {recipient} ne fonctionne pas.',
      'Demandez-lui de corriger ou de supprimer le transfert, puis renvoyez le message.',
    ],
    [
      'L’adresse en échec ne figure ni dans le champ À ni dans le champ Cc du message d’origine, et le rapport de non-remise vient du fournisseur d’une adresse qui y figurait\u00a0: une règle de transfert ou un alias y pointe vers une adresse morte.',
    ],
  ),
};

export const FR: Catalogue = {
  locale: 'fr',
  entries,
  owners: {
    you: 'Vous',
    'your-it': 'Votre service informatique',
    'recipient-side': 'Côté destinataire',
    wait: 'Attendre',
    none: 'Rien à faire',
  },
  ownerSentences: {
    you: 'Vous pouvez corriger cela vous-même.',
    'your-it': 'Votre service informatique doit corriger cela.',
    'recipient-side': 'C’est au côté destinataire de corriger cela.',
    wait: 'Personne ne doit agir pour l’instant\u00a0: les serveurs essaient encore.',
    none: 'Personne n’a rien à faire.',
  },
  retry: {
    no: 'Renvoyer le message ne servira à rien.',
    'after-fix': 'Renvoyer le message n’aidera qu’une fois la cause corrigée.',
    later: 'Renvoyer le message plus tard peut fonctionner.',
    automatic: 'Votre serveur de messagerie réessaie tout seul.',
    'not-needed': 'Inutile de renvoyer le message.',
  },
  retryUntil: 'Votre serveur de messagerie réessaie jusqu’à {until}.',
  delayedNeedsFix:
    'Votre serveur de messagerie essaie encore pour l’instant, mais la remise échouera tant que ce problème ne sera pas corrigé.',
  authVerdicts: 'Résultats d’authentification enregistrés sur votre message\u00a0: {verdicts}.',
  report: {
    subjectOne: 'Non-remise\u00a0: {code} lors de l’envoi à {recipient}',
    subjectMany:
      'Non-remise\u00a0: {code} lors de l’envoi à {recipient} et {others, plural, one {# autre destinataire} other {# autres destinataires}}',
    subjectNoCode: 'Non-remise\u00a0: le message à {recipient} n’a pas été remis',
    summaryLine:
      '{count, plural, one {# destinataire n’a pas reçu} other {# destinataires n’ont pas reçu}} le message «\u00a0{subject}\u00a0». Cause probable\u00a0: {title}. Qui doit agir\u00a0: {owner}.',
    greeting: 'Bonjour,',
    intro: 'Un message que j’ai envoyé m’est revenu avec un rapport de non-remise. Bounce Explainer a préparé les détails ci-dessous.',
    failedRecipients: 'Destinataires en échec',
    servers: 'Serveurs',
    reportingServer: 'Serveur ayant émis le rapport\u00a0: {server}',
    remoteServer: 'Serveur distant\u00a0: {server}',
    times: 'Dates et heures',
    bounceArrived: 'Rapport de non-remise reçu\u00a0: {date}',
    originalSent: 'Message d’origine envoyé\u00a0: {date}',
    original: 'Message d’origine',
    originalSubject: 'Objet\u00a0: {subject}',
    originalMessageId: 'Message-ID\u00a0: {id}',
    originalFrom: 'De\u00a0: {from}',
    auth: 'Résultats d’authentification',
    client: 'Mon client de messagerie',
    tried: 'Ce que j’ai déjà essayé',
    machine: 'Analyse lisible par machine (JSON)',
    truncated:
      '{count, plural, one {# autre destinataire a été omis} other {# autres destinataires ont été omis}} pour garder ce rapport court\u00a0; le bloc JSON contient les décomptes.',
    cut: '[coupé\u00a0: {count} caractères de plus]',
    itChecks: 'Ce que le service informatique doit vérifier',
    noBody: 'Le corps du message d’origine n’est pas inclus.',
    backscatter:
      'Remarque\u00a0: il semble s’agir de rétrodiffusion (backscatter), c’est-à-dire d’un rapport de non-remise pour un message que je n’ai pas envoyé.',
    // ---- Ajouts au rapport (h11 : issues n° 10 point 10, n° 11 point 8, n° 12 point 5), regroupés comme dans en.ts. ----
    notGiven: 'non indiqué',
    andMore: 'et {count, number} de plus',
    dateWithLocal: '{iso} ({local}, mon heure locale)',
    clientLine:
      'Outlook\u00a0: {host} {version}\u00a0; plateforme\u00a0: {platform}\u00a0; langue\u00a0: {language}\u00a0; API Mailbox {set}\u00a0; rapport de non-remise lu via\u00a0: {route}',
    trace: 'Retrouver le message (suivi des messages)',
    traceMessageId: 'Message-ID d’origine\u00a0: {id}',
    traceWindow: 'Envoyé entre {start} et {end} (UTC)',
    tracePowerShell: 'Exchange Online PowerShell\u00a0:',
    traceEac: 'Centre d’administration Exchange, suivi des messages\u00a0: {url}',
    traceServer: 'Serveur ayant émis le rapport\u00a0: {server}',
    traceQueue: 'ID de file d’attente\u00a0: {id} (sur {server})',
    mailtoCut:
      '[Le rapport a été coupé pour tenir dans un lien de messagerie. Utilisez «\u00a0Copier le rapport\u00a0» pour le texte complet.]',
    // ---- fin des ajouts au rapport ----
  },
  errors: {
    unreadable: 'Les données n’ont pas pu être lues.',
    empty: 'Les données sont vides\u00a0: il n’y a aucun message à analyser.',
    'too-large': 'Les données font {size} Mo\u00a0; la limite est de {limit} Mo.',
    unparseable: 'Le message n’a pas pu être lu comme un e-mail ni comme un fichier .msg d’Outlook.',
    'msg-damaged': 'Ce fichier .msg d’Outlook est endommagé ou piégé ({problem})\u00a0; il n’a pas été lu.',
    'analysis-failed': 'Le message a été lu, mais son analyse a échoué de façon inattendue.',
    'time-limit':
      'L’analyse de ce message a duré plus de {seconds} s, elle a donc été arrêtée. Le message est peut-être conçu pour ralentir l’analyse.',
    'memory-limit':
      'L’analyse de ce message demandait plus de mémoire qu’autorisé, elle a donc été arrêtée. Le message est peut-être conçu pour épuiser la mémoire.',
    'stdin-too-large': 'L’entrée standard dépasse la limite de {limit} Mo\u00a0; elle n’a pas été lue.',
    'file-not-found': '{file}\u00a0: fichier introuvable',
    'is-directory': '{file}\u00a0: est un dossier',
    'not-regular-file': '{file}\u00a0: n’est pas un fichier ordinaire (périphérique, tube ou socket), non lu',
    'file-unreadable': '{file}\u00a0: le fichier n’a pas pu être lu',
  },
  backscatterSigns: {
    'spf-failed': 'Le contrôle SPF du serveur destinataire pour {domain} a donné «\u00a0{verdict}\u00a0».',
    'dmarc-failed': 'Le contrôle DMARC du serveur destinataire pour {domain} a donné «\u00a0{verdict}\u00a0».',
    'foreign-message-id': 'Le Message-ID du message d’origine a été créé par {domain}, pas par votre système de messagerie.',
    'foreign-received': 'Aucune des {count} lignes Received du message d’origine ne mentionne {domain} ni son fournisseur de messagerie.',
    'home-origin':
      'Le message d’origine est entré sur Internet depuis une connexion domestique ou commutée ({origin}), pas depuis un serveur de messagerie.',
  },
  cli: {
    forgedSender: 'Expéditeur usurpé',
    recipientNotNamed: '(destinataire non indiqué)',
    asciiForm: 'Forme ASCII\u00a0: {address}',
    lookAlike: 'Alerte d’adresse trompeuse\u00a0: {flags}',
    andMore: '… et {count} de plus',
  },
  ui: {
    appTitle: 'Bounce Explainer',
    loading: 'Lecture du message…',
    analysing: 'Analyse en cours…',
    analysedMessage: 'Analyse de\u00a0: {subject}',
    readVia: 'Lu via {route}.',
    reRead: 'Relire le message sélectionné',
    selectionChanged: 'Un autre message est maintenant sélectionné. L’explication ci-dessous concerne toujours le message nommé plus haut.',
    noItem:
      'Aucun message n’a pu être lu depuis Outlook. Outlook ne permet pas aux compléments d’ouvrir la plupart des rapports de remise\u00a0: collez le rapport de non-remise, choisissez le fichier enregistré ou faites glisser le message ici.',
    restricted:
      'Outlook a marqué ce message comme restreint, le complément ne peut donc pas le lire. Collez le rapport de non-remise, choisissez le fichier enregistré ou faites glisser le message ici.',
    readFailed:
      'Le message n’a pas pu être lu ({detail}). Collez le rapport de non-remise, choisissez le fichier enregistré ou faites glisser le message ici.',
    notBounce:
      'Ce message ne ressemble pas à un rapport de non-remise. Si c’en est un, collez son texte complet ci-dessous et nous réessaierons.',
    autoReply: 'Ceci est une réponse automatique (par exemple, absence du bureau). Votre message a été remis.',
    deliveryReport: 'Ceci est une confirmation de remise\u00a0: votre message est arrivé.',
    feedbackReport: 'Ceci est un rapport de plainte d’un fournisseur de messagerie, pas un rapport de non-remise.',
    inputError: 'Ces données n’ont pas pu être lues\u00a0: {detail}',
    analysisTimeout:
      'L’analyse de ce message a duré plus de {seconds} secondes, elle a donc été arrêtée. Le message est peut-être endommagé ou conçu pour ralentir le complément\u00a0: ne vous y fiez pas, et demandez à votre service informatique d’examiner le fichier lui-même.',
    analysisCrashed:
      'L’analyse de ce message a échoué (il est peut-être endommagé ou conçu pour faire planter le complément). Ne vous y fiez pas, et demandez à votre service informatique d’examiner le fichier lui-même.',
    addressFlagged:
      'Alerte d’adresse trompeuse\u00a0: cette adresse {flags, select, mixed {mélange plusieurs alphabets} bidi {contient des caractères qui réordonnent le texte} zero {contient des caractères invisibles} other {contient des caractères inhabituels}}, elle n’est donc peut-être pas ce qu’elle semble être.',
    addressAscii: 'Forme ASCII\u00a0: {address}',
    whoMustAct: 'Qui doit agir',
    whatHappened: 'Ce qui s’est passé',
    whatToDo: 'Ce que vous pouvez faire maintenant',
    whatItChecks: 'Ce que le service informatique doit vérifier',
    recipients: '{count, plural, one {Destinataire} other {Destinataires (#)}}',
    technicalDetails: 'Détails techniques',
    copyDetails: 'Copier les détails techniques',
    copied: 'Copié',
    serverSaid: 'Réponse du serveur',
    codes: 'Codes',
    servers: 'Serveurs',
    evidence: 'Pourquoi nous le pensons',
    confidence: 'Fiabilité\u00a0: {percent}\u00a0%',
    links: 'Plus d’informations',
    backscatterTitle: 'Vous n’avez pas envoyé ce message',
    draftReport: 'Préparer un rapport pour le service informatique',
    draftCompose: 'Transformer ce brouillon en rapport pour le service informatique',
    drafting: 'Préparation du rapport…',
    draftOpened: 'Un brouillon de rapport est ouvert. Vérifiez-le, puis envoyez-le vous-même.',
    draftOpenedNoAttachment:
      'Un brouillon de rapport est ouvert (Outlook n’a pas permis de joindre le rapport de non-remise lui-même). Vérifiez-le, puis envoyez-le vous-même.',
    draftComposeDone:
      'Ce brouillon est maintenant le rapport\u00a0: le support informatique est dans le champ À et les détails sont au-dessus du rapport de non-remise transféré. Vérifiez-le, puis envoyez-le vous-même.',
    draftFallback:
      'Outlook ne peut pas ouvrir de nouveau message ici. Copiez le rapport, ou ouvrez-le dans votre application de messagerie.',
    copyReport: 'Copier le rapport',
    openMailto: 'Ouvrir dans l’application de messagerie',
    helpdeskLabel: 'Adresse du support informatique',
    helpdeskHint: 'Où le rapport est envoyé. Enregistrée dans les paramètres de votre boîte aux lettres.',
    helpdeskSave: 'Enregistrer',
    helpdeskSaved: 'Enregistrée.',
    helpdeskInvalid: 'Entrez une seule adresse e-mail, par exemple helpdesk@example.com.',
    helpdeskMissing:
      'Aucune adresse de support informatique n’est encore définie\u00a0: entrez-la ci-dessous, ou laissez le champ vide et remplissez le champ À vous-même.',
    helpdeskFrom:
      '{source, select, user {Votre propre paramètre.} url {Défini par le lien du complément.} config {Valeur par défaut de votre organisation.} other {Non défini.}}',
    triedLabel: 'Ce que j’ai déjà essayé (facultatif)',
    inputTitle: 'Analyser vous-même un rapport de non-remise',
    inputHint:
      'Fonctionne avec tout rapport de non-remise\u00a0: collez son texte, choisissez un fichier .eml ou .msg enregistré, ou faites glisser le message dans cette zone.',
    pasteLabel: 'Texte du rapport de non-remise',
    analyseText: 'Expliquer ce texte',
    pickFile: 'Choisir un fichier (.eml, .msg)',
    dropHere: 'Ou déposez un message ou un fichier ici',
    dropActive: 'Déposez pour analyser',
    fileTooBig: 'Ce fichier est trop volumineux pour être un rapport de non-remise ({size}).',
    fileUnreadable: 'Ce fichier n’a pas pu être lu.',
    sourcePaste: 'texte collé',
    sourceFile: 'fichier {name}',
    sourceDrop: 'message déposé {name}',
    sourceSelected: 'le message sélectionné',
    sourceDraft: 'le rapport de non-remise transféré dans ce brouillon',
    unknownSubject: '(sans objet)',
    unknownValue: 'inconnu',
    routeFile: 'le fichier complet du message',
    routeBodyText: 'le texte du message',
    routeBodyHtml: 'le HTML du message',
    routeHeaders: 'les en-têtes et le texte',
    // h11 (issue n° 11, point 4)
    analysedWhen: 'Reçu\u00a0: {time}',
    selectionUnknown:
      'Outlook n’indique pas aux compléments quand vous quittez un rapport de remise\u00a0; ce volet ne peut donc pas savoir ce qui est sélectionné maintenant. Pour expliquer un autre message, sélectionnez-le et choisissez Relire.',
    routeAttachment: 'le message joint',
    routeNone: 'rien',
    analyseAnother: 'Analyser un autre rapport de non-remise',
    techRemote: 'distant',
    techReporting: 'émetteur du rapport',
    techAfter: 'après',
    techServerSaid: 'réponse du serveur',
    techEvidence: 'indice',
  },
};
