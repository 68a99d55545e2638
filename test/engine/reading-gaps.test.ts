/**
 * Task P20a: the reading gaps the Outlook-form sets found. Each rule with a case it reads and a
 * case it must leave alone, written here in this project's own words (never a corpus file's text):
 * 1. a recipient named only on a localised label line ("Получатель: <addr>"), never the mailbox
 *    owner a forward block's To names with the same word;
 * 2. Gmail's notice in the sender's language ("Sua mensagem não foi entregue a <addr> porque …");
 * 3. an Exchange delay notice told by its sentence or its summary, not by its heading alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';
import { labelledRecipientAt } from '../../src/engine/decoders/blocks';
import { readForward } from '../../src/engine/input/forward';
import { readTextInput } from '../../src/engine/input/paste';
import { htmlToText, loadHtmlReader, looksLikeHtml } from '../../src/engine/input/html';
import { findAddresses } from '../../src/engine/text';

const text = (lines: readonly string[]): Promise<AnalysisResult> => analyze(lines.join('\n'));
const addresses = (r: AnalysisResult): Array<string | null> => r.recipients.map((x) => x.address);

describe('recipients on localised label lines (lexicon recipientLabel)', () => {
  test.each([
    ['ru', 'Получатель: ivan.petrov@example.ru'],
    ['pl', 'adresat: jan.nowak@example.pl'],
    ['ko', '받는 사람: minsu.kim@example.kr'],
    ['zh-CN', '收件人：li.wei@example.cn'],
    ['de', '**Empfänger:** <max.muster@example.de>'],
    ['tr', '- Alıcı: ayse.yilmaz@example.com.tr'],
  ])('%s: "%s" names a recipient', (_lang, line) => {
    const hit = labelledRecipientAt(['', line, 'x'], 1);
    expect(hit?.address).toBe(findAddresses(line)[0]);
  });

  test('a label that is no recipient label, or a line without an address, names nobody', () => {
    expect(labelledRecipientAt(['Причина: почтовый ящик user@example.ru переполнен'], 0)).toBeNull();
    expect(labelledRecipientAt(['Получатель: неизвестен'], 0)).toBeNull();
    expect(labelledRecipientAt(['Pozdrawiam, adresat: nie wiem gdzie jan@example.pl'], 0)).toBeNull();
  });

  test('a label line next to another header label (a forward block, a header dump) is never read', () => {
    const block = ['보낸 사람: mailer-daemon@example.kr', '받는 사람: owner@example.com', '제목: 메일 발송 실패'];
    expect(labelledRecipientAt(block, 1)).toBeNull();
    const dump = ['From: someone@example.com', 'Empfänger: original.to@example.de', 'Betreff: Angebot'];
    expect(labelledRecipientAt(dump, 1)).toBeNull();
    // Two recipient lines in a row are a list, not a header block.
    const list = ['Получатель: a@example.ru', 'Получатель: b@example.ru'];
    expect(labelledRecipientAt(list, 0)?.address).toBe('a@example.ru');
    expect(labelledRecipientAt(list, 1)?.address).toBe('b@example.ru');
  });

  test('a pasted Korean provider notice: the label line plus a reply line is a bounce, and its recipient is read', async () => {
    const r = await text([
      '메일이 발송되지 않았습니다.',
      '',
      '받는 사람: minsu.kim@example.kr',
      '사유: 메일함 용량 초과',
      '',
      '552 5.2.2 Mailbox full',
    ]);
    expect(r.kind).toBe('bounce');
    expect(addresses(r)).toEqual(['minsu.kim@example.kr']);
    expect(r.detection.evidence.map((e) => e.rule)).toContain('structure:labelled-recipient-reply');
  });

  test('without a reply line the label line is no structure of its own', async () => {
    const r = await analyze(
      [
        'From: anna@example.pl',
        'To: jan@example.pl',
        'Subject: Adresy',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Cześć, nowy adres do faktur:',
        'adresat: ksiegowosc@example.pl',
        '',
      ].join('\n'),
    );
    expect(r.kind).toBe('not-bounce');
  });

  test("a forward of a Korean notice: the block's To (the owner) is never taken, the label line's address is", async () => {
    const r = await text([
      '이게 무슨 뜻인가요?',
      '',
      '보낸 사람: MAILER-DAEMON@mail.example.kr',
      '보낸 날짜: 2025년 6월 9일 월요일 오전 9:00',
      '받는 사람: 김지은 <jieun.kim@contoso.example>',
      '제목: 메일 발송 실패',
      '',
      '메일이 발송되지 않았습니다.',
      '',
      '받는 사람: minsu.kim@example.kr',
      '552 5.2.2 Mailbox full',
    ]);
    expect(addresses(r)).toEqual(['minsu.kim@example.kr']);
  });

  test('a header block Outlook did not recognise (no From first) still never yields the owner', async () => {
    const r = await text([
      '받는 사람: jieun.kim@contoso.example',
      '제목: 메일 발송 실패',
      '',
      '메일이 발송되지 않았습니다.',
      '552 5.2.2 Mailbox full',
    ]);
    expect(addresses(r)).not.toContain('jieun.kim@contoso.example');
  });

  test('a Russian notice quoting its original with a localised header dump reads the notice, not the dump', async () => {
    const r = await text([
      'Ваше письмо не доставлено.',
      'Получатель: ivan.petrov@example.ru',
      'Ответ сервера: 550 5.1.1 No such user',
      '',
      'От: olga@contoso.example',
      'Получатель: ivan.petrov@example.ru, boss@contoso.example',
      'Тема: Отчёт',
    ]);
    expect(addresses(r)).toEqual(['ivan.petrov@example.ru']);
  });
});

/**
 * Every Outlook-form file of the three sets: the To of the innermost forward block (the mailbox
 * the bounce landed in) is never a failed recipient, unless the notice itself names it as one.
 */
