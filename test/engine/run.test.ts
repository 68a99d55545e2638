/** The one pipeline call: locale passed through, report only when asked, limits validated, cuts said. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LimitsError, messages, resolveLimits, run } from '../../src/engine';
import { completeWithInline } from '../../src/engine/decoders';
import type { Decoded } from '../../src/engine/decoders/types';
import { buildDsn } from '../support/dsn';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../assets/samples/gmail-5.7.26-dmarc.eml'));

describe('run', () => {
  test('builds the IT report only when asked', async () => {
    expect((await run(SAMPLE, { locale: 'en' })).report).toBeNull();
    const out = await run(SAMPLE, { locale: 'en', report: { tried: 'Resent once.' } });
    expect(out.report?.text).toContain('Resent once.');
  });

  test('words texts and errors with the catalogue of the locale it is given', async () => {
    const out = await run('', { locale: 'en-GB' });
    expect(out.result.error).toEqual({ code: 'empty', values: {} });
    expect(out.errorText).toBe(messages('en').errors.empty);
    expect(out.catalogue.locale).toBe('en');
  });

  test('limits are validated like options, and what they cut is on the result', async () => {
    expect(() => resolveLimits({ maxRecipients: 0 })).toThrow(LimitsError);
    expect(() => resolveLimits({ maxBodyChars: 1.5 })).toThrow(LimitsError);
    expect(() => resolveLimits({ nope: 1 } as never)).toThrow(LimitsError);
    const full = await run(SAMPLE, { locale: 'en' });
    expect(full.result.cut).toEqual([]);
    const cut = await run(SAMPLE, { locale: 'en', limits: { maxDiagnosticChars: 10 } });
    expect(cut.result.cut).toContainEqual({ part: 'diagnostic', limit: 10 });
    expect(cut.result.recipients[0]?.diagnosticCode).toMatch(/^.{10}…$/);
  });

  test('too many recipients are cut, and the result says so', async () => {
    const eml = buildDsn({
      reportingMta: 'mx.example.net',
      to: 'me@example.com',
      recipients: Array.from({ length: 5 }, (_, i) => ({ address: `u${i}@example.org` })),
    });
    const out = await run(eml, { locale: 'en', limits: { maxRecipients: 3 } });
    expect(out.result.recipients).toHaveLength(3);
    expect(out.result.cut).toContainEqual({ part: 'recipients', limit: 3 });
  });
});

describe('merging the inline DSN fields', () => {
  test('completes the family’s recipients without changing either decoder’s output', () => {
    const family: Decoded = { decoder: 'postfix', recipients: [{ address: 'a@example.org', diagnostic: '' }] };
    const inline: Decoded = {
      decoder: 'rfc3464-inline',
      recipients: [{ address: 'A@example.org', status: '5.1.1', diagnostic: 'User unknown' }],
    };
    const before = JSON.stringify([family, inline]);
    const merged = completeWithInline(family, inline);
    expect(merged.recipients[0]).toMatchObject({ status: '5.1.1', diagnostic: 'User unknown' });
    expect(JSON.stringify([family, inline])).toBe(before);
  });
});
