/** French (fr). Legacy headings from a real fr-FR Exchange NDR. */
import { analogy, seen } from './types';
import type { Lexicon } from './types';

const FR = 'real fr-FR Exchange NDR (Sisimai set-of-emails lhost-exchange2007-06)';

export const fr: Lexicon = {
  lang: 'fr',
  exchange: {
    failedHeading: seen(FR, 'Échec de la remise pour ces destinataires ou groupes :'),
    delayedHeading: analogy('La remise à ces destinataires ou groupes est retardée :'),
    deliveredHeading: analogy('Votre message a été remis aux destinataires suivants :'),
    rejectedBy: analogy(
      'a rejeté votre message pour les adresses de messagerie suivantes :',
      'a rejeté votre message aux adresses suivantes :',
    ),
    gaveError: analogy('a renvoyé cette erreur :', "a retourné l'erreur suivante :"),
    adminHeading: seen(FR, 'Informations de diagnostic pour les administrateurs :'),
    generatingServer: seen(FR, 'Serveur de génération :'),
    receivingServer: analogy('Serveur de réception :'),
    originalHeaders: seen(FR, "En-têtes de message d'origine :"),
    stillTrying: analogy("Ce message n'a pas encore été remis", "Le serveur continuera d'essayer de remettre ce message"),
    couldNotDeliver: analogy("Votre message à {rcpt} n'a pas pu être remis", 'Impossible de remettre votre message à {rcpt}'),
    actionRequired: analogy('Action requise'),
    senderLabel: analogy('Expéditeur'),
    recipientLabel: analogy('Destinataire'),
    howToFix: analogy('Comment résoudre le problème', 'Comment corriger'),
    moreInfo: analogy("Plus d'informations pour les administrateurs de messagerie"),
    statusCode: analogy("Code d'état :"),
    originalDetails: analogy("Détails du message d'origine"),
    errorDetails: analogy("Détails de l'erreur"),
    reportedError: analogy('Erreur signalée :'),
    dsnGeneratedBy: analogy('DSN généré par :'),
    senderAddress: analogy("Adresse de l'expéditeur :"),
    recipientAddress: analogy('Adresse du destinataire :'),
    messageHops: analogy('Sauts de message'),
    failedSubject: seen(FR, 'Non remis :'),
    delayedSubject: analogy('Remise retardée :'),
    deliveredSubject: analogy('Remis :'),
  },
  forward: {
    from: analogy('De'),
    sent: analogy('Envoyé'),
    to: analogy('À'),
    cc: analogy('Cc'),
    subject: analogy('Objet'),
    date: analogy('Date'),
    separator: analogy("-----Message d'origine-----"),
    prefix: analogy('TR:'),
  },
  autoReplySubject: analogy('Réponse automatique :'),
};
