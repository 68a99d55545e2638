/** The pane's pure decisions (src/taskpane/verdict.ts), on the sample bounces through the real engine. */
import { analyze, explain } from '../../src/engine';
import type { Owner } from '../../src/engine';
import { translator } from '../../src/taskpane/strings';
import {
  codeOf,
  correctedAddress,
  groupCode,
  linkLabel,
  needsSummary,
  orderGroups,
  primaryActionKind,
  technicalLines,
} from '../../src/taskpane/verdict';
import { sample } from './outlook-mock';

const t = translator('en');

async function explained(name: string): Promise<{ result: Awaited<ReturnType<typeof analyze>>; x: ReturnType<typeof explain> }> {
  const result = await analyze(sample(name));
  return { result, x: explain(result, { userAddress: 'alex@contoso.example' }) };
}

describe('#10 item 1 and 9: one primary action, chosen by who must act', () => {
  test.each<[Owner, boolean, string]>([
    ['your-it', true, 'draft-report'],
    ['your-it', false, 'copy-report'],
    ['you', true, 'fix-address'],
    ['recipient-side', true, 'tell-recipient'],
    ['wait', true, 'wait'],
    ['none', true, 'none'],
    ['you', false, 'fix-address'],
  ])('%s (compose forms: %s) → %s', (owner, compose, action) => {
    expect(primaryActionKind(owner, compose)).toBe(action);
  });

  test('no cause at all (an automatic reply) → none', () => {
    expect(primaryActionKind(null, true)).toBe('none');
  });
});

describe('#10 item 2: summary first, causes ordered by who must act', () => {
  test('the 3-recipient sample: three causes, IT first, then you, then the recipient side', async () => {
    const { result, x } = await explained('postfix-three-recipients.eml');
    expect(needsSummary(result, x)).toBe(true);
    expect(orderGroups(x.groups).map((g) => g.explanation.owner)).toEqual(['your-it', 'you', 'recipient-side']);
    // The engine's own order is the bounce's order: the pane is what reorders.
    expect(x.groups.map((g) => g.explanation.owner)).toEqual(['recipient-side', 'you', 'your-it']);
  });

  test('one recipient, one cause: no summary', async () => {
    const { result, x } = await explained('ms-5.7.367-relay-pool.eml');
    expect(needsSummary(result, x)).toBe(false);
  });
});

describe('#10 item 3: the code on every card, technical details in words', () => {
  test('reply code and enhanced status as the caption', async () => {
    const { result, x } = await explained('ms-5.7.367-relay-pool.eml');
    const g = x.groups[0];
    if (g === undefined) throw new Error('no group');
    expect(groupCode(result, g)).toBe('550 5.7.367');
    expect(codeOf({ ...result.recipients[0]!, replyCode: null })).toBe('5.7.367');
    expect(codeOf({ ...result.recipients[0]!, replyCode: null, status: null })).toBeNull();
  });

  test.each(['ms-5.7.367-relay-pool.eml', 'postfix-three-recipients.eml', 'gmail-5.7.26-dmarc.eml', 'backscatter-forged-sender.eml'])(
    '%s: no internal rule or reason names in the technical details',
    async (name) => {
      const { result, x } = await explained(name);
      for (const g of x.groups) {
        const text = technicalLines(t, result, g).flat().join('\n');
        expect(text).toMatch(/Code: \d/);
        for (const r of g.recipients.map((i) => result.recipients[i]!)) {
          for (const e of r.evidence) expect(text).not.toContain(e.rule);
          // The server's own words may contain anything; our words never name the reason id.
          const ours = text
            .split('\n')
            .filter((l) => !l.startsWith('The server said:') && !l.startsWith('Based on:'))
            .join('\n');
          expect(ours).not.toMatch(new RegExp(`\\b${r.reason}\\b`));
        }
        expect(text).not.toMatch(/evidence:|status-field|phrase:/);
      }
    },
  );

  test('the SMTP stage in words', async () => {
    const { result, x } = await explained('postfix-mailbox-full.eml');
    const g = x.groups[0]!;
    const r = result.recipients[0]!;
    const lines = technicalLines(t, { ...result, recipients: [{ ...r, smtpCommand: 'RCPT TO:<sam@tailspin.example>' }] }, g).flat();
    expect(lines).toContain('Refused when the recipient address was given (RCPT TO)');
  });
});

describe('fix-address: the corrected address', () => {
  test('gmial.com → gmail.com', async () => {
    const { result, x } = await explained('misspelt-gmial.eml');
    expect(correctedAddress(result, x.groups[0]!)).toEqual({ address: 'robin@gmial.com', corrected: 'robin@gmail.com' });
  });

  test('no suggestion, no correction', async () => {
    const { result, x } = await explained('postfix-mailbox-full.eml');
    expect(correctedAddress(result, x.groups[0]!)).toBeNull();
  });
});

describe('smaller: two links to one site have different names', () => {
  test('host and page', () => {
    const a = linkLabel(
      t,
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-367',
    );
    const b = linkLabel(
      t,
      'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/set-up-connectors-to-route-mail',
    );
    expect(a).toBe('learn.microsoft.com: fix error code 550 5 7 367');
    expect(a).not.toBe(b);
    expect(linkLabel(t, 'https://example.com/')).toBe('example.com');
  });
});
