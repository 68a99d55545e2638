/** Italian words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const IT: LanguageLexicon = {
  lang: 'it',
  delaySubject: [{ text: 'ritardata', source: "Exchange delay notice 'Consegna ritardata'" }],
  reportSubjectPrefix: [{ text: 'non recapitabile', source: "Exchange NDR subject 'Non recapitabile:'" }],
  exchangeSubject: [{ text: 'non recapitabile', source: 'Exchange Online / Exchange 2013+ NDR template subject (it)' }],
  exchangeHeading: [
    {
      text: 'il recapito non è riuscito per i seguenti destinatari o gruppi',
      source: 'Exchange Online / Exchange 2013+ NDR template heading (it)',
    },
  ],
  exchangeOriginalHeaders: [{ text: 'intestazioni originali del messaggio', source: 'Exchange Online / Exchange 2013+ NDR template (it)' }],
  exchangeBoilerplate: [
    { text: 'informazioni di diagnostica per gli amministratori', source: 'Exchange Online / Exchange 2013+ NDR template section (it)' },
    { text: 'server di generazione', source: 'Exchange Online / Exchange 2013+ NDR template section (it)' },
  ],
};
