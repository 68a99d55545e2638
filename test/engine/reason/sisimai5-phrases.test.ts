/**
 * The fragments ported from Sisimai 5's reason rule lists (`reason/phrases-sisimai5.ts`): each one,
 * written into a synthetic server line after a class-generic code, is read as its reason; and
 * every fragment is reachable through `PHRASES`, so none is shadowed or lost in the merge.
 */
import { classify } from '../../../src/engine/reason/classify';
import type { ClassifyInput } from '../../../src/engine/reason/classify';
import { matchPhrase, PHRASES } from '../../../src/engine/reason/phrases';
import { SISIMAI5_PHRASES } from '../../../src/engine/reason/phrases-sisimai5';
import type { Reason } from '../../../src/engine/reason/reasons';
import { reasonOfStatus } from '../../../src/engine/reason/status-map';

/** The SMTP step at which each reason's words are trusted (precedence.ts, `wordsCount`). */
const COMMAND: Partial<Record<Reason, string>> = {
  userunknown: 'RCPT',
  rejected: 'MAIL',
  filtered: 'DATA',
  spamdetected: 'DATA',
};

/** A server line carrying the fragment: an `any` fragment as is, a `seq` with filler between. */
const line = (fragment: string | readonly string[]): string => `550 5.0.0 ${typeof fragment === 'string' ? fragment : fragment.join('x')}`;

const cases = (Object.entries(SISIMAI5_PHRASES) as Array<[Reason, NonNullable<(typeof SISIMAI5_PHRASES)[Reason]>]>).flatMap(
  ([reason, rule]) => [...(rule.any ?? []), ...(rule.seq ?? [])].map((fragment) => [reason, line(fragment)] as const),
);

describe('Sisimai 5 reason phrases', () => {
  test('every group names its source and has fragments', () => {
    for (const rule of Object.values(SISIMAI5_PHRASES)) {
      expect(rule.source).toMatch(/^Sisimai 5 Reason::/);
      expect((rule.any?.length ?? 0) + (rule.seq?.length ?? 0)).toBeGreaterThan(0);
    }
  });

  test.each(cases)('%s: %s', (reason, text) => {
    expect(matchPhrase(PHRASES[reason], text.toLowerCase())).not.toBeNull();
    const input: ClassifyInput = {
      status: '5.0.0',
      replyCode: '550',
      diagnostic: text,
      command: COMMAND[reason] ?? 'RCPT',
      action: 'failed',
      address: 'someone@example.com',
      remoteMta: null,
      reportingMta: null,
      stated: null,
    };
    expect(classify(input).reason).toBe(reason);
  });
});

describe('status codes read as Sisimai 5 SMTP/Status.pm reads them', () => {
  test.each([
    ['5.1.9', 'systemerror'],
    ['4.1.9', 'systemerror'],
    ['4.2.1', 'suspend'],
    ['5.2.1', 'filtered'],
    ['4.4.4', 'networkerror'],
    ['5.4.4', 'hostunknown'],
    ['5.7.16', 'mesgtoobig'],
    ['4.4.318', 'systemerror'],
    ['5.7.322', 'authfailure'],
    ['5.7.510', 'blocked'],
  ] as const)('%s -> %s', (status, reason) => {
    expect(reasonOfStatus(status)).toBe(reason);
  });
});
