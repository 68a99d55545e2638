/**
 * The pane's own catalogues, one per locale, same keys (`PaneMessages`: a missing key is a compile
 * error). English is bundled; every other language is a lazy chunk, named like the engine's
 * catalogue chunk of the same language so the pane fetches one file per language.
 */
import { resolveLocaleOrPseudo } from '../../engine';
import type { Locale, PseudoLocale } from '../../engine';
import { PANE_EN } from './en';
import type { PaneKey, PaneMessages } from './en';

export type { PaneKey, PaneMessages };

type Loadable = Exclude<Locale, 'en'> | PseudoLocale;

/** Every language has its loader: a missing one is a compile error. */
const LOADERS: { readonly [L in Loadable]: () => Promise<PaneMessages> } = {
  de: () => import(/* webpackChunkName: "locale-de" */ './de').then((m) => m.PANE_DE),
  fr: () => import(/* webpackChunkName: "locale-fr" */ './fr').then((m) => m.PANE_FR),
  es: () => import(/* webpackChunkName: "locale-es" */ './es').then((m) => m.PANE_ES),
  it: () => import(/* webpackChunkName: "locale-it" */ './it').then((m) => m.PANE_IT),
  'pt-BR': () => import(/* webpackChunkName: "locale-pt-BR" */ './pt-BR').then((m) => m.PANE_PT_BR),
  nl: () => import(/* webpackChunkName: "locale-nl" */ './nl').then((m) => m.PANE_NL),
  ja: () => import(/* webpackChunkName: "locale-ja" */ './ja').then((m) => m.PANE_JA),
  'zh-CN': () => import(/* webpackChunkName: "locale-zh-CN" */ './zh-CN').then((m) => m.PANE_ZH_CN),
  'en-XA': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.panePseudo('en-XA')),
  'ar-XB': () => import(/* webpackChunkName: "locale-pseudo" */ './pseudo').then((m) => m.panePseudo('ar-XB')),
};

const LOADED = new Map<Locale | PseudoLocale, PaneMessages>([['en', PANE_EN]]);

/** The pane's words for a tag; the language must have been loaded (`loadPaneMessages`), else this throws. */
export function paneMessages(tag: string): PaneMessages {
  const locale = resolveLocaleOrPseudo(tag);
  const m = LOADED.get(locale);
  if (m === undefined) throw new Error(`The pane's ${locale} messages are not loaded: await loadPaneMessages('${locale}') first.`);
  return m;
}

export async function loadPaneMessages(tag: string): Promise<PaneMessages> {
  const locale = resolveLocaleOrPseudo(tag);
  const have = LOADED.get(locale);
  if (have !== undefined) return have;
  if (locale === 'en') return PANE_EN;
  const m = await LOADERS[locale]();
  LOADED.set(locale, m);
  return m;
}
