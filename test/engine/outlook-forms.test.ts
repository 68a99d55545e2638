/**
 * Outlook's forms of a bounce, built synthetically for every language of the lexicon: the legacy
 * and the enhanced Exchange layouts, pasted (cells tab-separated), forwarded as text (one cell a
 * line, under a localised header block) and forwarded as HTML. Also layouts in a language the
 * lexicon does not know, read by structure alone. None of these texts comes from the corpus.
 */
import { run } from '../../src/engine';
import type { RunOutput } from '../../src/engine';
import { htmlToText, looksLikeHtml } from '../../src/engine/input/html';
import { readForward } from '../../src/engine/input/forward';
import { LEXICONS } from '../../src/engine/lexicon';
import type { Lexicon } from '../../src/engine/lexicon';

const first = (terms: ReadonlyArray<{ text: string }>): string => terms[0]?.text ?? '';
const rcptSentence = (lex: Lexicon, rcpt: string): string => first(lex.exchange.couldNotDeliver).replace('{rcpt}', rcpt);

function legacyText(lex: Lexicon, rcpt: string, reply: string, delayed = false): string {
  const x = lex.exchange;
  const lines = [
    first(delayed ? x.delayedHeading : x.failedHeading),
    '',
    `Kim Lee (${rcpt})<mailto:${rcpt}>`,
    'Lorem ipsum dolor sit amet.',
    '',
    first(x.adminHeading),
    '',
    `${first(x.generatingServer)} AB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM`,
    '',
    rcpt,
    delayed ? "Remote Server at mx.tailspin.example (192.0.2.9) returned '400 4.4.7 Message delayed'" : 'mx.tailspin.example',
    delayed
      ? `11/2/2026 9:00:00 AM - Remote Server at mx.tailspin.example (192.0.2.9) returned '${reply}'`
      : `Remote Server returned '${reply}'`,
    '',
    first(x.originalHeaders),
    '',
    'Received: from AB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM by AB1PR01MB0002.EURPRD01.PROD.OUTLOOK.COM',
    'From: Ana Silva <ana@contoso.example>',
    `To: ${rcpt}`,
    'Subject: Q3',
  ];
  return lines.join('\n');
}

/** The enhanced layout; `cells` chooses pasted rows (tabs) or one cell a line (a forward's text). */
function enhancedText(lex: Lexicon, rcpt: string, acting: 'sender' | 'recipient', cells: 'tabs' | 'lines'): string {
  const x = lex.exchange;
  const act = first(x.actionRequired);
  const labels = acting === 'sender' ? [act, '', first(x.recipientLabel)] : [first(x.senderLabel), '', act];
  const diagram =
    cells === 'tabs' ? [`ana\tOffice 365\tkim`, labels.join('\t')] : ['ana', 'Office 365', 'kim', ...labels.filter((l) => l !== '')];
  return [
    rcptSentence(lex, rcpt) + '.',
    'Lorem ipsum dolor sit amet.',
    ...diagram,
    'Lorem ipsum',
    first(x.howToFix),
    '',
    first(x.moreInfo),
    `${first(x.statusCode)} 550 5.1.10`,
    first(x.originalDetails),
    `${first(x.senderAddress)}\tana@contoso.example`,
    `${first(x.recipientAddress)}\t${rcpt}`,
    first(x.errorDetails),
    `${first(x.reportedError)}\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`,
    `${first(x.dsnGeneratedBy)}\tAB1PR01MB0001.EURPRD01.PROD.OUTLOOK.COM`,
  ].join('\n');
}

