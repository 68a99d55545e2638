/**
 * The shape of one language's words: what Exchange writes in its non-delivery reports (legacy and
 * enhanced layouts), what Outlook writes in a forward's header block, and the subjects of
 * automatic replies. Every term carries its source, so a reader can tell a heading copied from
 * Microsoft's localised documentation or a real sample from one written by analogy.
 */

export type LangTag =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'it'
  | 'pt-BR'
  | 'pt-PT'
  | 'nl'
  | 'sv'
  | 'da'
  | 'nb'
  | 'fi'
  | 'pl'
  | 'cs'
  | 'ru'
  | 'tr'
  | 'ja'
  | 'zh-CN'
  | 'zh-TW'
  | 'ko';

/**
 * - `microsoft-docs`: Microsoft's own (localised) documentation shows these words;
 * - `real-sample`: a real message in that language shows them (the reference names it);
 * - `analogy`: written by analogy with the English text, not verified against a real message.
 */
export type SourceKind = 'microsoft-docs' | 'real-sample' | 'analogy';

export interface Term {
  readonly text: string;
  readonly source: SourceKind;
  /** Where the words were seen (a URL or a sample's name); absent for `analogy`. */
  readonly ref?: string;
}

/** The words of Exchange's NDRs in one language. Sentence patterns mark the recipient `{rcpt}`. */
export interface ExchangeTerms {
  // Legacy layout ("Delivery has failed to these recipients or groups").
  readonly failedHeading: readonly Term[];
  readonly delayedHeading: readonly Term[];
  /** Delivery reports ("Your message has been delivered to the following recipients"). */
  readonly deliveredHeading: readonly Term[];
  /** "<host> rejected your message to the following email addresses:" without the host. */
  readonly rejectedBy: readonly Term[];
  /** "<host> gave this error:" without the host. */
  readonly gaveError: readonly Term[];
  readonly adminHeading: readonly Term[];
  readonly generatingServer: readonly Term[];
  readonly receivingServer: readonly Term[];
  readonly originalHeaders: readonly Term[];
  /** Sentences only a delay notice has ("This message hasn't been delivered yet"). */
  readonly stillTrying: readonly Term[];
  // Enhanced layout ("Your message to … couldn't be delivered").
  readonly couldNotDeliver: readonly Term[];
  readonly actionRequired: readonly Term[];
  /** The labels under the sender and the recipient in the sender / Office 365 / recipient diagram. */
  readonly senderLabel: readonly Term[];
  readonly recipientLabel: readonly Term[];
  readonly howToFix: readonly Term[];
  readonly moreInfo: readonly Term[];
  readonly statusCode: readonly Term[];
  readonly originalDetails: readonly Term[];
  readonly errorDetails: readonly Term[];
  readonly reportedError: readonly Term[];
  readonly dsnGeneratedBy: readonly Term[];
  readonly senderAddress: readonly Term[];
  readonly recipientAddress: readonly Term[];
  readonly messageHops: readonly Term[];
  // Subjects (prefixes).
  readonly failedSubject: readonly Term[];
  readonly delayedSubject: readonly Term[];
  readonly deliveredSubject: readonly Term[];
}

/** The labels of a forward's (or reply's) header block as Outlook writes them in this language. */
export interface ForwardTerms {
  readonly from: readonly Term[];
  readonly sent: readonly Term[];
  readonly to: readonly Term[];
  readonly cc: readonly Term[];
  readonly subject: readonly Term[];
  readonly date: readonly Term[];
  /** Separator lines such as `-----Original Message-----`. */
  readonly separator: readonly Term[];
  /** Subject prefixes of a forward (`FW:`). */
  readonly prefix: readonly Term[];
}

export interface Lexicon {
  readonly lang: LangTag;
  readonly exchange: ExchangeTerms;
  readonly forward: ForwardTerms;
  /** Subject prefixes of automatic (out-of-office) replies. */
  readonly autoReplySubject: readonly Term[];
}

/** Words seen in Microsoft's documentation. */
export function ms(ref: string, ...texts: string[]): Term[] {
  return texts.map((text) => ({ text, source: 'microsoft-docs', ref }));
}

/** Words seen in a real message. */
export function seen(ref: string, ...texts: string[]): Term[] {
  return texts.map((text) => ({ text, source: 'real-sample', ref }));
}

/** Words written by analogy with the English text: not verified. */
export function analogy(...texts: string[]): Term[] {
  return texts.map((text) => ({ text, source: 'analogy' }));
}
