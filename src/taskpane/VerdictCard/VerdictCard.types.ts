import type { ReactNode, Ref } from 'react';
import type { AnalysisResult, Explanation, ExplanationGroup, RecipientResult } from '../../engine';
import type { Translator } from '../strings';

export interface VerdictCardProps {
  readonly group: ExplanationGroup;
  readonly result: AnalysisResult;
  readonly t: Translator;
  readonly index: number;
  /** Heading level: 2 when the card is the verdict, 3 under a summary. */
  readonly level: 2 | 3;
  /** The verdict heading's ref (focus goes there after an analysis); only on the leading card. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The primary action, placed right after what happened when this card is the whole verdict. */
  readonly action?: ReactNode;
  readonly onCopy: (text: string) => Promise<boolean>;
  /**
   * Render the secondary parts (recipients, technical details) too. False for the first commit
   * after an analysis: the verdict reaches the screen first, the rest follows a moment later.
   */
  readonly details?: boolean;
}

export interface VerdictCardState {
  readonly props: VerdictCardProps;
  readonly x: Explanation;
  readonly headingId: string;
  readonly code: string | null;
  /** The recipients shown (the first few; `more` counts the rest). */
  readonly recipients: readonly RecipientResult[];
  readonly more: number;
  /** Worded only when the details are rendered (and for copying them). */
  readonly technical: readonly (readonly string[])[];
  readonly links: ReadonlyArray<{ readonly href: string; readonly label: string }>;
  readonly copied: boolean | null;
  readonly copyDetails: () => void;
}
