/** Every Office.js call gets a deadline: a host that never calls back must not freeze the pane. */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError';
  constructor(
    readonly call: string,
    message: string,
    readonly code: number | string | null = null,
  ) {
    super(`${call}: ${message}`);
  }
}

export const DEFAULT_TIMEOUT_MS = 8000;

export function withTimeout<T>(call: string, work: Promise<T>, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OfficeCallError(call, `no answer within ${ms} ms`, 'timeout')), ms);
  });
  return Promise.race([work, deadline]).finally(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
}

/** Shape of Office's callback result, without depending on the global at type level. */
export interface AsyncResultLike<T> {
  status: string;
  value: T;
  error?: { code?: number; name?: string; message?: string } | null;
}

/** Wraps an Office callback API into a promise with a timeout and a typed error. */
export function officeCall<T>(call: string, start: (cb: (r: AsyncResultLike<T>) => void) => void, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
  const work = new Promise<T>((resolve, reject) => {
    try {
      start((r) => {
        if (r.status === 'succeeded') resolve(r.value);
        else reject(new OfficeCallError(call, r.error?.message ?? 'failed', r.error?.code ?? null));
      });
    } catch (e) {
      reject(new OfficeCallError(call, e instanceof Error ? e.message : String(e)));
    }
  });
  return withTimeout(call, work, ms);
}
