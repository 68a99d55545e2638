/** Types of the explanation layer: who must act, when resending helps, and the catalogue rows. */
import type { Reason } from '../reason/reasons';

/** Who has to do something: the sender, the sender's IT, the recipient's side, nobody yet, nobody. */
export type Owner = 'you' | 'your-it' | 'recipient-side' | 'wait' | 'none';

export const OWNERS: readonly Owner[] = ['you', 'your-it', 'recipient-side', 'wait', 'none'];

/** Whether sending the same message again can work. */
export type Retry = 'no' | 'after-fix' | 'later' | 'automatic' | 'not-needed';

export interface CatalogueEntry {
  /** Stable id; its texts live in the message catalogue under `entries.<id>`. */
  readonly id: string;
  /**
   * Enhanced codes this entry explains: exact (`5.7.367`), any class (`X.7.26`), or a detail range
   * (`5.7.606-649`).
   */
  readonly codes?: readonly string[];
  /** Lower-case fragments of the server text; with `codes`, both must match. */
  readonly text?: readonly string[];
  /** Reasons this entry is the fallback for. */
  readonly reasons?: readonly Reason[];
  /**
   * Who must act when the recipient has finally failed and nothing about the case says otherwise.
   * Never `wait`: a failed recipient is not retried (only the `delayed` entry uses it).
   */
  readonly owner: Owner;
  /**
   * Who must act while the servers are still retrying (a delay notice). Defaults to `wait` unless
   * the entry needs a fix on the sender's side before any retry can work (see `decideOwner`).
   */
  readonly whenDelayed?: Owner;
  readonly retry: Retry;
  /** The vendor's own documentation for this case. */
  readonly links?: readonly string[];
}

export interface Explanation {
  /** Catalogue entry that matched, and how (`code+text`, `code`, `class`, `reason`, `special:…`). */
  readonly id: string;
  readonly matchedBy: string;
  readonly title: string;
  readonly summary: string;
  readonly owner: Owner;
  readonly steps: readonly string[];
  readonly itChecks: readonly string[];
  readonly retry: Retry;
  readonly retryText: string;
  readonly links: readonly string[];
  readonly confidence: number;
  /** Facts the explanation used that the user may want to see (limit, suggestion, verdicts). */
  readonly facts: Readonly<Record<string, string>>;
}
