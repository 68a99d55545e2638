import { readFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../../../src/engine';
import { analyze } from '../../../src/engine/analyze';
import { explain } from '../../../src/engine/explain/explain';

const catalogue = messages('en');
import { editDistance, suggestDomain } from '../../../src/engine/explain/special';

const SAMPLES = path.resolve(__dirname, '../../../assets/samples');
const sample = async (name: string): Promise<ReturnType<typeof explain> & { kind: string }> => {
  const r = await analyze(readFileSync(path.join(SAMPLES, name)));
  return { ...explain(r, { catalogue }), kind: r.kind };
};

describe('special cases', () => {
  test('a forged sender is recognised, owner none, with the evidence', async () => {
    const x = await sample('backscatter-forged-sender.eml');
    expect(x.backscatter).toBe(true);
    expect(x.perRecipient[0]).toMatchObject({ id: 'backscatter', owner: 'none' });
    expect(x.backscatterEvidence.join(' ')).toMatch(/cheap-pills\.invalid/);
  });

  test('a real authentication failure is not mistaken for a forged sender', async () => {
    for (const name of ['gmail-5.7.26-dmarc.eml', 'ms-5.7.367-relay-pool.eml']) {
      const x = await sample(name);
      expect(x.backscatter).toBe(false);
      expect(x.perRecipient[0]?.owner).toBe('your-it');
    }
  });

  test('the authentication verdicts of the returned original are shown', async () => {
    const x = await sample('gmail-5.7.26-dmarc.eml');
    expect(x.perRecipient[0]?.facts).toMatchObject({ spf: 'softfail', dkim: 'fail', dmarc: 'fail' });
    expect(x.perRecipient[0]?.itChecks.join(' ')).toMatch(/SPF=softfail, DKIM=fail, DMARC=fail/);
  });

  test('a misspelt domain suggests the intended one and makes the user the owner', async () => {
    const x = await sample('misspelt-gmial.eml');
    expect(x.perRecipient[0]).toMatchObject({ id: 'misspelt-domain', owner: 'you' });
    expect(x.perRecipient[0]?.summary).toContain('gmail.com');
    expect(suggestDomain('a@hotmial.com')).toBe('hotmail.com');
    expect(suggestDomain('a@outlok.com')).toBe('outlook.com');
    expect(suggestDomain('a@gmail.com')).toBeNull();
    expect(suggestDomain('a@fabrikam.example')).toBeNull();
    expect(editDistance('gmial.com', 'gmail.com')).toBe(1);
  });

  test('a stale X.500 address tells how to clear Auto-Complete', async () => {
    const x = await sample('stale-imceaex.eml');
    expect(x.perRecipient[0]?.id).toBe('stale-x500');
    expect(x.perRecipient[0]?.steps.join(' ')).toMatch(/Auto-Complete/);
  });

  test('a stated size limit is shown', async () => {
    const r = await analyze(readFileSync(path.resolve(__dirname, '../../../../shared/corpus/sisimai/bounces/lhost-sendmail-05.eml')));
    const x = explain(r, { catalogue });
    expect(x.perRecipient[0]?.facts.limit).toBe('10 MB');
    expect(x.perRecipient[0]?.summary).toContain('10 MB');
  });

  test('a delay notice says until when the server keeps trying', async () => {
    const x = await sample('exchange-4.4.7-delay.eml');
    expect(x.perRecipient[0]).toMatchObject({ id: 'delayed', owner: 'wait' });
    expect(x.perRecipient[0]?.retryText).toMatch(/2026-11-27 11:52/);
  });

  test('several recipients with one cause share one explanation', async () => {
    const r = await analyze(readFileSync(path.resolve(__dirname, '../../../../shared/corpus/sisimai/bounces/lhost-exim-02.eml')));
    const x = explain(r, { catalogue });
    expect(r.recipients).toHaveLength(2);
    expect(x.groups).toHaveLength(1);
    expect(x.groups[0]?.recipients).toEqual([0, 1]);
  });

  test('nothing matching is said honestly, with low confidence', async () => {
    const r = await analyze(
      'From: MAILER-DAEMON@x.example\nTo: a@b.example\nSubject: Delivery failure\n\n<c@d.example>: something odd happened\n',
    );
    const x = explain(r, { catalogue });
    expect(x.perRecipient[0]?.id).toBe('unclear');
    expect(x.perRecipient[0]?.confidence).toBeLessThanOrEqual(0.2);
    expect(x.perRecipient[0]?.steps.join(' ')).toMatch(/IT helpdesk/);
  });
});
