/**
 * A bounce forwarded inline arrives quoted ("> " before each line), which is how it reaches the
 * pane on the Forward route: the quote marks go before any decoder reads it.
 */
export function unquote(all: string[]): string[] {
  let quoted = 0;
  let filled = 0;
  for (const l of all) {
    if (l.trim() === '') continue;
    filled++;
    if (l === '>' || l.startsWith('> ')) quoted++;
  }
  if (filled === 0 || quoted / filled < 0.4) return all;
  return all.map((l) => (l === '>' ? '' : l.startsWith('> ') ? l.slice(2) : l));
}
