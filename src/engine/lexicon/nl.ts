/** Dutch words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const NL: LanguageLexicon = {
  lang: 'nl',
  exchangeSubject: [{ text: 'onbestelbaar', source: 'Exchange Online / Exchange 2013+ NDR template subject (nl)' }],
};
