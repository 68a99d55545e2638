/**
 * The test pseudo-locales' catalogues, generated from English (never shipped to a user's
 * language; loaded only when `?lang=en-XA` or `?lang=ar-XB` asks for them): `en-XA` is accented and
 * about 40 % longer, `ar-XB` is wrapped in right-to-left embeddings. Same keys and placeholders as
 * English by construction.
 */
import { pseudoTree } from '../../i18n/pseudo';
import type { PseudoLocale } from '../../locale';
import { EN } from './en';
import type { Catalogue } from './en';

export function pseudoCatalogue(locale: PseudoLocale): Catalogue {
  const { locale: _en, ...texts } = EN;
  return { ...pseudoTree(texts, locale === 'ar-XB' ? 'rtl' : 'accented'), locale };
}
