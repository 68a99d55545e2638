/** The pane's words in the test pseudo-locales, generated from English (see `engine/i18n/pseudo.ts`). */
import { pseudoTree } from '../../engine';
import type { PseudoLocale } from '../../engine';
import { PANE_EN } from './en';
import type { PaneMessages } from './en';

export function panePseudo(locale: PseudoLocale): PaneMessages {
  return pseudoTree<PaneMessages>(PANE_EN, locale === 'ar-XB' ? 'rtl' : 'accented');
}
