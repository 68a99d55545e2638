/** Provider tables apply to a provider's own hosts only, matched by dot-suffix. */
import { isClassDefault } from '../../../src/engine/codes';
import { classify } from '../../../src/engine/reason/classify';
import { hostMatches, providerReason } from '../../../src/engine/reason/providers';

const APPLE = ['icloud.com', 'me.com', 'mac.com', 'apple.com'];

describe('provider hosts by dot-suffix', () => {
  test.each([
    ['me.com', true],
    ['mx01.mail.icloud.com', true],
    ['dns; mx.me.com', true],
    ['mx2.mac.com. [17.1.2.3]', true],
    ['mx1.acme.com', false],
    ['dns; mx1.acme.com', false],
    ['smtp.home.com', false],
    ['notapple.com', false],
  ])('%s belongs to Apple: %s', (host, expected) => {
    expect(hostMatches(host, APPLE)).toBe(expected);
  });

  test('a quota refusal from mx1.acme.com is not read with Apple’s table', () => {
    const diagnostic = '552 5.2.2 quota exceeded, message not accepted';
    const input = { remoteMta: 'mx1.acme.com', reportingMta: null, address: 'bob@acme.com', status: '5.2.2', command: null };
    expect(providerReason(input, diagnostic)).toBeNull();
    const verdict = classify({ ...input, replyCode: '552', diagnostic, action: 'failed', stated: null });
    expect(verdict.reason).toBe('mailboxfull');
    expect(verdict.evidence.map((e) => e.rule)).not.toContain('provider:apple');
  });

  test('the same refusal from an Apple host is read with Apple’s table', () => {
    const input = { remoteMta: 'mx01.mail.icloud.com', reportingMta: null, address: 'bob@acme.com', status: '5.2.2', command: null };
    expect(providerReason(input, '552 5.2.2 quota exceeded, message not accepted')?.evidence.rule).toBe('provider:apple');
  });
});

describe('the one class-default predicate', () => {
  test.each([
    ['5.0.0', true],
    ['4.3.0', true],
    ['5.7.1', true],
    ['4.4.7', true],
    ['5.4.7', true],
    ['5.1.1', false],
    ['5.7.26', false],
    ['4.7.0', true],
    ['5.2.2', false],
    ['not a code', false],
  ])('%s: %s', (status, expected) => {
    expect(isClassDefault(status)).toBe(expected);
  });
});
