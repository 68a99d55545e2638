/** The playground's URL parameters that simulate a narrow pane or a slow or failing Outlook. */

/** A whole number of CSS pixels or milliseconds from the URL, within bounds; `fallback` otherwise. */
export function numberParam(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null || !/^\d{1,6}$/.test(raw.trim())) return fallback;
  return Math.min(max, Math.max(min, Number(raw.trim())));
}

/** `?fail=getAsFileAsync,body` → the API names the simulated Outlook fails. */
export function failParam(params: URLSearchParams): string[] {
  return (params.get('fail') ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => /^[a-z.]{1,60}$/i.test(x))
    .flatMap((x) => (x === 'body' ? ['getAsync'] : [x.split('.').pop() ?? x]));
}
