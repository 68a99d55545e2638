/**
 * What servers and providers say in the recipients' own languages, per reason: the non-English
 * words of localised notices (the frame around the English SMTP reply, or a reply written in the
 * language). Lower-case plain fragments, matched like the other phrase lists (`phrases.ts` adds
 * these after our own lists and the Sisimai 5 port, so an English reply's words keep deciding
 * wherever both occur). Each group names where its words are used; task P16d's set
 * (`test/corpus-intl`) found the gaps.
 */
import type { Reason } from './reasons';
import type { SourcedPhraseRule } from './phrases-sisimai5';

export interface IntlPhraseGroup extends SourcedPhraseRule {
  readonly reason: Reason;
}

export const INTL_PHRASES: readonly IntlPhraseGroup[] = [
  {
    reason: 'hostunknown',
    source:
      'Italian: Virgilio/Libero help "Messaggi di errore più frequenti dopo invio email" (aiuto.virgilio.it): ROUTING SERVER FAILURE explained as a domain that does not exist ("dominio inesistente"); the same words in Italian providers\' notices',
    any: ['dominio inesistente', 'il dominio non esiste'],
  },
  {
    reason: 'hostunknown',
    source: 'Russian: "домен не существует" / "домен не найден", the words of Russian providers\' notices for a nonexistent domain',
    any: ['домен не существует', 'домен не найден'],
  },
  {
    reason: 'userunknown',
    source:
      'Russian: Yandex/Mail.ru notices ("адрес не существует", "такого пользователя нет"), the Russian of "address does not exist" / "no such user"',
    any: ['адрес не существует', 'такого пользователя нет', 'пользователь не найден'],
  },
  {
    reason: 'mailboxfull',
    source: 'Russian: "почтовый ящик получателя переполнен" (the recipient\'s mailbox is full), Russian providers\' notices',
    any: ['ящик получателя переполнен', 'почтовый ящик переполнен'],
  },
  {
    reason: 'filtered',
    source:
      'Japanese carriers\' notices (docomo, au, SoftBank): "受信拒否" / "受信を拒否" — refused by the recipient\'s reception settings (domain or spam filter set on the handset)',
    any: ['受信拒否', '受信を拒否'],
  },
  {
    reason: 'mailboxfull',
    source: 'Chinese providers\' notices (163, QQ, Coremail help pages: "收件容量满", "邮箱空间已满"): the recipient\'s mailbox is full',
    any: ['邮箱空间已满', '收件容量满', '邮箱已满'],
  },
  {
    reason: 'userunknown',
    source: 'Chinese providers\' notices (emailhost.com.cn, tnet.hk help "退信: 对方用户不存在"): the recipient does not exist',
    any: ['收件人地址不存在', '收件人不存在', '用户不存在'],
  },
];
