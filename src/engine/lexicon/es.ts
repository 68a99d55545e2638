/** Spanish words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const ES: LanguageLexicon = {
  lang: 'es',
  exchangeSubject: [{ text: 'no se puede entregar', source: 'Exchange Online / Exchange 2013+ NDR template subject (es)' }],
};
