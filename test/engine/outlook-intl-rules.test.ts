/**
 * The lexicon words task P19b added for notices in ru, tr, cs, sv, da, nb, fi and ko (found by
 * `test/corpus-outlook-intl`, labelled blind): report subjects and report sentences, so that a
 * provider's localised notice, forwarded from Outlook or pasted, counts as a report. Each case is
 * written here in this project's own words; beside it the case the words must leave alone (words
 * alone, from a person, are no bounce: detect.ts also needs a sign of how the message was built).
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { findWord } from '../../src/engine/lexicon';

async function message(from: string, subject: string, lines: readonly string[]): Promise<AnalysisResult> {
  const head = [`From: ${from}`, 'To: sender@example.com', `Subject: ${subject}`, 'Date: Tue, 4 Nov 2025 09:14:22 +0100'];
  return analyze([...head, 'Content-Type: text/plain; charset=utf-8', '', ...lines, ''].join('\n'));
}

describe('localised report subjects and sentences (lexicon, task P19b)', () => {
  test.each([
    ['ru', 'недоставленное сообщение', 'reportSubject'],
    ['ru', 'ваше письмо не доставлено.', 'reportSentence'],
    ['tr', 'teslim edilemedi: fiyat teklifi', 'reportSubject'],
    ['tr', 'iletiniz teslim edilemedi.', 'reportSentence'],
    ['cs', 'vaši zprávu se nepodařilo doručit.', 'reportSentence'],
    ['sv', 'olevererbart: avtal', 'reportSubject'],
    ['da', 'kan ikke leveres: tilbud', 'reportSubject'],
    ['nb', 'meldingen kunne ikke leveres.', 'reportSentence'],
    ['fi', 'ei voitu toimittaa: tarjous', 'reportSubject'],
    ['ko', '메일이 발송되지 않았습니다.', 'reportSentence'],
  ] as const)('%s: "%s" is a %s word', (_lang, text, role) => {
    expect(findWord(role, text)).not.toBeNull();
  });

  test('ordinary words of those languages are none', () => {
    for (const text of ['письмо доставлено', 'teslim edildi', 'zpráva byla doručena', 'meddelandet levererades', 'viesti toimitettiin']) {
      expect(findWord('reportSentence', text)).toBeNull();
      expect(findWord('reportSubject', text)).toBeNull();
    }
  });

  // The daemon sender alone weighs 3 of the 5 a bounce needs; the subject and the sentence make it one.
  // (Its recipient, named only on a localised "Получатель:" line, is a decoder's to read: task P19b's report.)
  test('a Russian provider notice from a mailer daemon, codes on their own line, is a bounce', async () => {
    const r = await message('mailer-daemon@mx.example.ru', 'Недоставленное сообщение', [
      'Ваше письмо не доставлено.',
      '',
      'Ответ сервера:',
      '552 5.2.2 Mailbox size limit exceeded',
    ]);
    expect(r.kind).toBe('bounce');
  });

  test('without the Russian words the same daemon message is no bounce (the words are what counts)', async () => {
    const r = await message('mailer-daemon@mx.example.ru', 'Уведомление', [
      'Здравствуйте.',
      '',
      'Ответ сервера:',
      '552 5.2.2 Mailbox size limit exceeded',
    ]);
    expect(r.kind).not.toBe('bounce');
  });

  test('a person writing the same Russian words is no bounce', async () => {
    const r = await message('Olga Petrova <olga@example.ru>', 'Недоставленное сообщение', [
      'Коллеги, моё письмо не доставлено, посмотрите, пожалуйста.',
    ]);
    expect(r.kind).not.toBe('bounce');
  });
});