/** A forward as text: a note naming someone, a localised header block, then the bounce. */
function forwardText(lex: Lexicon, body: string, subjectPrefix = first(lex.exchange.failedSubject)): string {
  const f = lex.forward;
  return [
    'Please have a look, cc helpdesk@contoso.example',
    '',
    '________________________________',
    `${first(f.from)}: Microsoft Outlook <postmaster@contoso.example>`,
    `${first(f.sent)}: 2026-11-02 10:00`,
    `${first(f.to)}: Ana Silva <ana@contoso.example>`,
    `${first(f.subject)}: ${subjectPrefix} Q3`,
    '',
    body,
  ].join('\r\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A forward as HTML (new Outlook / Outlook on the web): note, rule, divRplyFwdMsg, the NDR as a table. */
function forwardHtml(lex: Lexicon, rows: readonly string[][]): string {
  const f = lex.forward;
  const table = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<html><body><div class="elementToProof">Hello IT<br></div><div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><b>${first(f.from)}:</b> postmaster@contoso.example<br><b>${first(f.sent)}:</b> 2026-11-02<br><b>${first(f.to)}:</b> Ana Silva &lt;ana@contoso.example&gt;<br><b>${first(f.subject)}:</b> ${escape(first(lex.exchange.failedSubject))} Q3</div>
<div><table>${table}</table></div></body></html>`;
}

async function read(input: string, addresses: readonly string[] = []): Promise<RunOutput> {
  return run(input, { locale: 'en', identities: { userAddress: 'ana@contoso.example', addresses } });
}

const addrs = (out: RunOutput): Array<string | null> => out.result.recipients.map((r) => r.address);

describe.each(LEXICONS.map((l) => [l.lang, l] as const))('%s', (_lang, lex) => {
  const rcpt = 'kim.lee@tailspin.example';

  test('legacy layout, pasted: recipient and the remote reply', async () => {
    const out = await read(legacyText(lex, rcpt, '550 5.1.1 User unknown'));
    expect(out.result.kind).toBe('bounce');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('5.1.1');
    expect(out.result.recipients[0]?.replyCode).toBe('550');
  });

  test("legacy delay notice forwarded as text: a warning, the latest attempt's reply beats the 4.4.7 summary", async () => {
    const body = legacyText(lex, rcpt, '451 4.7.500 Server busy. Please try again later', true);
    const out = await read(forwardText(lex, body, first(lex.exchange.delayedSubject)));
    expect(out.result.kind).toBe('warning');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('4.7.500');
    expect(out.result.recipients[0]?.replyCode).toBe('451');
    expect(out.result.recipients[0]?.action).toBe('delayed');
  });

  test.each(['tabs', 'lines'] as const)('enhanced layout (%s): Action Required on the recipient', async (cells) => {
    const text = enhancedText(lex, rcpt, 'recipient', cells);
    const out = await read(cells === 'lines' ? forwardText(lex, text) : text);
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.statedOwner).toBe('recipient');
    expect(out.result.recipients[0]?.status).toBe('5.1.10');
    expect(out.explained.perRecipient[0]?.owner).toBe('recipient-side');
  });

  test('enhanced layout: Action Required on the sender makes it the user', async () => {
    const out = await read(enhancedText(lex, rcpt, 'sender', 'tabs'));
    expect(out.result.recipients[0]?.statedOwner).toBe('sender');
    expect(out.explained.perRecipient[0]?.owner).toBe('you');
  });

  test('forward as HTML: table cells kept apart, the forward block and Sender Address are not recipients', async () => {
    const x = lex.exchange;
    const html = forwardHtml(lex, [
      [rcptSentence(lex, rcpt) + '.'],
      ['ana', 'Office 365', 'kim'],
      [first(x.senderLabel), '', first(x.actionRequired)],
      [first(x.senderAddress), 'ana@contoso.example'],
      [first(x.reportedError), '550 5.2.2 mailbox full'],
    ]);
    const out = await read(html);
    expect(out.result.kind).toBe('bounce');
    expect(addrs(out)).toEqual([rcpt]);
    expect(out.result.recipients[0]?.status).toBe('5.2.2');
    expect(out.result.recipients[0]?.statedOwner).toBe('recipient');
  });

  test('auto-reply subject in this language', async () => {
    const eml = [
      'From: Kim Lee <kim.lee@tailspin.example>',
      'To: ana@contoso.example',
      `Subject: ${first(lex.autoReplySubject)} Q3`,
      'Auto-Submitted: auto-generated',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Lorem ipsum.',
    ].join('\r\n');
    const out = await read(eml);
    expect(out.result.kind).toBe('auto-reply');
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
  });
});

describe('layouts in a language the lexicon does not know', () => {
  test('enhanced layout read by its diagram: the address above "Office 365", the cell under the service', async () => {
    const text = [
      'Zzorp blat kim.lee@tailspin.example qwix vorn.',
      'Blat blat.',
      'ana\tOffice 365\tkim',
      'Snorf\tGrak grak\tYelp',
      'Zzz: 550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    ].join('\n');
    const out = await read(text);
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
    expect(out.result.recipients[0]?.statedOwner).toBe('service');
    expect(out.result.recipients[0]?.status).toBe('5.7.23');
  });
});

describe('forward header blocks', () => {
  test('a forward of a forward: the innermost block heads the bounce; every block address is a person, not a recipient', () => {
    const text = [
      'See below.',
      '',
      '-----Original Message-----',
      'From: Ana Silva <ana@contoso.example>',
      'Sent: Monday, November 2, 2026 11:00 AM',
      'To: Helpdesk <helpdesk@contoso.example>',
      'Subject: FW: Undeliverable: Q3',
      '',
      'Why does this bounce? Kim is kim.lee@tailspin.example',
      '',
      'From: Microsoft Outlook <postmaster@contoso.example>',
      'Date: Monday, November 2, 2026 at 10:00',
      'To: Ana Silva <ana.silva@contoso.example>',
      'Subject: Undeliverable: Q3',
      '',
      'Delivery has failed to these recipients or groups:',
    ].join('\n');
    const f = readForward(text);
    expect(f?.blocks).toHaveLength(2);
    expect(f?.blocks[1]?.fields.subject).toBe('Undeliverable: Q3');
    expect(f?.body.trim()).toBe('Delivery has failed to these recipients or groups:');
    expect(f?.identities.map((i) => `${i.role}:${i.address}`)).toEqual([
      'forwarder:helpdesk@contoso.example',
      'forwarder:ana@contoso.example',
      'note:kim.lee@tailspin.example',
      'addressee:ana.silva@contoso.example',
    ]);
  });

  test("the returned original's header block is not a forward block", () => {
    const text = [
      'Original message headers:',
      '',
      'Received: from a by b',
      'From: Ana <ana@contoso.example>',
      'To: kim@tailspin.example',
      'Subject: Q3',
      'Message-ID: <1@x>',
    ].join('\n');
    expect(readForward(text)).toBeNull();
  });

  test('the user named in the forward block and in the NDR is never a failed recipient', async () => {
    const body = legacyText(
      LEXICONS[0] as Lexicon,
      'kim.lee@tailspin.example',
      '550 5.7.367 Remote server returned not permitted to relay -> 550 5.7.1 Relaying denied',
    ).replace(
      'Kim Lee (kim.lee@tailspin.example)<mailto:kim.lee@tailspin.example>',
      'Kim Lee (kim.lee@tailspin.example)<mailto:kim.lee@tailspin.example>\n\nAna Silva (ana.silva@contoso.example)<mailto:ana.silva@contoso.example>',
    );
    const out = await read(forwardText(LEXICONS[0] as Lexicon, body).replace('ana@contoso.example>', 'ana.silva@contoso.example>'));
    expect(addrs(out)).toEqual(['kim.lee@tailspin.example']);
    expect(out.result.recipients[0]?.status).toBe('5.7.367');
  });
});

describe('HTML to text', () => {
  test('keeps table cells apart, drops link targets, images and scripts, never renders', () => {
    const text = htmlToText(
      '<table><tr><td>a@b.example</td><td>Office 365</td></tr></table><a href="https://x.example/track">Feedback</a><img src="https://x.example/p.png"><script>alert(1)</script>',
    );
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(['a@b.example', 'Office 365', 'Feedback']);
  });
  test('recognises HTML, not a pasted line that starts with an address in brackets', () => {
    expect(looksLikeHtml('<div>hi</div>')).toBe(true);
    expect(looksLikeHtml('<kim@tailspin.example>: Recipient address rejected')).toBe(false);
  });
});
