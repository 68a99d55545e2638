/**
 * The lexicon on demand, for a face that needs one role's words off its first-verdict path (the
 * pane judging attached messages): in the browser a lazy chunk with only the lexicon in it.
 */
import type { Role } from './types';

export async function loadWords(role: Role): Promise<readonly string[]> {
  const { words } = await import(/* webpackChunkName: "lexicon" */ './index');
  return words(role);
}
