/** Russian words of delivery notices, Exchange NDR layouts and Outlook forward blocks, by role (see `types.ts`). Lower case; each with its source. */
import type { LanguageLexicon } from './types';

export const RU: LanguageLexicon = {
  lang: 'ru',
  recipientLabel: [
    {
      text: 'получатель',
      source:
        "dictionary fact: the common Russian noun for the recipient of a letter or message ('получатель'), used as a field label in that language's mail notices; task P20a",
    },
  ],
  bounceSubject: [{ text: 'не доставлено', source: "Russian delivery notices (Mail.ru, Yandex) 'не доставлено'" }],
  recipientsFailedHeading: [
    { text: 'не может быть доставлено одному или нескольким получателям', source: 'Mail.Ru notice above Exim text' },
  ],
  adviceBoilerplate: [{ text: 'рекомендуем вам проверить', source: 'Mail.Ru notice advice line' }],
  notDeliveredSubject: [{ text: 'не доставлено', source: 'Mail.Ru notice subject' }],
  ndrFailedHeading: [
    {
      text: 'не удалось доставить сообщение следующим получателям или группам:',
      source: 'written by analogy with the English text, not verified',
    },
    { text: 'сбой доставки следующим получателям или группам:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedHeading: [
    { text: 'доставка следующим получателям или группам задерживается:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDeliveredHeading: [
    { text: 'ваше сообщение доставлено следующим получателям:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrRejectedBy: [
    {
      text: 'отклонил ваше сообщение для следующих адресов электронной почты:',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrGaveError: [{ text: 'вернул следующую ошибку:', source: 'written by analogy with the English text, not verified' }],
  ndrAdminHeading: [
    { text: 'диагностические сведения для администраторов:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrGeneratingServer: [{ text: 'создающий сервер:', source: 'written by analogy with the English text, not verified' }],
  ndrReceivingServer: [{ text: 'принимающий сервер:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalHeaders: [{ text: 'исходные заголовки сообщения:', source: 'written by analogy with the English text, not verified' }],
  ndrStillTrying: [
    { text: 'это сообщение еще не доставлено', source: 'written by analogy with the English text, not verified' },
    { text: 'сервер продолжит попытки доставить это сообщение', source: 'written by analogy with the English text, not verified' },
  ],
  ndrCouldNotDeliver: [
    { text: 'не удалось доставить ваше сообщение для {rcpt}', source: 'written by analogy with the English text, not verified' },
    { text: 'ваше сообщение для {rcpt} не может быть доставлено', source: 'written by analogy with the English text, not verified' },
  ],
  ndrActionRequired: [{ text: 'требуется действие', source: 'written by analogy with the English text, not verified' }],
  ndrSenderLabel: [{ text: 'отправитель', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientLabel: [{ text: 'получатель', source: 'written by analogy with the English text, not verified' }],
  ndrHowToFix: [{ text: 'как устранить проблему', source: 'written by analogy with the English text, not verified' }],
  ndrMoreInfo: [
    {
      text: 'дополнительные сведения для администраторов электронной почты',
      source: 'written by analogy with the English text, not verified',
    },
  ],
  ndrStatusCode: [{ text: 'код состояния:', source: 'written by analogy with the English text, not verified' }],
  ndrOriginalDetails: [{ text: 'сведения об исходном сообщении', source: 'written by analogy with the English text, not verified' }],
  ndrErrorDetails: [{ text: 'сведения об ошибке', source: 'written by analogy with the English text, not verified' }],
  ndrReportedError: [
    { text: 'сообщение об ошибке:', source: 'written by analogy with the English text, not verified' },
    { text: 'зарегистрированная ошибка:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDsnGeneratedBy: [{ text: 'dsn создано:', source: 'written by analogy with the English text, not verified' }],
  ndrSenderAddress: [{ text: 'адрес отправителя:', source: 'written by analogy with the English text, not verified' }],
  ndrRecipientAddress: [{ text: 'адрес получателя:', source: 'written by analogy with the English text, not verified' }],
  ndrMessageHops: [{ text: 'переходы сообщения', source: 'written by analogy with the English text, not verified' }],
  ndrFailedSubject: [
    { text: 'недоставленное сообщение:', source: 'written by analogy with the English text, not verified' },
    { text: 'не доставлено:', source: 'written by analogy with the English text, not verified' },
  ],
  ndrDelayedSubject: [{ text: 'доставка задерживается:', source: 'written by analogy with the English text, not verified' }],
  ndrDeliveredSubject: [{ text: 'доставлено:', source: 'written by analogy with the English text, not verified' }],
  forwardFrom: [{ text: 'от', source: 'written by analogy with the English text, not verified' }],
  forwardSent: [{ text: 'отправлено', source: 'written by analogy with the English text, not verified' }],
  forwardTo: [{ text: 'кому', source: 'written by analogy with the English text, not verified' }],
  forwardCc: [{ text: 'копия', source: 'written by analogy with the English text, not verified' }],
  forwardSubject: [{ text: 'тема', source: 'written by analogy with the English text, not verified' }],
  forwardDate: [{ text: 'дата', source: 'written by analogy with the English text, not verified' }],
  forwardSeparator: [{ text: '-----исходное сообщение-----', source: 'written by analogy with the English text, not verified' }],
  forwardPrefix: [
    { text: 'fw:', source: 'written by analogy with the English text, not verified' },
    { text: 'пересл:', source: 'written by analogy with the English text, not verified' },
  ],
  autoReplySubject: [{ text: 'автоматический ответ:', source: 'written by analogy with the English text, not verified' }],
  reportSubject: [
    {
      text: 'недоставленное сообщение',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
    {
      text: 'сообщение не доставлено',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
    {
      text: 'не удается доставить',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
  ],
  reportSentence: [
    {
      text: 'письмо не доставлено',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
    {
      text: 'сообщение не доставлено',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
    {
      text: 'не удалось доставить',
      source:
        "Russian provider notices (Mail.ru, Yandex): subjects 'Недоставленное сообщение' / 'Сообщение не доставлено', body 'письмо не доставлено' - after ../shared/reference/status-codes.md §5-§6 and the Russian Google Workspace help page support.google.com/a/answer/1071514?hl=ru ('сообщение возвращается с ошибкой'); task P19b",
    },
  ],
};
