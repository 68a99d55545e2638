/**
 * Which of the product's languages to speak, from whatever tag the host gives (Outlook's
 * `displayLanguage`, the playground's `?lang=`, the CLI's `--lang`). One resolver for every face,
 * so the pane, the report and `ndr-explain` never disagree about the language.
 */

/** The languages the product ships, as BCP 47 tags. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'ja', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Test-only pseudo-locales: `en-XA` (accented, about 40 % longer, to find cut or overflowing text)
 * and `ar-XB` (mirrored right-to-left). They are never chosen from a user's language.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Languages whose variants all read the one variant the product ships. */
const BY_LANGUAGE: Readonly<Record<string, Locale>> = {
  en: 'en',
  de: 'de',
  fr: 'fr',
  es: 'es',
  it: 'it',
  // European Portuguese readers are better served by Brazilian Portuguese than by English.
  pt: 'pt-BR',
  nl: 'nl',
  ja: 'ja',
};

/** Chinese: only Simplified script is shipped; Traditional (zh-TW, zh-HK, zh-Hant) falls back to English. */
const SIMPLIFIED_CHINESE: ReadonlySet<string> = new Set(['zh', 'zh-cn', 'zh-sg', 'zh-hans', 'zh-hans-cn', 'zh-hans-sg', 'zh-my']);

/**
 * Resolves a BCP 47 tag (any case, `_` or `-`) to a shipped locale: de-AT → de, pt-PT → pt-BR,
 * zh-Hans/zh-SG → zh-CN, anything unknown or empty → en.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (tag === null || tag === undefined) return DEFAULT_LOCALE;
  const norm = tag.trim().replace(/_/g, '-').toLowerCase();
  if (norm === '') return DEFAULT_LOCALE;
  if (norm === 'zh' || norm.startsWith('zh-')) return SIMPLIFIED_CHINESE.has(norm) ? 'zh-CN' : DEFAULT_LOCALE;
  const language = norm.split('-')[0] ?? '';
  return BY_LANGUAGE[language] ?? DEFAULT_LOCALE;
}

/** Like `resolveLocale`, but keeps the test pseudo-locales when asked for by their exact tag. */
export function resolveLocaleOrPseudo(tag: string | null | undefined): Locale | PseudoLocale {
  const norm = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
  const pseudo = PSEUDO_LOCALES.find((p) => p.toLowerCase() === norm);
  return pseudo ?? resolveLocale(tag);
}

/** Writing direction of a locale (only the RTL pseudo-locale is right-to-left today). */
export function directionOf(locale: Locale | PseudoLocale): 'ltr' | 'rtl' {
  return locale === 'ar-XB' ? 'rtl' : 'ltr';
}
