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

/**
 * Whether an Office result succeeded. The typings declare `AsyncResultStatus` as a numeric enum, but
 * the runtime uses the strings "succeeded"/"failed"; accept either so neither side needs a cast.
 */
function succeeded(status: unknown): boolean {
  const g = globalThis as { Office?: { AsyncResultStatus?: { Succeeded?: unknown } } };
  return status === 'succeeded' || (status !== undefined && status === g.Office?.AsyncResultStatus?.Succeeded);
}

/**
 * Wraps an Office callback API into a promise with a timeout and a typed error. The callback has
 * Office's own type, so `start` passes it straight to the API: `(cb) => item.body.getAsync(type, cb)`.
 */
export function officeCall<T>(call: string, start: (cb: (r: Office.AsyncResult<T>) => void) => void, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
  const work = new Promise<T>((resolve, reject) => {
    try {
      start((r) => {
        if (succeeded(r.status)) resolve(r.value);
        else {
          const error = r.error as Partial<Office.Error> | null | undefined;
          reject(new OfficeCallError(call, error?.message ?? 'failed', error?.code ?? null));
        }
      });
    } catch (e) {
      reject(new OfficeCallError(call, e instanceof Error ? e.message : String(e)));
    }
  });
  return withTimeout(call, work, ms);
}
