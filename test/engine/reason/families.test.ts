/**
 * The phrase families of the server's explicit words (`reason/families.ts`): one test per family,
 * and the precedence they sit in (precedence.ts): explicit words beat a class-generic code, a
 * bare reply code and a provider keyword; a specific code beats them.
 */
import { classify } from '../../../src/engine/reason/classify';
import type { ClassifyInput } from '../../../src/engine/reason/classify';
import { findFamily, PHRASE_FAMILIES } from '../../../src/engine/reason/families';
import { REASON_PRECEDENCE } from '../../../src/engine/precedence';

const input = (diagnostic: string, over: Partial<ClassifyInput> = {}): ClassifyInput => ({
  status: null,
  replyCode: null,
  diagnostic,
  command: 'RCPT',
  action: 'failed',
  address: 'someone@example.com',
  remoteMta: null,
  reportingMta: null,
  stated: null,
  ...over,
});

/** Class-generic codes the issue names: none of them may outvote the words. */
const CLASS_GENERIC = ['5.0.0', '5.1.0', '5.5.0', '5.7.0', '5.7.1', null] as const;

describe('phrase families', () => {
  test('ids are unique and every family has words', () => {
    const ids = PHRASE_FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of PHRASE_FAMILIES) expect((f.any?.length ?? 0) + (f.words?.length ?? 0)).toBeGreaterThan(0);
  });

  describe.each(PHRASE_FAMILIES.map((f) => [f.id, f] as const))('%s', (_id, family) => {
    test('its sample is read as this family', () => {
      expect(findFamily(family.sample.toLowerCase(), 'RCPT')?.family.id).toBe(family.id);
    });
    test.each(CLASS_GENERIC.map((s) => [s ?? 'no code'] as const))(`beats a class-generic code (%s): ${family.reason}`, (code) => {
      const status = code === 'no code' ? null : code;
      const v = classify(input(family.sample, { status, replyCode: '550' }));
      expect(v.reason).toBe(family.reason);
      expect(v.evidence[0]?.rule).toBe(`words:${family.id}`);
    });
  });

  test('recipient words outside the families also beat a class-generic X.7 code at RCPT, not a specific one', () => {
    expect(classify(input('550 5.7.1 <someone@example.com>: address unknown', { status: '5.7.1' })).reason).toBe('userunknown');
    expect(classify(input('550 5.7.26 address unknown', { status: '5.7.26' })).reason).not.toBe('userunknown');
  });

  test('a specific enhanced code beats the words', () => {
    const v = classify(input('552 5.2.2 user unknown or mailbox full', { status: '5.2.2' }));
    expect(v.reason).toBe('mailboxfull');
  });

  test('explicit words beat a provider keyword', () => {
    const v = classify(
      input('Your email to group x@example.com was rejected due to spam classification. Set up SPF records for your domain.', {
        status: '5.0.0',
        remoteMta: 'mx.google.com',
        command: 'DATA',
      }),
    );
    expect(v.reason).toBe('spamdetected');
  });

  test('a named blocklist is "blocked", not "spam", although the list is a spam list', () => {
    expect(
      classify(input('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', { status: '5.7.1' })).reason,
    ).toBe('blocked');
  });

  test('address words after DATA are left to the later tiers (a filter, not an address)', () => {
    const v = classify(input('550 5.0.0 user unknown', { status: '5.0.0', command: 'DATA' }));
    expect(v.evidence[0]?.rule.startsWith('words:')).toBe(false);
  });

  test('address words with no command decide for a bounce no family claimed', () => {
    expect(classify(input('jsmith@example.com (user not found)', { command: null, familyKnown: false })).reason).toBe('userunknown');
  });

  test('address words of the phrase lists also decide with no command for a bounce no family claimed, not inside a known family', () => {
    const line = '550 recipient not recognized';
    expect(classify(input(line, { command: null, familyKnown: false })).reason).toBe('userunknown');
    expect(classify(input(line, { command: null, familyKnown: true })).reason).toBe('filtered');
  });

  test('Exchange\'s own "wasn\'t found at" sentence decides with no command, inside a known family (a pasted NDR)', () => {
    for (const quote of ["'", '\u2019']) {
      const v = classify(input(`t.mueller wasn${quote}t found at fabrikam.com.`, { command: null, familyKnown: true }));
      expect([v.reason, v.evidence[0]?.rule]).toEqual(['userunknown', 'words:exchange-recipient-not-found']);
    }
  });

  test('host-not-found words under a temporary status are a DNS failure', () => {
    expect(classify(input('DNS Error: Domain name not found', { status: '4.0.0', command: null })).reason).toBe('networkerror');
  });

  test('"host not found, try again" is not a verdict on the domain', () => {
    expect(findFamily('name service error for domain example.com: host not found, try again', null)).toBeNull();
  });

  test('a bare reply code is the last tier but one', () => {
    expect(REASON_PRECEDENCE.indexOf('reply-code')).toBe(REASON_PRECEDENCE.length - 2);
    expect(REASON_PRECEDENCE.indexOf('explicit-words')).toBeLessThan(REASON_PRECEDENCE.indexOf('code'));
    expect(REASON_PRECEDENCE.indexOf('provider-code')).toBeLessThan(REASON_PRECEDENCE.indexOf('explicit-words'));
    expect(classify(input('501 something odd', { replyCode: '501', command: null })).reason).toBe('syntaxerror');
  });
});
