/**
 * The rules task P19a added from the misses of test/corpus-m365 (Microsoft 365 / Exchange notices
 * about the sender's own organisation): each case is a message written here in this project's own
 * words, and where it matters the case beside it that the rule must leave alone.
 */
import { run } from '../../src/engine';
import type { Explanation } from '../../src/engine';
import { ownDomains } from '../../src/engine/explain/special';
import type { AnalysisResult } from '../../src/engine';
import { LANGUAGES } from '../../src/engine/lexicon';

/** Exchange's legacy NDR as a pasted text, from the sender's tenant (no remote server). */
function legacy(address: string, reply: string, userLine = 'Your message could not be delivered.'): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    `${address} (${address})`,
    userLine,
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: SA1PR12MB7342.NAMPRD12.PROD.OUTLOOK.COM',
    '',
    address,
    `Remote Server returned '${reply}'`,
    '',
  ].join('\n');
}

async function first(text: string): Promise<{ result: AnalysisResult; x: Explanation; reason: string }> {
  const out = await run(text, { locale: 'en' });
  const r = out.result.recipients[0];
  const x = out.explained.perRecipient[0];
  if (r === undefined || x === undefined) throw new Error('no recipient');
  return { result: out.result, x, reason: r.reason };
}

describe('Send As refused at submission (families.ts send-as-denied; catalogue send-as-denied)', () => {
  test.each([
    '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Cannot submit message.',
    '550 5.7.1 Client does not have permission to send as this sender',
  ])('%s: rejected, and the sender\u2019s IT grants the permission', async (reply) => {
    const { x, reason } = await first(legacy('buyer@fabrikam.com', reply));
    expect(reason).toBe('rejected');
    expect(x.id).toBe('send-as-denied');
    expect(x.owner).toBe('your-it');
  });
});

describe('a moderator\u2019s rejection (families.ts moderator-rejected; catalogue moderation-rejected)', () => {
  test('the moderator rejected the post: rejected, for the group\u2019s side', async () => {
    const { x, reason } = await first(legacy('team@contoso.com', '550 5.2.0 Message rejected by the moderator of the group'));
    expect(reason).toBe('rejected');
    expect(x.id).toBe('moderation-rejected');
    expect(x.owner).toBe('recipient-side');
  });
  test('an undefined 5.2.0 without those words stays the mailbox problem it was', async () => {
    const { x } = await first(legacy('team@contoso.com', '550 5.2.0 Mailbox unavailable for this message'));
    expect(x.id).not.toBe('moderation-rejected');
  });
});

describe('mail flow rules and DLP (families.ts organisation-rule; providers.ts exchange-tags; catalogue dlp-blocked)', () => {
  test('a custom 5.7.9xx code with the rule\u2019s tag is a policy refusal, not the X.7 class default', async () => {
    const { reason } = await first(legacy('ap@fabrikam.com', '550 5.7.925 TRANSPORT.RULES.RejectMessage; Please use the supplier portal.'));
    expect(reason).toBe('policyviolation');
  });
  test('the default rule text with 5.7.1 is a policy refusal too', async () => {
    const { reason } = await first(
      legacy('ap@fabrikam.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'),
    );
    expect(reason).toBe('policyviolation');
  });
  test('a DLP block is the sender\u2019s to fix: remove the sensitive data', async () => {
    const { x, reason } = await first(
      legacy('ap@fabrikam.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; Blocked by the Contoso data loss prevention policy.'),
    );
    expect(reason).toBe('policyviolation');
    expect(x.id).toBe('dlp-blocked');
    expect(x.owner).toBe('you');
  });
  // The admin's custom text names DLP in the organisation's language: each lexicon's
  // dlpProductName (Microsoft's own localised name) leads to the same entry.
  test.each(LANGUAGES.flatMap((l) => (l.dlpProductName ?? []).map((w) => [l.lang, w.text] as const)))(
    '%s "%s" in a rule\u2019s text is a DLP block',
    async (_lang, name) => {
      const { x } = await first(legacy('ap@fabrikam.com', `550 5.7.1 TRANSPORT.RULES.RejectMessage; ${name.toUpperCase()}: Contoso`));
      expect(x.id).toBe('dlp-blocked');
    },
  );
  test('a rule\u2019s text that names no DLP is not a DLP block', async () => {
    const { x } = await first(legacy('ap@fabrikam.com', '550 5.7.1 TRANSPORT.RULES.RejectMessage; Please use the supplier portal.'));
    expect(x.id).not.toBe('dlp-blocked');
  });
});

