/**
 * Mots propres au volet (français), en ICU MessageFormat. Mêmes clés que en.ts : l’objet est typé
 * `PaneMessages`, donc une clé manquante est une erreur de compilation. Termes : docs/glossary/fr.md.
 */
import type { PaneMessages } from './en';

export const PANE_FR: PaneMessages = {
  // Verdict et résumé
  summaryTitle: '{recipients, plural, one {# destinataire} other {# destinataires}}, {causes, plural, one {# cause} other {# causes}}',
  summaryCount: '{count, plural, one {# destinataire} other {# destinataires}}',
  andMore: 'et {count} de plus',
  codeCaption: 'Code {code}',
  noCode: 'Aucun code d’erreur indiqué',
  // Actions principales, selon qui doit agir
  actionDraft: 'Préparer un rapport pour le service informatique',
  actionDraftCompose: 'Transformer ce brouillon en rapport pour le service informatique',
  actionDraftDone: 'Rapport préparé',
  actionCopyReport: 'Copier le rapport pour le service informatique',
  actionCopyReportDone: 'Rapport copié',
  actionCopyReportHint:
    'Cette version d’Outlook ne permet pas à un complément d’ouvrir un nouveau message. Copiez le rapport et collez-le dans un message à votre support informatique.',
  actionFixSuggestion: 'Renvoyez-le à {corrected} au lieu de {address}.',
  actionFixCopy: 'Copier {corrected}',
  actionFixGeneric: 'À corriger\u00a0: {step}',
  actionFixCopyAddress: 'Copier l’adresse à vérifier',
  actionTell: 'Copier un mot pour le destinataire',
  actionTellHint: 'Envoyez-le-lui par un autre moyen, par exemple par conversation ou SMS\u00a0: votre e-mail ne lui est pas parvenu.',
  actionTellNote:
    'Bonjour, j’ai essayé de vous écrire ({address}) au sujet de «\u00a0{subject}\u00a0», mais le message m’est revenu\u00a0: {title} (code {code}). Pourriez-vous, vous ou votre service informatique, vous en occuper\u00a0? Merci.',
  actionWaitUntil:
    'Rien à faire pour l’instant. Revenez après {when}\u00a0: le serveur de messagerie essaie jusque-là et vous préviendra s’il échoue définitivement.',
  actionWait:
    'Rien à faire pour l’instant. Revenez dans quelques heures\u00a0: le serveur de messagerie continue d’essayer (en général jusqu’à deux jours) et vous préviendra s’il échoue définitivement.',
  actionNone: 'Rien à faire. Vous pouvez supprimer ce message.',
  actionCopied: 'Copié.',
  actionCopyFailed: 'La copie n’a pas fonctionné ici. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
  secondaryDraft: 'Préparer quand même un rapport pour le service informatique',
  // Étape du rapport
  reportStepTitle: 'Rapport au service informatique',
  reportStepHint:
    'Vérifiez l’adresse, ajoutez si vous le souhaitez ce que vous avez déjà essayé, puis ouvrez le brouillon. Rien n’est envoyé tant que vous ne l’envoyez pas.',
  reportLanguage: 'Langue du rapport',
  reportCreate: 'Ouvrir le brouillon',
  reportCreateCompose: 'Mettre le rapport dans ce brouillon',
  reportAlreadyDrafted: 'Le rapport est déjà préparé. Vérifiez-le dans Outlook, puis envoyez-le vous-même.',
  reportInvalidTo: 'L’adresse du support informatique n’est pas valide, le champ À reste donc vide\u00a0: remplissez-le dans le brouillon.',
  mailtoCut:
    'Le lien vers l’application de messagerie ne contient que le début du rapport\u00a0; utilisez Copier le rapport pour l’avoir en entier.',
  // Champ du support informatique
  helpdeskHintPlain: 'Où le rapport est envoyé.',
  helpdeskRemember: 'Mémoriser cette adresse',
  helpdeskSavedNow: 'Enregistrée dans les paramètres de votre boîte aux lettres.',
  helpdeskSaveFailed: 'L’adresse n’a pas pu être enregistrée. Elle est quand même utilisée pour ce rapport.',
  helpdeskInvalidHint:
    'Ceci ne ressemble pas à une adresse e-mail unique. Vous pouvez quand même préparer le rapport et remplir le champ À vous-même.',
  settingsTitle: 'Paramètres',
  // Chargement et échecs d’Outlook
  slowOutlook:
    'Outlook met du temps à transmettre le message. Pendant que le complément continue d’essayer, vous pouvez coller le rapport de non-remise, choisir le fichier enregistré ou le déposer ici.',
  readFailedPlain: 'Outlook n’a pas transmis ce message. Collez son texte, choisissez le fichier enregistré ou faites-le glisser ici.',
  readTimedOut:
    'Outlook n’a pas répondu à temps. Collez le texte du rapport de non-remise, choisissez le fichier enregistré ou faites-le glisser ici.',
  failureDetails: 'Détails',
  stillTrying: 'Lecture du message depuis Outlook toujours en cours…',
  // Pas un rapport de non-remise
  notBounceJudged:
    '«\u00a0{subject}\u00a0» ({source}) ne ressemble pas à un rapport de non-remise\u00a0: il ne contient ni rapport de remise ni code d’erreur.',
  notBounceNext: 'Si le rapport de non-remise est un autre message, sélectionnez-le et choisissez Relire, ou collez son texte ci-dessous.',
  autoReplyJudged:
    '«\u00a0{subject}\u00a0» est une réponse automatique, par exemple un message d’absence du bureau. Votre message a été remis\u00a0; rien à faire.',
  // Détails techniques, en mots
  techRecipient: 'Destinataire\u00a0: {address}',
  techCode: 'Code\u00a0: {code}',
  techServerSaid: 'Réponse du serveur\u00a0: {text}',
  techRemote: 'Refusé par le serveur {host}',
  techReporting: 'Signalé par {host}',
  techCommand:
    'Refusé {command, select, MAIL {à l’envoi de votre adresse (MAIL FROM)} RCPT {à l’envoi de l’adresse du destinataire (RCPT TO)} DATA {à l’envoi du message lui-même (DATA)} other {à l’envoi de {command} au serveur}}',
  techEvidence: 'D’après\u00a0: «\u00a0{text}\u00a0»',
  linkLabel: '{host}\u00a0: {page}',
  // Annonces
  announceVerdict: 'Résultat\u00a0: {title}',
  announceSummary: 'Résultat\u00a0: {summary}. D’abord\u00a0: {title}',
  announceDraftBusy: 'Préparation du rapport.',
};