describe("the forward block's addressee is never taken (every form of the Outlook sets)", () => {
  const sets = ['../shared/corpus/outlook', 'test/corpus-outlook-intl', 'test/corpus-m365'];
  const files = sets.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(?:txt|html)$/.test(f) && !f.endsWith('README.md'))
      .map((f) => join(dir, f)),
  );

  beforeAll(async () => {
    await loadHtmlReader();
  });

  test('the sets have forward and paste files to check, most with a forward block naming the owner', () => {
    expect(files.length).toBeGreaterThan(60);
    const withOwner = files.filter((f) => {
      const raw = readFileSync(f, 'utf8');
      const reading = readForward((looksLikeHtml(raw) ? htmlToText(raw) : raw).replace(/\r\n?/g, '\n'));
      return reading !== null && findAddresses(reading.blocks[reading.blocks.length - 1]?.fields.to ?? '').length > 0;
    });
    expect(withOwner.length).toBeGreaterThan(30);
  });

  test.each(files)('%s', async (file) => {
    const raw = readFileSync(file, 'utf8');
    const body = looksLikeHtml(raw) ? htmlToText(raw) : raw;
    const reading = readForward(body.replace(/\r\n?/g, '\n'));
    const owners =
      reading === null ? [] : findAddresses(reading.blocks[reading.blocks.length - 1]?.fields.to ?? '').map((a) => a.toLowerCase());
    const mail = readTextInput(raw);
    const notice = mail.body.toLowerCase();
    const r = await analyze(raw);
    for (const a of addresses(r)) {
      if (a === null || !owners.includes(a.toLowerCase())) continue;
      // Only where the notice's own text names the owner (a message to oneself) may it stand.
      expect(notice).toContain(a.toLowerCase());
    }
  });
});