describe('Exchange delivery restrictions are not SMTP AUTH (families.ts smtp-auth-required unless resolver.rst.)', () => {
  test('RESOLVER.RST.AuthRequired reads as the recipient\u2019s restriction', async () => {
    const { reason } = await first(legacy('press@fabrikam.com', '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'));
    expect(reason).not.toBe('securityerror');
  });
  test('a server asking the client to log in still reads as SMTP AUTH', async () => {
    const { reason } = await first(legacy('press@fabrikam.com', '530 5.7.0 Authentication required'));
    expect(reason).toBe('securityerror');
  });
});

test('5.7.705 "tenant has exceeded threshold" is a block on the sender, not a size limit (providers.ts)', async () => {
  const { reason } = await first(
    legacy(
      'desk@fabrikam.com',
      '550 5.7.705 Access denied, tenant has exceeded threshold. AS(7229) [SA1PR12MB7342.namprd12.prod.outlook.com]',
    ),
  );
  expect(reason).toBe('blocked');
});

describe('recall reports are not bounces (detect.ts recallReport)', () => {
  const report = (subject: string, dsn: boolean): string =>
    [
      'From: Microsoft Outlook <postmaster@contoso.com>',
      'To: lidia@contoso.com',
      `Subject: ${subject}`,
      'MIME-Version: 1.0',
      dsn ? 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"' : 'Content-Type: text/plain',
      '',
      ...(dsn
        ? [
            '--b',
            'Content-Type: text/plain',
            '',
            'Delivery has failed.',
            '--b',
            'Content-Type: message/delivery-status',
            '',
            'Reporting-MTA: dns;mx.contoso.com',
            '',
            'Final-Recipient: rfc822;joni@contoso.com',
            'Action: failed',
            'Status: 5.1.1',
            '',
            '--b--',
          ]
        : ['Recipient', 'Recall Result', 'Joni Sherman', 'Failed: message already read', 'joni@contoso.com']),
      '',
    ].join('\r\n');
  test.each(['Message Recall Report for message: Prices', 'Recall Success: Prices', 'Recall Failure: Prices'])('%s', async (s) => {
    const out = await run(report(s, false), { locale: 'en' });
    expect(out.result.kind).toBe('not-bounce');
    expect(out.result.recipients).toHaveLength(0);
  });
  test('a real DSN keeps its verdict whatever its subject says', async () => {
    const out = await run(report('Recall Failure: Prices', true), { locale: 'en' });
    expect(out.result.kind).toBe('bounce');
  });
});

test('a tenant named after the whole domain run together marks the NDR as the user\u2019s own (special.ts ownDomains)', async () => {
  const text = [
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contosode.onmicrosoft.com>',
    'To: jonas@contoso.de',
    'Subject: Unzustellbar: Test',
    '',
    'x',
  ].join('\n');
  const { result } = await run(text, { locale: 'en' });
  expect(ownDomains(result, 'jonas@contoso.de')).toContain('contosode.onmicrosoft.com');
  expect(ownDomains(result, 'jonas@fabrikam.de')).not.toContain('contosode.onmicrosoft.com');
});

describe('a post held for a moderator is a warning, nobody acts yet (decoders/moderation.ts)', () => {
  const notice = (subject: string, body: readonly string[]): string =>
    ['From: Microsoft Outlook <postmaster@contoso.com>', 'To: lidia@contoso.com', `Subject: ${subject}`, '', ...body, ''].join('\n');
  test('the held group is a delayed recipient; the moderator decides; no resend', async () => {
    const out = await run(
      notice('Your message to Finance is awaiting approval', [
        'Your message to finance@contoso.com is awaiting approval.',
        'The group is moderated; a moderator will review your message.',
      ]),
      { locale: 'en' },
    );
    expect(out.result.kind).toBe('warning');
    expect(out.result.recipients.map((r) => r.address)).toEqual(['finance@contoso.com']);
    const x = out.explained.perRecipient[0];
    expect(x?.id).toBe('moderation-pending');
    expect(x?.owner).toBe('wait');
    expect(x?.retry).toBe('not-needed');
  });
  test('"pending approval" with no moderation named is not a held post', async () => {
    const out = await run(
      notice('Invoice pending approval', ['Invoice 4411 for billing@fabrikam.com is pending approval by accounts.', 'Regards']),
      { locale: 'en' },
    );
    expect(out.result.kind).not.toBe('warning');
  });
});
