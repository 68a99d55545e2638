/**
 * Every size limit of the engine, in one place. Callers (the pane's worker, the CLI, tests) may
 * lower them; values are validated the way postal-mime validates its options: a wrong value is a
 * programming error and throws at once, before any input is read. What a limit cuts is recorded
 * on the result (`AnalysisResult.cut`), never dropped silently.
 */

export interface Limits {
  /** Inputs larger than this are refused with a clear error: no bounce is ever this big. */
  readonly maxInputBytes: number;
  /** The human text is read up to this length; the rest is attachment noise. */
  readonly maxBodyChars: number;
  /** The returned original (and extra text parts) are read only for their headers, up to this length. */
  readonly maxOriginalChars: number;
  /** A server's diagnostic is kept up to this length. */
  readonly maxDiagnosticChars: number;
  /** More recipients than this are cut: no real bounce lists more, and the report stays bounded. */
  readonly maxRecipients: number;
  /** MIME nesting deeper than this is refused by postal-mime; the message is then read as text. */
  readonly maxMimeDepth: number;
  /** A header block larger than this is refused by postal-mime; the message is then read as text. */
  readonly maxHeaderBytes: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxInputBytes: 64 * 1024 * 1024,
  maxBodyChars: 512 * 1024,
  maxOriginalChars: 256 * 1024,
  maxDiagnosticChars: 4000,
  maxRecipients: 10_000,
  maxMimeDepth: 64,
  maxHeaderBytes: 4 * 1024 * 1024,
});

/** What a limit cut, as recorded on a result. */
export type CutPart = 'body' | 'original' | 'diagnostic' | 'recipients';

export interface Cut {
  readonly part: CutPart;
  /** The limit that applied (characters, or recipients). */
  readonly limit: number;
}

export class LimitsError extends TypeError {
  override readonly name = 'LimitsError';
}

/**
 * The defaults with the caller's values over them. Every value must be a positive safe integer;
 * anything else (a string, NaN, 0, a negative, an unknown key) throws a `LimitsError`.
 */
export function resolveLimits(options: Partial<Limits> = {}): Limits {
  const out: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(options)) {
    if (!(key in DEFAULT_LIMITS)) throw new LimitsError(`unknown limit "${key}"`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0)
      throw new LimitsError(`limit "${key}" must be a positive integer, got ${String(value)}`);
    out[key] = value;
  }
  return Object.freeze(out as unknown as Limits);
}

/** The default input cap, for faces that check a file's size before reading it. */
export const MAX_INPUT_BYTES: number = DEFAULT_LIMITS.maxInputBytes;
