/**
 * Exchange 2007 and later, Exchange Online, Outlook.com: "Delivery has failed to these recipients
 * or groups", in English and in the localised headings Exchange writes.
 */
import { family } from '../blocks';

/** Localised first headings of Exchange NDRs (the technical part below stays English). */
export const EXCHANGE_HEADINGS: readonly string[] = [
  'delivery has failed to these recipients or groups',
  "your message couldn't be delivered",
  'la remise à ces destinataires ou groupes a échoué',
  'la remise a échoué pour ces destinataires ou groupes',
  'impossibile recapitare il messaggio ai destinatari o ai gruppi seguenti',
  'la entrega a estos destinatarios o grupos ha fallado',
  'no se pudo entregar a estos destinatarios o grupos',
  'die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen',
  'leverans till följande mottagare eller grupper misslyckades',
  'levering aan deze ontvangers of groepen is mislukt',
  'a entrega para estes destinatários ou grupos falhou',
  'dostarczanie do tych adresatów lub grup zakończyło się niepowodzeniem',
  '次の受信者またはグループへの配信に失敗しました',
  '邮件无法传递到以下收件人或组',
  'delivery is delayed to these recipients or groups',
  'there was a temporary problem delivering your message',
];

export const exchange2007 = family({
  name: 'exchange2007',
  detect: {
    body: EXCHANGE_HEADINGS,
    header: ['x-ms-exchange-message-is-ndr'],
    subject: ['undeliverable:', 'non remis', 'non recapitabile', 'unzustellbar', 'no se puede entregar', 'onbestelbaar', 'kan inte levereras', 'não é possível entregar'],
  },
  rules: {
    start: EXCHANGE_HEADINGS,
    end: ['original message headers:', 'original message details'],
    recipient: [/^\s*([^\s@<>]{1,64}@[\w.-]{1,255})\s*<mailto:[^>]*>(.*)$/i],
    ignore: ['generating server:', 'receiving server:', 'diagnostic information for administrators', 'for email administrators', 'more info for email admins', 'how to fix it', 'original message details'],
  },
});
