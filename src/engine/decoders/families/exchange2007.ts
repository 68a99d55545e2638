/**
 * Exchange 2007 and later, Exchange Online, Outlook.com: "Delivery has failed to these recipients
 * or groups", in English and in the localised headings Exchange writes.
 */
import { family } from '../blocks';

/** Localised first headings of Exchange NDRs (the technical part below stays English). */
export const EXCHANGE_HEADINGS: readonly string[] = [
  'delivery has failed to these recipients or groups',
  "your message couldn't be delivered",
  'delivery is delayed to these recipients or groups',
  'there was a temporary problem delivering your message',
  // fr, it, pt-BR, pt-PT, ja: the headings Exchange writes in those languages
  'échec de la remise pour ces destinataires ou groupes',
  'il recapito non è riuscito per i seguenti destinatari o gruppi',
  'falha na entrega aos seguintes destinatários ou grupos',
  'a entrega falhou para estes destinatários ou grupos',
  '次の受信者またはグループへの配信に失敗しました',
];

/** Where the returned original's headers begin, per language (the technical part stays English). */
const EXCHANGE_END: readonly string[] = [
  'original message headers:',
  'original message details',
  "en-têtes de message d'origine",
  'intestazioni originali del messaggio',
  'ursprungshuvuden:',
];

/** Section headings that are not part of any recipient's diagnostic. */
const EXCHANGE_IGNORE: readonly string[] = [
  'generating server:',
  'receiving server:',
  'diagnostic information for administrators',
  'for email administrators',
  'more info for email admins',
  'how to fix it',
  'informations de diagnostic pour les administrateurs',
  'serveur de génération',
  'informazioni di diagnostica per gli amministratori',
  'server di generazione',
  'diagnoseinformationen für administratoren',
  'diagnostisk information för administratörer',
  'genererande server',
  '管理者向けの診断情報',
];

export const exchange2007 = family({
  name: 'exchange2007',
  detect: {
    body: EXCHANGE_HEADINGS,
    header: ['x-ms-exchange-message-is-ndr'],
    subject: [
      'undeliverable:',
      'non remis',
      'non recapitabile',
      'unzustellbar',
      'no se puede entregar',
      'onbestelbaar',
      'olevererbart',
      'não é possível entregar',
      'não entregue',
    ],
  },
  rules: {
    start: EXCHANGE_HEADINGS,
    end: EXCHANGE_END,
    recipient: [/^\s*([^\s@<>]{1,64}@[\w.-]{1,255})\s*<mailto:[^>]*>(.*)$/i],
    ignore: EXCHANGE_IGNORE,
  },
});
