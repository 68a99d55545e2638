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

/** Every language has its loader: a missing one is a compile error. */
export const LOADERS: { readonly [L in LazyLocale]: () => Promise<Catalogue> } = {
  de: () => import(/* webpackChunkName: "locale-de" */ './de').then((m) => m.DE),
  fr: () => import(/* webpackChunkName: "locale-fr" */ './fr').then((m) => m.FR),
  es: () => import(/* webpackChunkName: "locale-es" */ './es').then((m) => m.ES),
  it: () => import(/* webpackChunkName: "locale-it" */ './it').then((m) => m.IT),
  'pt-BR': () => import(/* webpackChunkName: "locale-pt-BR" */ './pt-BR').then((m) => m.PT_BR),
  nl: () => import(/* webpackChunkName: "locale-nl" */ './nl').then((m) => m.NL),
  ja: () => import(/* webpackChunkName: "locale-ja" */ './ja').then((m) => m.JA),
  'zh-CN': () => import(/* webpackChunkName: "locale-zh-CN" */ './zh-CN').then((m) => m.ZH_CN),
  'en-XA': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.pseudoCatalogue('en-XA')),
  'ar-XB': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.pseudoCatalogue('ar-XB')),
};

/** Loads one language's catalogue (a lazy chunk in the browser). */
export function loadCatalogue(locale: LazyLocale): Promise<Catalogue> {
  return LOADERS[locale]();
}
