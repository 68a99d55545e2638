/**
 * What a decoder returns: the raw facts it read, before codes are arbitrated and reasons chosen.
 */
import type { Mail } from '../mail';
import type { MessageKind, StatedOwner } from '../types';
import type { Reason } from '../reason/reasons';
import type { Structure } from '../detect';

export type { StatedOwner };

export interface RawRecipient {
  address: string | null;
  action?: string;
  /** The `Status:` field or the code the decoder read as the status. */
  status?: string;
  replyCode?: string;
  diagnostic?: string;
  remoteMta?: string;
  reportingMta?: string;
  command?: string;
  /** A reason the format itself states (e.g. an ARF report, an auto-reply, a known heading). */
  reason?: Reason;
  retryUntil?: string;
  /** The words after the code in a Status field ("5.0.0 (Remote SMTP server has rejected address)"). */
  statusText?: string;
  feedbackType?: string;
  /** Lines that decided, for the evidence list. */
  evidence?: string[];
  /**
   * Who the report itself says must act: Exchange's enhanced layout marks the sender, the
   * service (Office 365) or the recipient with "Action Required".
   */
  statedOwner?: StatedOwner;
}

export interface Decoded {
  decoder: string;
  kind?: MessageKind;
  recipients: RawRecipient[];
  reportingMta?: string;
  arrivalDate?: string;
}

/** Per-message facts computed once and shared by every decoder. */
export interface Context {
  readonly mail: Mail;
  /** Lines of the human-readable text. */
  readonly lines: readonly string[];
  /** Lower-cased subject. */
  readonly subject: string;
  /** Lower-cased From address. */
  readonly from: string;
  /** Set when reading a bounce returned inside another bounce: no deeper nesting is followed. */
  readonly nested?: boolean;
  /** The structural verdict, set by `decode` before any decoder runs. */
  readonly structure?: Structure;
}

export interface Decoder {
  /** Family name, e.g. `postfix`, shown in evidence. */
  readonly name: string;
  /** Cheap test on headers and text: is this message possibly of this family? */
  detect(ctx: Context): boolean;
  /** Reads the recipients; null or an empty list when the message is not of this family after all. */
  decode(ctx: Context): Decoded | null;
}
