/**
 * The rules task P16d added for notices in the recipients' and servers' own languages (found by
 * `test/corpus-intl`, labelled blind): each case is a message written here, in this project's own
 * words, with the localised words the rule keys on, and the case beside it the rule must leave alone.
 */
import { analyze } from '../../src/engine/analyze';
import type { AnalysisResult } from '../../src/engine';

/** A plain-text notice from a mailer daemon: the recipient line carries only the localised reason. */
async function notice(subject: string, lines: readonly string[], from = 'MAILER-DAEMON@mx.example.net'): Promise<AnalysisResult> {
  const head = [`From: ${from}`, 'To: sender@example.com', `Subject: ${subject}`, 'Date: Tue, 4 Nov 2025 09:14:22 +0100'];
  return analyze([...head, 'Content-Type: text/plain; charset=utf-8', '', ...lines, ''].join('\n'));
}

const reasons = (r: AnalysisResult): Array<[string | null, string]> => r.recipients.map((x) => [x.address, x.reason]);

describe('reason words of localised notices (reason/phrases.ts, task P16d lines)', () => {
  test.each([
    ['it: dominio inesistente', '<ana@example.it>: dominio inesistente', 'hostunknown'],
    ['ja: 受信拒否', '<ana@example.jp>: 受信拒否されました', 'filtered'],
    ['zh: 收件人不存在', '<ana@example.cn>: 收件人不存在 (in reply to RCPT TO command)', 'userunknown'],
    ['zh: 邮箱空间已满', '<ana@example.cn>: 邮箱空间已满', 'mailboxfull'],
    // Words of a missing mailbox count as userunknown only for a refusal at RCPT (classify.ts,
    // Sisimai's convention: after DATA they are a filter's verdict), as for English words.
  ])('%s', async (_name, line, want) => {
    const r = await notice('Mail delivery failed', ['The following address failed:', '', line]);
    expect(reasons(r)).toEqual([[line.slice(1, line.indexOf('>')), want]]);
  });

  test('the same notice without the localised reason words reads none of those reasons', async () => {
    const r = await notice('Mail delivery failed', ['The following address failed:', '', '<ana@example.it>: consegna non riuscita']);
    expect(r.recipients.map((x) => x.address)).toEqual(['ana@example.it']);
    expect(['hostunknown', 'userunknown', 'mailboxfull', 'filtered']).not.toContain(r.recipients[0]?.reason);
  });

  test("an English reply's own words still decide where both occur", async () => {
    const r = await notice('Mail delivery failed', [
      'The following address failed:',
      '',
      '<ana@example.cn>: 552 5.2.2 Mailbox full (收件人不存在)',
    ]);
    expect(reasons(r)).toEqual([['ana@example.cn', 'mailboxfull']]);
  });
});

describe('Korean portal notices (lexicon/ko.ts reportSubject, reportSentence)', () => {
  const body = ['메일이 반송되었습니다.', '', '서버 응답: 552 5.2.2 Mailbox full'];

  test('a daemon\'s "[반송] 메일이 전달되지 않았습니다" notice is a bounce', async () => {
    const r = await notice('[반송] 메일이 전달되지 않았습니다', body, 'MAILER-DAEMON@mail.example.kr');
    expect(r.kind).toBe('bounce');
    expect(r.recipients.map((x) => x.reason)).toEqual(['mailboxfull']);
  });

  test('a person writing the same words is no bounce', async () => {
    const r = await notice(
      '메일이 전달되지 않았습니다',
      ['지난주 보낸 메일이 전달되지 않았습니다. 다시 보내 주시겠어요?'],
      'Minji Park <minji.park@example.kr>',
    );
    expect(r.kind).toBe('not-bounce');
  });
});
