/**
 * The per-message caches the decoders share (lower-cased lines, the detectors' header and head
 * text, the Exchange readers' joined normalised lines, the forward-block sniff's first-line
 * shortcut) answer exactly as the uncached reading did.
 */
import { detects } from '../../src/engine/decoders/blocks';
import { findLine, mayContain, normalisedLines } from '../../src/engine/decoders/families/exchange/words';
import type { Context } from '../../src/engine/decoders/types';
import { blankMail, parseEml } from '../../src/engine/mail';
import { resolveLimits } from '../../src/engine/limits';
import type { Mail } from '../../src/engine/mail';
import { readForward } from '../../src/engine/input/forward';
import { startsWithForwardBlock } from '../../src/engine/input/paste';
import { firstNonBlankLine, indexOfLine } from '../../src/engine/text';

/** The search as it was before the cache: every line lower-cased for every call. */
function plainIndexOfLine(all: readonly string[], markers: readonly string[], from = 0): number {
  const lower = markers.map((m) => m.toLowerCase());
  for (let i = from; i < all.length; i++) {
    const l = (all[i] ?? '').toLowerCase();
    if (lower.some((m) => l.includes(m))) return i;
  }
  return -1;
}

describe('indexOfLine with lower-cased lines kept per array', () => {
  const lines = [
    'Hello',
    'This is the MAIL SYSTEM at host',
    '',
    'Final-Recipient: rfc822; A@B.example',
    '--- Original Message ---',
    'tail',
  ];
  test.each([
    [['mail system'], 0],
    [['final-recipient'], 0],
    [['ORIGINAL MESSAGE'], 2],
    [['original message'], 5],
    [['hello'], 1],
    [['nothing here'], 0],
    [['tail', 'final-recipient'], 4],
  ])('markers %j from %i: same index as the uncached search, in any call order', (markers, from) => {
    // Searching from further down first leaves the cache partly filled; later calls must still see every line.
    expect(indexOfLine(lines, markers, from)).toBe(plainIndexOfLine(lines, markers, from));
    expect(indexOfLine(lines, markers)).toBe(plainIndexOfLine(lines, markers));
  });

  test('random lines and markers, in random call order: the same index as the line-by-line search', () => {
    // Letters whose lower case is longer ("İ") or depends on the next letter ("Σ"), line feeds
    // inside a line, empty lines and markers, markers spanning a line end: every way the joined
    // text could place a match in the wrong line.
    const pieces = ['a', 'B', 'ab', 'İ', 'i̇', 'Σ', 'σ', 'ς', ' ', '\n', 'x', 'ORIG', 'orig', ''];
    // mulberry32: a small seeded generator, so a failure can be replayed.
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const text = (max: number): string => Array.from({ length: next(max) }, () => pieces[next(pieces.length)] ?? '').join('');
    for (let round = 0; round < 400; round++) {
      const all = Array.from({ length: next(8) }, () => text(6));
      for (let call = 0; call < 6; call++) {
        const markers = Array.from({ length: 1 + next(3) }, () => text(3));
        const from = next(all.length + 2);
        expect([all, markers, from, indexOfLine(all, markers, from)]).toEqual([all, markers, from, plainIndexOfLine(all, markers, from)]);
      }
    }
  });

  test('a different array with the same lines is searched on its own', () => {
    const a = ['x', 'Y'];
    const b = ['y', 'x'];
    expect(indexOfLine(a, ['y'])).toBe(1);
    expect(indexOfLine(b, ['y'])).toBe(0);
  });
});

describe('firstNonBlankLine without splitting the text', () => {
  // Line ends of every kind and white space that `trim` removes but that ends no line (NBSP, U+2028).
  const pieces = ['a', ' x ', '\n', '\r', '\r\n', '\n\r', '\t', '\u00a0', '\u2028', 'From: b', ''];
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const texts = Array.from({ length: 3000 }, () => Array.from({ length: next(9) }, () => pieces[next(pieces.length)] ?? '').join(''));

  test('firstNonBlankLine: the first line that trims to something, as splitting every line found it', () => {
    for (const text of texts) {
      expect([text, firstNonBlankLine(text)]).toEqual([text, text.split(/\r\n?|\n/).find((l) => l.trim() !== '')]);
    }
    expect(firstNonBlankLine('\n \r\n\u00a0\n  Return-Path: <>\r\nX: y')).toBe('  Return-Path: <>');
    expect(firstNonBlankLine(' \n\t')).toBeUndefined();
  });
});