describe("Gmail's notice in the sender's language (lexicon gmailFailedSentence / gmailDelayedSentence)", () => {
  test('pt-BR: the sentence names the recipient, the reply below it is the diagnostic', async () => {
    const r = await text([
      'Endereço não encontrado',
      '',
      'Sua mensagem não foi entregue a pedro.santos@example.com.br porque o endereço não foi encontrado ou não pode receber e-mails.',
      '',
      'A resposta do servidor remoto foi:',
      '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
    ]);
    expect(r.decoders).toEqual(['gmail']);
    expect(addresses(r)).toEqual(['pedro.santos@example.com.br']);
    expect(r.recipients[0]?.status).toBe('5.1.1');
  });

  test('English, with a curly apostrophe and the address in angle brackets', async () => {
    const r = await text([
      'Address not found',
      'Your message wasn\u2019t delivered to <sam.lee@example.org> because the address couldn\u2019t be found.',
      'The response was:',
      '550 5.1.1 The email account that you tried to reach does not exist.',
    ]);
    expect(addresses(r)).toEqual(['sam.lee@example.org']);
  });

  test('pt-BR delay: the recipient is delayed, the notice a warning', async () => {
    const r = await text([
      'Entrega incompleta',
      'Ocorreu um problema temporário na entrega da mensagem para ana.lima@example.com.br. O Gmail tentará novamente por mais 44 horas.',
      'A resposta foi:',
      '451 4.3.0 Temporary server error. Please try again later.',
    ]);
    expect(r.kind).toBe('warning');
    expect(addresses(r)).toEqual(['ana.lima@example.com.br']);
  });

  // task P22: languages whose notice sentence was found quoted verbatim in public text (see the lexicon's sources).
  test.each([
    [
      'de',
      [
        '** Die Adresse wurde nicht gefunden **',
        '',
        'Ihre Nachricht wurde nicht an lena.vogel@example.de zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
        '',
        'Antwort:',
        '',
        '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
      ],
      'lena.vogel@example.de',
    ],
    [
      'es',
      [
        'No se ha encontrado la dirección',
        '',
        'Tu mensaje no se ha entregado a carmen.ruiz@example.es porque no se ha encontrado la dirección o esta no puede recibir correo.',
        '',
        'La respuesta fue:',
        '',
        '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
      ],
      'carmen.ruiz@example.es',
    ],
  ])('%s: the sentence names the recipient, the reply below it is the diagnostic', async (_lang, lines, rcpt) => {
    const r = await text(lines);
    expect(r.decoders).toEqual(['gmail']);
    expect(addresses(r)).toEqual([rcpt]);
    expect(r.recipients[0]?.status).toBe('5.1.1');
    expect(r.recipients[0]?.diagnosticCode).toContain('does not exist');
    expect(r.kind).not.toBe('warning');
  });

  test.each([
    ['de', 'Hallo! Ihre Nachricht wurde nicht an alle verteilt, schreiben Sie bitte an info@example.de zugestellt oder nicht.'],
    ['de', 'Ihre Nachricht wurde nicht an uns zugestellt, weil das Formular fehlte. Fragen an hilfe@example.de.'],
    ['es', 'Hola. Tu mensaje no se ha entregado a tiempo porque escribiste a soporte@example.es tarde.'],
  ])('%s: the same words without the address in the sentence are left alone', async (_lang, line) => {
    const r = await text([line, 'Gracias / Danke.']);
    expect(r.decoders).not.toContain('gmail');
    expect(r.kind).toBe('not-bounce');
  });

  test('the same words around an address, but not the sentence, are left alone', async () => {
    const r = await text(['Olá! Sua mensagem não foi entregue a tempo, escreva para suporte@example.com.br amanhã.', 'Obrigado.']);
    expect(r.decoders).not.toContain('gmail');
    expect(r.kind).toBe('not-bounce');
  });
});

describe('Exchange delay notices told by their sentence or their summary (legacy layout)', () => {
  const layout = (heading: string, sentence: string, reply: string): string[] => [
    heading,
    '',
    'orders@fabrikam.example',
    '',
    sentence,
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com',
    '',
    'orders@fabrikam.example',
    `Remote Server returned '${reply}'`,
  ];

  test("an unknown heading with the lexicon's still-trying sentence is a warning", async () => {
    const r = await text(
      layout(
        'Zustellung verzögert an:',
        "This message hasn't been delivered yet. Delivery will continue to be attempted.",
        '400 4.4.7 Message delayed',
      ),
    );
    expect(r.kind).toBe('warning');
    expect(r.recipients[0]?.action).toBe('delayed');
  });

  test('an unknown heading whose only status is the delay summary is a warning', async () => {
    const r = await text(layout('Zustellung verzögert an:', 'Der Server versucht es weiter.', '400 4.4.7 Message delayed'));
    expect(r.kind).toBe('warning');
  });

  test('an expired message (4.4.7, "expired") stays a failure', async () => {
    const r = await text(
      layout(
        'Delivery has failed to these recipients or groups:',
        'The message expired in the queue.',
        '550 4.4.7 QUEUE.Expired; message expired',
      ),
    );
    expect(r.kind).toBe('bounce');
    expect(r.recipients[0]?.action).toBe('failed');
  });

  test('a failure with a permanent code and no still-trying sentence stays a failure', async () => {
    const r = await text(layout('Delivery has failed to these recipients or groups:', 'The mailbox is full.', '552 5.2.2 Mailbox full'));
    expect(r.kind).toBe('bounce');
  });
});
