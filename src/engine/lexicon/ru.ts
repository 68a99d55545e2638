/** Russian words of delivery notices, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const RU: LanguageLexicon = {
  lang: 'ru',
  bounceSubject: [{ text: 'не доставлено', source: "Russian delivery notices (Mail.ru, Yandex) 'не доставлено'" }],
  recipientsFailedHeading: [
    { text: 'не может быть доставлено одному или нескольким получателям', source: 'Mail.Ru notice above Exim text' },
  ],
  adviceBoilerplate: [{ text: 'рекомендуем вам проверить', source: 'Mail.Ru notice advice line' }],
  notDeliveredSubject: [{ text: 'не доставлено', source: 'Mail.Ru notice subject' }],
};
