/** Swedish words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const SV: LanguageLexicon = {
  lang: 'sv',
  exchangeSubject: [{ text: 'olevererbart', source: 'Exchange Online / Exchange 2013+ NDR template subject (sv)' }],
  exchangeOriginalHeaders: [{ text: 'ursprungshuvuden:', source: 'Exchange Online / Exchange 2013+ NDR template (sv)' }],
  exchangeBoilerplate: [
    { text: 'diagnostisk information för administratörer', source: 'Exchange Online / Exchange 2013+ NDR template section (sv)' },
    { text: 'genererande server', source: 'Exchange Online / Exchange 2013+ NDR template section (sv)' },
  ],
};
