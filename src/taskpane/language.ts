/** Which language the pane speaks: Outlook's display language, resolved once, its chunk loaded. */
import { office } from '../office';
import { loadTranslator, translator } from './strings';
import type { Translator } from './strings';

/** Outlook's display language (a BCP 47 tag such as de-AT); English outside Outlook. */
export function displayLanguage(): string {
  try {
    return office()?.context?.displayLanguage ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The translator for Outlook's display language: only that language's chunk is fetched. Should
 * the chunk not load (a broken deployment), the pane still works, in English.
 */
export async function paneTranslator(): Promise<Translator> {
  try {
    return await loadTranslator(displayLanguage());
  } catch {
    return translator('en');
  }
}
