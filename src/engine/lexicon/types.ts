/**
 * The lexicon's shape: the localised words of delivery notices, grouped by the role they play
 * for the readers (decoders, input, the Office adapter). One file per language; each word carries
 * where it was seen, so a reviewer can check it and a new language is one more file.
 */

export type Role =
  | 'bounceSubject'
  | 'bounceSender'
  | 'bounceOpening'
  | 'failureSubject'
  | 'delaySubject'
  | 'autoReplySubject'
  | 'reportSubjectPrefix'
  | 'originalFollows'
  | 'exchangeSubject'
  | 'exchangeHeading'
  | 'exchangeOriginalHeaders'
  | 'exchangeBoilerplate'
  | 'recipientsFailedHeading'
  | 'headerOfOriginalFollows'
  | 'adviceBoilerplate'
  | 'notDeliveredSubject'
  | 'groupsProductName'
  | 'cannotDeliverSubject';

/** What each role means to its readers. */
export const ROLES: Readonly<Record<Role, string>> = {
  bounceSubject: 'Subject fragments of a delivery notice: worth a generic read (decoders/index.ts `looksLikeBounce`).',
  bounceSender: 'Sender fragments of a delivery notice (a mailer daemon, a postmaster).',
  bounceOpening: 'Phrases in the first lines of a delivery notice.',
  failureSubject: 'Subject fragments that say the message failed (not only delayed).',
  delaySubject: 'Subject fragments of a delay notice (a warning, the server still retries).',
  autoReplySubject: 'Subject fragments of an automatic reply (out of office, vacation; RFC 3834).',
  reportSubjectPrefix: 'How the subject of a delivery report starts, as the mail client shows it (office/item.ts).',
  originalFollows: 'A line saying the returned original follows: the notice proper ends there.',
  exchangeSubject: 'Subject fragments of an Exchange NDR.',
  exchangeHeading: 'First heading of an Exchange NDR body.',
  exchangeOriginalHeaders: 'Where an Exchange NDR quotes the original message headers.',
  exchangeBoilerplate: "Exchange NDR section headings that are no recipient's diagnostic.",
  recipientsFailedHeading: 'A heading above the failed recipients ("could not be delivered to one or more recipients").',
  headerOfOriginalFollows: 'A line saying the header of the original message follows (1&1 style).',
  adviceBoilerplate: "Advice lines of a notice that are no recipient's diagnostic.",
  notDeliveredSubject: 'Subject of a "message not delivered" notice (Mail.Ru).',
  groupsProductName: 'How a Google Groups refusal names the product.',
  cannotDeliverSubject: 'Subject of a "message cannot be delivered" notice (Trend Micro gateways).',
};

export interface Term {
  /** Lower case, matched as a fragment unless the role says otherwise. */
  readonly text: string;
  /** Where the words come from (a product's template, an RFC, a family of servers). */
  readonly source: string;
}

/** BCP 47 language subtag. */
export type Lang = 'en' | 'de' | 'fr' | 'it' | 'es' | 'pt' | 'nl' | 'sv' | 'ja' | 'ru';

export type LanguageLexicon = { readonly lang: Lang } & { readonly [R in Role]?: readonly Term[] };
