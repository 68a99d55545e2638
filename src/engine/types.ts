/**
 * The result type of the engine. One versioned shape, described by `schema.ts` and checked by a
 * test, so the pane, the CLI and helpdesk tools read the same thing.
 */
import type { Cut } from './limits';
import type { Reason } from './reason/reasons';
import type { AddressFlag } from './text';

export type { AddressFlag };

export type { Cut, CutPart } from './limits';

export const RESULT_VERSION = '1.1.0' as const;

/**
 * Why an input could not be analysed, as data: the message catalogue (`errors.<code>`) words it
 * in the reader's language, with `values` filled in.
 */
export type ErrorCode =
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'unparseable'
  | 'msg-damaged'
  | 'analysis-failed'
  | 'time-limit'
  | 'memory-limit'
  | 'stdin-too-large'
  | 'file-not-found'
  | 'is-directory'
  | 'not-regular-file'
  | 'file-unreadable';

export const ERROR_CODES: readonly ErrorCode[] = [
  'unreadable',
  'empty',
  'too-large',
  'unparseable',
  'msg-damaged',
  'analysis-failed',
  'time-limit',
  'memory-limit',
  'stdin-too-large',
  'file-not-found',
  'is-directory',
  'not-regular-file',
  'file-unreadable',
];

export interface EngineError {
  readonly code: ErrorCode;
  /** Placeholders of the catalogue message (`size`, `limit` in MB; `file`). */
  readonly values: Readonly<Record<string, string | number>>;
}

/** What the whole message is. */
export type MessageKind = 'bounce' | 'warning' | 'auto-reply' | 'feedback-report' | 'delivery-report' | 'not-bounce';

/** RFC 3464 Action values, plus `null` when the bounce does not say. */
export type DsnAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** The party a report itself marks as the one that must act (Exchange's "Action Required"). */
export type StatedOwner = 'sender' | 'service' | 'recipient';

/** Why a verdict was reached: the lines that decided and the rule that used them. */
export interface Evidence {
  /** Short identifier of the rule, e.g. `status-map:5.1.1` or `phrase:userunknown`. */
  readonly rule: string;
  /** The text that triggered the rule (a fragment of the bounce, verbatim). */
  readonly text: string;
}

export interface RecipientResult {
  readonly address: string | null;
  readonly action: DsnAction | null;
  /** RFC 3463 enhanced status code, e.g. `5.1.1`. */
  readonly status: string | null;
  /** RFC 5321 reply code, e.g. `550`. */
  readonly replyCode: string | null;
  /** The server's own words, verbatim (whitespace folded). */
  readonly diagnosticCode: string | null;
  readonly remoteMta: string | null;
  readonly reportingMta: string | null;
  readonly smtpCommand: string | null;
  readonly reason: Reason;
  readonly hardBounce: boolean;
  readonly evidence: readonly Evidence[];
  /** 0..1: how sure the engine is of `reason`. */
  readonly confidence: number;
  /** Which decoder read this recipient. */
  readonly decodedBy: string;
  /** Retry-until date when a delay notice states one (ISO 8601). */
  readonly retryUntil: string | null;
  /** Who the report says must act ("Action Required" in Exchange's enhanced layout), when it says. */
  readonly statedOwner: StatedOwner | null;
  /** The address with its domain in ASCII (punycode) when the domain is internationalised. */
  readonly addressAscii: string | null;
  /** Look-alike signs in the address (mixed scripts, bidi controls, zero-width characters). */
  readonly addressFlags: readonly AddressFlag[];
}

export interface OriginalMessage {
  readonly subject: string | null;
  readonly messageId: string | null;
  readonly date: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly authenticationResults: readonly string[];
  /** The `Received:` chain of the returned original, topmost first (headers only). */
  readonly received: readonly string[];
}

export interface AnalysisResult {
  readonly version: typeof RESULT_VERSION;
  readonly kind: MessageKind;
  /** Which input route the bytes took: RFC 5322 message, Outlook .msg, or pasted text. */
  readonly inputType: 'eml' | 'msg' | 'text';
  readonly subject: string | null;
  readonly from: string | null;
  /** Who the report was sent to: normally the person reading it (the original's sender). */
  readonly reportTo: string | null;
  /** Server that wrote the report (Reporting-MTA or the best guess from the text). */
  readonly reportingMta: string | null;
  /** When the bounce arrived (its Date header or Arrival-Date), ISO 8601. */
  readonly arrivalDate: string | null;
  readonly original: OriginalMessage | null;
  readonly recipients: readonly RecipientResult[];
  /** Set when the input could not be read; the result is then `not-bounce` with no recipients. */
  readonly error: EngineError | null;
  /** What the limits cut (see `limits.ts`); empty when everything was read. */
  readonly cut: readonly Cut[];
  /** Names of the decoders that produced the recipients. */
  readonly decoders: readonly string[];
  /** Whether the message is a report at all, from its structure alone, and what showed it. */
  readonly detection: Detection;
}

/** The structural verdict (`detect.ts`): family decoders refine it, they do not decide it. */
export interface Detection {
  readonly verdict: 'bounce' | 'feedback-report' | 'disposition' | 'auto-reply' | 'challenge' | 'none';
  /** Sum of the bounce signals' weights; 5 or more is a bounce. */
  readonly score: number;
  readonly evidence: readonly Evidence[];
}
