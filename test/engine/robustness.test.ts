/**
 * Hostile and broken input: analyze never throws, always answers, and reads what is readable.
 * Jest's per-test timeout is the only clock here: a hang fails the test, no timing is asserted.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { MAX_INPUT_BYTES, RESULT_VERSION } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { loadLabels } from './corpus-helpers';
import { buildDsn, manyFailed } from '../support/dsn';

const labels = loadLabels();
const corpusFiles = [...labels.paths.entries()].filter((_, i) => i % 7 === 0);

function dsn(recipients: number, diagnostic = '550 5.1.1 User unknown'): string {
  return buildDsn({
    reportingMta: 'mx.example.org',
    to: 'sender@example.net',
    recipients: manyFailed(recipients, { diagnostic }, 'example.com'),
  });
}

describe('analyze on hostile input', () => {
  test('random bytes never throw and give one result', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const r = await analyze(bytes);
        expect(r.version).toBe(RESULT_VERSION);
        expect(Array.isArray(r.recipients)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('truncated and bit-flipped corpus files never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...corpusFiles), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), async ([, p], cut, flip) => {
        const bytes = new Uint8Array(readFileSync(p));
        const truncated = bytes.slice(0, Math.floor(bytes.length * cut));
        if (truncated.length > 0) {
          const at = flip % truncated.length;
          truncated[at] = (truncated[at] ?? 0) ^ (1 << (flip % 8));
        }
        const r = await analyze(truncated);
        expect(['bounce', 'warning', 'auto-reply', 'feedback-report', 'delivery-report', 'not-bounce']).toContain(r.kind);
      }),
      { numRuns: 150 },
    );
  });

  test('empty input and NUL bytes get a clear answer', async () => {
    expect((await analyze(new Uint8Array())).error?.code).toBe('empty');
    const nul = await analyze(new Uint8Array(1000));
    expect(nul.kind).toBe('not-bounce');
  });

  test('a 2 MB header line is survived and the bounce below it still read', async () => {
    const msg = dsn(1).replace('Subject:', `X-Long: ${'a'.repeat(2 * 1024 * 1024)}\nSubject:`);
    const r = await analyze(msg);
    expect(r.kind).not.toBe(undefined);
  });

  test('300 nested multiparts are read as text and the bounce inside is still found', async () => {
    let msg = 'Content-Type: text/plain\n\n550 5.1.1 <deep@example.com>: User unknown\n';
    for (let i = 0; i < 300; i++) msg = `Content-Type: multipart/mixed; boundary="n${i}"\n\n--n${i}\n${msg}\n--n${i}--\n`;
    const r = await analyze(`From: MAILER-DAEMON@example.org\nSubject: Delivery failure\nMIME-Version: 1.0\n${msg}`);
    expect(r.subject).toBe('Delivery failure');
    expect(r.recipients[0]).toMatchObject({ address: 'deep@example.com', status: '5.1.1', reason: 'userunknown' });
    expect(r.recipients[0]?.diagnosticCode).not.toContain('--n0');
  });

  test('a 30 MB attachment is skipped over and the bounce is read', async () => {
    const big = 'QUFB'.repeat((30 * 1024 * 1024) / 4).replace(/(.{76})/g, '$1\n');
    const msg = dsn(1).replace(
      '--b1--',
      `--b1\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${big}\n--b1--`,
    );
    const r = await analyze(msg);
    expect(r.recipients[0]?.address).toBe('user0@example.com');
    expect(r.recipients[0]?.reason).toBe('userunknown');
  });

  test('5,000 recipients are all read', async () => {
    const r = await analyze(dsn(5000));
    expect(r.recipients).toHaveLength(5000);
    expect(r.recipients[4999]?.status).toBe('5.1.1');
  });

  test('markup in the diagnostic is kept as text, never interpreted', async () => {
    const r = await analyze(dsn(1, '550 5.1.1 <script>alert(1)</script> <img src=x onerror=alert(2)> User unknown'));
    expect(r.recipients[0]?.diagnosticCode).toContain('<script>');
    expect(r.recipients[0]?.reason).toBe('userunknown');
  });

  test('input over the size cap is refused with a clear message', async () => {
    const r = await analyze(new Uint8Array(MAX_INPUT_BYTES + 1));
    expect(r.error).toEqual({ code: 'too-large', values: { size: 64, limit: 64 } });
  });

  test('pathological text for every text rule completes (ReDoS guard)', async () => {
    const evil = [
      `${'a'.repeat(200000)}@`,
      `<${'a.'.repeat(100000)}`,
      `550 ${'5.1.'.repeat(50000)}`,
      `${' '.repeat(100000)}x`,
      `${'<'.repeat(100000)}a@b`,
      `From: MAILER-DAEMON@x.org\nSubject: failure notice\n\n${'-'.repeat(100000)}\n${'>>> '.repeat(50000)}`,
    ];
    for (const text of evil) {
      const r = await analyze(text);
      expect(r.version).toBe(RESULT_VERSION);
    }
  });
});
