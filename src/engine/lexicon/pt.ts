/** Portuguese words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const PT: LanguageLexicon = {
  lang: 'pt',
  exchangeSubject: [
    { text: 'não é possível entregar', source: 'Exchange Online / Exchange 2013+ NDR template subject (pt-BR)' },
    { text: 'não entregue', source: 'Exchange Online / Exchange 2013+ NDR template subject (pt-PT)' },
  ],
  exchangeHeading: [
    {
      text: 'falha na entrega aos seguintes destinatários ou grupos',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (pt-BR)',
    },
    {
      text: 'a entrega falhou para estes destinatários ou grupos',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (pt-PT)',
    },
  ],
};
