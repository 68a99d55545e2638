/**
 * Hostile bounces: linear work by construction (counted operations, not wall time), caps applied
 * before cross-referencing, addresses kept whole with their look-alike flags, and forged senders
 * recognised without authentication results.
 */
import { messages } from '../../src/engine';
import { analyze } from '../../src/engine/analyze';
import { MAX_RECIPIENTS } from '../../src/engine/dsn';
import { explain } from '../../src/engine/explain/explain';
import { workMeter } from '../../src/engine/work';
import { findAddresses } from '../../src/engine/text';
import {
  forgedWithoutAuth,
  hugeDiagnostic,
  hugeRecipientField,
  manyRecipients,
  repeatedDiagnostic,
  STRANGE_ADDRESSES,
  strangeAddresses,
} from '../hostile/crafted';

/** Work units the engine counts while analysing one input. */
async function workOf(input: string): Promise<number> {
  const before = workMeter.units;
  await analyze(input);
  return workMeter.units - before;
}

/** Doubling the input must not quadruple the work: below 2.5× leaves room for constant terms only. */
async function expectLinear(make: (n: number) => string, n: number): Promise<void> {
  const once = await workOf(make(n));
  const twice = await workOf(make(2 * n));
  expect(once).toBeGreaterThan(0);
  expect(twice / once).toBeLessThan(2.5);
}

describe('linear time by construction', () => {
  test('repeated Diagnostic-Code fields are folded once', async () => {
    await expectLinear(repeatedDiagnostic, 1000);
  });

  test('DSN recipients against address lines in the text: no cross product', async () => {
    await expectLinear((n) => manyRecipients(n, n), 1000);
  });

  test('a long Final-Recipient without @ costs linear work', async () => {
    await expectLinear(hugeRecipientField, 200_000);
  });

  test('a long run of @ signs and address characters costs linear work', async () => {
    expect(findAddresses('a@'.repeat(50_000)).length).toBeLessThan(50_000);
    await expectLinear((n) => `${'x@'.repeat(n)}a@b.c`, 50_000);
  });

  test('the diagnostic is cut before it is classified: a longer one costs no more', async () => {
    const small = await workOf(hugeDiagnostic(100_000));
    const large = await workOf(hugeDiagnostic(400_000));
    // Only reading the lines grows with the input; classifying stays the same.
    expect(large - small).toBeLessThan(3 * 400_000);
  });

  test('recipients are capped while reading, before any cross-referencing', async () => {
    const r = await analyze(manyRecipients(MAX_RECIPIENTS + 500, 10));
    expect(r.recipients).toHaveLength(MAX_RECIPIENTS);
  });
});

describe('addresses from strangers', () => {
  test('look-alike, bidi, zero-width and international addresses are kept whole and flagged', async () => {
    const r = await analyze(strangeAddresses());
    expect(r.recipients.map((x) => x.address)).toEqual(STRANGE_ADDRESSES);
    const byAddress = new Map(r.recipients.map((x) => [x.address, x]));
    expect(byAddress.get('ceo@contoso.com.\u0430datum.example')?.addressFlags).toContain('mixed-script');
    expect(byAddress.get('ceo@contoso.com.\u0430datum.example')?.addressAscii).toBe('ceo@contoso.com.xn--datum-3ve.example');
    expect(byAddress.get('user@mail.b\u00fccher.de')).toMatchObject({
      addressAscii: 'user@mail.xn--bcher-kva.de',
      addressFlags: ['non-ascii'],
    });
    expect(byAddress.get('invoice\u202efdp.exe@example.com')?.addressFlags).toContain('bidi-control');
    expect(byAddress.get('pay\u200broll@example.com')?.addressFlags).toContain('zero-width');
    expect(byAddress.get('\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a')?.addressFlags).not.toContain('mixed-script');
  });

  test('plain ASCII addresses carry no flags and no second form', async () => {
    const r = await analyze(repeatedDiagnostic(1));
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.com', addressAscii: null, addressFlags: [] });
  });

  test('prose in scripts without spaces is not taken into the address', () => {
    expect(findAddresses('\u5b9b\u5148user@example.jp\u3078\u9001\u4fe1')).toEqual(['user@example.jp']);
  });
});

describe('forged senders', () => {
  test('a forged bounce without authentication results is flagged, owner none', async () => {
    const r = await analyze(forgedWithoutAuth());
    const x = explain(r, { userAddress: 'alice@contoso.example', catalogue: messages('en') });
    expect(x.backscatter).toBe(true);
    expect(x.backscatterEvidence.join(' ')).toMatch(/Message-ID was made by dsl-203-0-113-77/);
    expect(x.perRecipient.every((e) => e.owner === 'none')).toBe(true);
  });

  test('a passing check clears it: the same bounce with SPF pass is not called forged', async () => {
    const text = forgedWithoutAuth().replace(
      'From: alice@contoso.example',
      'Authentication-Results: mx.victim.example; spf=pass smtp.mailfrom=contoso.example\nFrom: alice@contoso.example',
    );
    const x = explain(await analyze(text), { userAddress: 'alice@contoso.example', catalogue: messages('en') });
    expect(x.backscatter).toBe(false);
  });

  test('a genuine message sent by a bulk mailer (foreign Message-ID and servers, a mail-server origin) is not forged', async () => {
    const text = forgedWithoutAuth()
      .replace(
        /^Received: .*$/m,
        'Received: from out-7.mailer.example-esp.com (out-7.mailer.example-esp.com [198.51.100.7]) by mx.victim.example',
      )
      .replace(/^Message-ID: .*$/m, 'Message-ID: <abc.123@mailer.example-esp.com>');
    const x = explain(await analyze(text), { userAddress: 'alice@contoso.example', catalogue: messages('en') });
    expect(x.backscatter).toBe(false);
  });

  test('one sign alone is not enough', async () => {
    const text = forgedWithoutAuth().replace(/^Received: .*$/m, 'Received: from mail.contoso.example by mx.victim.example');
    const x = explain(await analyze(text), { userAddress: 'alice@contoso.example', catalogue: messages('en') });
    expect(x.backscatter).toBe(false);
  });
});