describe('family detection with per-message header and head text', () => {
  const mail = (headers: Array<{ key: string; value: string }>): Mail => blankMail({ inputType: 'eml', headers });
  const ctx = (headers: Array<{ key: string; value: string }>, lines: string[]): Context => ({
    mail: mail(headers),
    lines,
    subject: '',
    from: '',
  });

  test('header values and the body head are matched in lower case, per message', () => {
    const c = ctx([{ key: 'x-mailer', value: 'Some MTA 1.0' }], ['First line', 'The QMAIL-SEND program']);
    expect(detects(c, { headerValue: ['x-mailer: some mta'] })).toBe(true);
    expect(detects(c, { headerValue: ['other mta'] })).toBe(false);
    expect(detects(c, { body: ['qmail-send'] })).toBe(true);
    expect(detects(c, { body: ['postfix'] })).toBe(false);
    // Another message is not answered from the first one's text.
    const d = ctx([{ key: 'x-mailer', value: 'Other MTA' }], ['postfix says']);
    expect(detects(d, { headerValue: ['x-mailer: some mta'] })).toBe(false);
    expect(detects(d, { headerValue: ['other mta'] })).toBe(true);
    expect(detects(d, { body: ['postfix'] })).toBe(true);
  });

  test('only the first 60 lines are the head', () => {
    const lines = [...Array.from({ length: 60 }, () => 'filler'), 'Sendmail'];
    expect(detects(ctx([], lines), { body: ['sendmail'] })).toBe(false);
  });
});

describe('startsWithForwardBlock: the first-line shortcut agrees with reading the whole head', () => {
  const full = (text: string): boolean => {
    const reading = readForward(text.slice(0, 8192));
    return reading !== null && reading.notes[0] === '';
  };
  test.each([
    'From: Mail Delivery System <postmaster@example.com>\nSent: Monday\nTo: me@example.com\nSubject: Undeliverable\n\nbody',
    '\n\n  \r\nFrom: postmaster@example.com\r\nDate: Monday\r\nSubject: Undeliverable\r\n\r\nbody',
    'Von: postmaster@example.com\nGesendet: Montag\nAn: me@example.com\nBetreff: Unzustellbar\n\nText',
    'Return-Path: <>\nReceived: from x\nFrom: postmaster@example.com\nSubject: Undeliverable\n\nbody',
    'Please look at this.\n\nFrom: postmaster@example.com\nSent: Monday\nTo: me@example.com\nSubject: Undeliverable\n\nbody',
    'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: postmaster@example.com\nSubject: x\n\nbody',
    '',
  ])('%j', (text) => {
    expect(startsWithForwardBlock(text)).toBe(full(text));
  });

  test('a forward that starts the text is found; a note above it is not a start', () => {
    expect(startsWithForwardBlock('From: a@example.com\nSent: Monday\nTo: b@example.com\nSubject: x\n\nbody')).toBe(true);
    expect(startsWithForwardBlock('note\nFrom: a@example.com\nSent: Monday\nTo: b@example.com\nSubject: x\n\nbody')).toBe(false);
  });
});

describe('Exchange readers: "may contain" over the per-message normalised lines', () => {
  test('sees lines added when a later reader normalises further (the array grows)', () => {
    const lines = ['Delivery has failed to these recipients', 'x', 'y', 'Your message to a@b.example couldn’t be delivered.'];
    const head = normalisedLines(lines, 2);
    expect(mayContain(head, ['failed'])).toBe(true);
    expect(mayContain(head, ['couldn'])).toBe(false);
    const all = normalisedLines(lines);
    expect(mayContain(all, ['couldn'])).toBe(true);
    expect(findLine(all, ['couldn'])).toBe(3);
    expect(findLine(all, ['nowhere'])).toBe(-1);
  });

  test('a word is never found across two lines', () => {
    const norm = normalisedLines(['delivery has', 'failed']);
    expect(mayContain(norm, ['has failed'])).toBe(false);
    expect(mayContain(norm, ['has'])).toBe(true);
  });
});

describe('parseEml hands postal-mime a whole buffer as it is', () => {
  test('an array spanning its buffer and a view into a larger one read alike, and the bytes stay as they were', async () => {
    const eml =
      'From: MAILER-DAEMON@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPGEuYkBleGFtcGxlLmNvbT46IGhvc3Qgc2FpZDogNTUwIG5vIHN1Y2ggdXNlcg==\r\n--b--\r\n';
    const whole = new TextEncoder().encode(eml);
    const before = whole.slice();
    const padded = new Uint8Array(whole.length + 10);
    padded.set(whole, 5);
    const view = padded.subarray(5, 5 + whole.length);
    const a = await parseEml(whole, resolveLimits());
    const b = await parseEml(view, resolveLimits());
    expect(a.body).toContain('550 no such user');
    expect(a).toEqual(b);
    expect(whole).toEqual(before);
  });
});
