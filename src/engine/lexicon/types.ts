/**
 * The localised words the engine reads in reports, grouped by role. One file per language, each
 * line lower case (matching is on lower-cased text), each list with where its words come from.
 */
export interface Lexicon {
  /** BCP 47 language tag. */
  readonly lang: string;
  /** Subjects of delivery-failure reports (NDRs). */
  readonly bounceSubject: readonly string[];
  /** Subjects of delay notices (the server is still trying). */
  readonly delaySubject: readonly string[];
  /** Sentences near the top of a delivery-failure report. */
  readonly bounceBody: readonly string[];
  /** Subjects of automatic replies (out of office, vacation). */
  readonly autoReplySubject: readonly string[];
  /** Sentences of automatic replies. */
  readonly autoReplyBody: readonly string[];
  /** Subjects of read receipts (RFC 8098 MDNs and their text-only lookalikes). */
  readonly readReceiptSubject: readonly string[];
  /** Sentences of challenge-response systems asking the sender to prove they are a person. */
  readonly challengeBody: readonly string[];
}
