/**
 * What the CLI asks its workers, per input, and what comes back: the finished output text, so
 * neither the engine nor its catalogue is needed on the main thread.
 */
import type { EngineError } from '../engine/types';
import type { RunRequest } from '../worker/protocol';
import type { OutputOptions } from './format';

/** Common to every input of a run: sent once, when a worker starts. */
export interface CliShared {
  readonly request: RunRequest;
  readonly output: OutputOptions;
}

/** One input: its bytes, or the reason it could not be read (worded by the worker's catalogue). */
export interface CliJob {
  readonly name: string;
  readonly input?: Uint8Array | string;
  readonly error?: EngineError;
}

export interface CliAnswer {
  /** The output for this input, without the final newline. */
  readonly text: string;
  /** The input could not be read or analysed (exit status 1). */
  readonly failed: boolean;
}

export function isCliJob(v: unknown): v is CliJob {
  if (typeof v !== 'object' || v === null) return false;
  const j = v as Record<string, unknown>;
  return (
    typeof j.name === 'string' &&
    (typeof j.input === 'string' || j.input instanceof Uint8Array || (typeof j.error === 'object' && j.error !== null))
  );
}
