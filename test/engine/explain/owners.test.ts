/**
 * Who must act, for real bounces from the shared corpus, labelled by hand after reading each one.
 * Gate: at least 95% right overall, and every Exchange / Microsoft 365 case right.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../../../src/engine';
import { analyze } from '../../../src/engine/analyze';
import { explain } from '../../../src/engine/explain/explain';

const catalogue = messages('en');
import type { Owner } from '../../../src/engine';
import { CORPUS } from '../corpus-helpers';

/** [file, owner, is it an Exchange / Microsoft 365 / Outlook.com case] */
const LABELS: ReadonlyArray<readonly [string, Owner, boolean]> = [
  ['lhost-office365-01.eml', 'you', true], // 5.1.10 RecipientNotFound
  ['lhost-office365-02.eml', 'you', true], // 5.1.1 RecipNotFound
  ['lhost-office365-05.eml', 'your-it', true], // 5.1.8 sender address rejected
  ['lhost-office365-06.eml', 'recipient-side', true], // 5.4.312 DNS query failed for their domain
  ['lhost-office365-07.eml', 'you', true], // unknown recipient at the remote end
  ['lhost-exchange2007-01.eml', 'you', true], // RecipNotFound
  ['lhost-exchange2007-02.eml', 'recipient-side', true], // STOREDRV.Deliver mailbox full
  ['lhost-exchange2007-03.eml', 'you', true], // RecipSizeLimit: message too large
  ['lhost-exchange2007-06.eml', 'you', true], // French NDR, RecipNotFound
  ['lhost-exchange2007-07.eml', 'you', true], // Italian NDR, RecipNotFound
  ['lhost-exchange2003-01.eml', 'you', true], // recipient name not recognized
  ['lhost-outlook-06.eml', 'wait', true], // 4.4.7 delay notice
  ['lhost-outlook-08.eml', 'you', true], // Outlook.com mailbox unavailable
  ['rhost-outlook-06.eml', 'wait', true], // 4.4.7 delay notice
  ['rhost-microsoft-01.eml', 'your-it', true], // 5.7.606 banned sending IP
  ['rhost-microsoft-02.eml', 'you', true], // 5.4.1 recipient address rejected (DBEB)
  ['rhost-microsoft-03.eml', 'you', true], // 5.1.10 RecipientNotFound
  ['rhost-microsoft-06.eml', 'your-it', true], // 5.7.515 authentication level
  ['lhost-dragonfly-02.eml', 'your-it', true], // 5.7.509 DMARC at Outlook.com
  ['lhost-qmail-02.eml', 'you', false],
  ['lhost-exim-02.eml', 'you', false],
  ['lhost-gmail-01.eml', 'you', false],
  ['rhost-google-02.eml', 'you', false],
  ['lhost-dragonfly-01.eml', 'your-it', false], // Gmail 5.7.26 DMARC
  ['lhost-amazonses-03.eml', 'recipient-side', false], // mailbox full
  ['lhost-biglobe-01.eml', 'recipient-side', false], // mailbox full
  ['lhost-kddi-01.eml', 'recipient-side', false], // mailbox full
  ['lhost-x4-01.eml', 'recipient-side', false], // mail folder full
  ['lhost-exim-01.eml', 'your-it', false], // "use the SMTP server of your ISP"
  ['lhost-exim-46.eml', 'your-it', false], // missing reverse DNS
  ['lhost-postfix-06.eml', 'you', false], // domain not found
  ['lhost-sendmail-15.eml', 'you', false], // host unknown
  ['lhost-gmail-06.eml', 'wait', false], // 4.2.2, retried
  ['lhost-gmail-09.eml', 'wait', false], // delay notice
  ['lhost-messagingserver-07.eml', 'wait', false], // delay notice
  ['rfc3464-07.eml', 'wait', false], // delay notice
  ['lhost-opensmtpd-06.eml', 'wait', false], // temporary failure report
  ['lhost-postfix-28.eml', 'your-it', false], // several From addresses
  ['rhost-google-08.eml', 'your-it', false], // not RFC 5322 compliant
  ['lhost-x6-01.eml', 'your-it', false], // mail loop
  ['lhost-x2-07.eml', 'your-it', false], // hop count exceeded
  ['rhost-godaddy-03.eml', 'your-it', false], // sending IP over its hourly limit
  ['arf-01.eml', 'your-it', false], // spam complaint
  ['rfc3834-01.eml', 'none', false], // out of office
  ['lhost-amazonses-12.eml', 'none', false], // delivered
  ['lhost-dragonfly-08.eml', 'you', false], // too big for the recipient
  ['lhost-sendmail-05.eml', 'you', false], // size limit
  ['lhost-mailru-01.eml', 'you', false],
  ['lhost-yahoo-01.eml', 'you', false],
];

describe('who must act on real bounces', () => {
  let results: Array<{ file: string; want: Owner; got: Owner | undefined; microsoft: boolean }> = [];

  beforeAll(async () => {
    results = [];
    for (const [file, want, microsoft] of LABELS) {
      const r = await analyze(readFileSync(path.join(CORPUS, 'bounces', file)));
      const x = explain(r, { catalogue });
      results.push({ file, want, got: x.perRecipient[0]?.owner, microsoft });
    }
  });

  test('the table has at least 40 labelled bounces', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(40);
  });

  test('at least 95% are right', () => {
    const wrong = results.filter((r) => r.got !== r.want);
    console.log(`who must act: ${results.length - wrong.length}/${results.length} right`, wrong);
    expect((results.length - wrong.length) / results.length).toBeGreaterThanOrEqual(0.95);
  });

  test('every Exchange / Microsoft 365 case is right', () => {
    expect(results.filter((r) => r.microsoft && r.got !== r.want)).toEqual([]);
  });
});
