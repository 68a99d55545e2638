/**
 * The lazy side of the catalogue: one chunk per language other than English (and one for the test
 * pseudo-locales). No static import of English here, so a face that bundles only part of English
 * (the pane, `en-ui.ts`) can load other languages without pulling in all of it.
 *
 * The chunk names are shared with the pane's own words (`src/taskpane/messages/index.ts`): the pane
 * fetches one file per language and the engine worker fetches the same file from the cache.
 */
import type { Locale, PseudoLocale } from '../../locale';
import type { Catalogue } from './en';

export type LazyLocale = Exclude<Locale, 'en'> | PseudoLocale;

export const LOADERS: { readonly [L in LazyLocale]?: () => Promise<Catalogue> } = {
  'en-XA': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.pseudoCatalogue('en-XA')),
  'ar-XB': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.pseudoCatalogue('ar-XB')),
};

/** Loads one language's catalogue (a lazy chunk in the browser). */
export async function loadCatalogue(locale: LazyLocale): Promise<Catalogue> {
  const load = LOADERS[locale];
  if (load === undefined) throw new Error(`No ${locale} catalogue yet.`);
  return load();
}
