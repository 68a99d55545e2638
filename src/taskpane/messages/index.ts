/** The pane's own catalogues, one per locale, same keys; English is the fallback. */
import { PANE_EN } from './en';
import type { PaneKey, PaneMessages } from './en';

export type { PaneKey, PaneMessages };

const LOCALES: Readonly<Record<string, PaneMessages>> = { en: PANE_EN };

export function paneMessages(locale: string): PaneMessages {
  return LOCALES[locale] ?? LOCALES[locale.split('-')[0] ?? ''] ?? PANE_EN;
}
