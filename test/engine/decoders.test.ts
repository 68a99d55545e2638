/**
 * One case per decoder family: the family's own decoder reads the corpus sample and names the
 * labelled recipients.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { CORPUS, loadLabels } from './corpus-helpers';

const labels = loadLabels();

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['lhost-postfix-01.eml', 'rfc3464'],
  ['lhost-qmail-01.eml', 'qmail'],
  ['lhost-exim-01.eml', 'exim'],
  ['lhost-gmail-01.eml', 'gmail'],
  ['lhost-dragonfly-01.eml', 'dragonfly'],
  ['lhost-exchange2003-01.eml', 'exchange2003'],
  ['lhost-office365-01.eml', 'exchange-legacy'],
  ['lhost-domino-01.eml', 'domino'],
  ['lhost-notes-01.eml', 'notes'],
  ['lhost-imailserver-01.eml', 'imailserver'],
  ['lhost-kddi-01.eml', 'kddi'],
  ['lhost-biglobe-01.eml', 'biglobe'],
  ['lhost-mailfoundry-01.eml', 'mailfoundry'],
  ['lhost-mailmarshal-02.eml', 'mailmarshal'],
  ['lhost-mfilter-01.eml', 'mfilter'],
  ['lhost-trendmicro-01.eml', 'trendmicro'],
  ['lhost-x1-01.eml', 'x1'],
  ['lhost-x3-01.eml', 'x3'],
  ['lhost-x6-01.eml', 'x6'],
  ['lhost-v5sendmail-01.eml', 'v5sendmail'],
  ['lhost-zoho-01.eml', 'zoho'],
  ['lhost-amazonses-09.eml', 'amazonses'],
  ['lhost-googlegroups-01.eml', 'googlegroups'],
  ['lhost-apachejames-01.eml', 'apachejames'],
  ['lhost-fml-02.eml', 'fml'],
  ['arf-01.eml', 'arf'],
  ['rfc3834-01.eml', 'rfc3834'],
  ['lhost-amazonworkmail-01.eml', 'rfc3464-inline'],
  ['lhost-activehunter-01.eml', 'activehunter'],
  ['lhost-gmx-01.eml', 'gmx'],
  ['lhost-mailru-01.eml', 'mailru'],
  ['lhost-mxlogic-01.eml', 'mxlogic'],
  ['lhost-x4-01.eml', 'x4'],
  ['lhost-yahoo-01.eml', 'yahoo'],
  ['lhost-x2-01.eml', 'x2'],
  ['lhost-ezweb-02.eml', 'rfc3464'],
  ['lhost-einsundeins-02.eml', 'einsundeins'],
  ['lhost-opensmtpd-01.eml', 'opensmtpd'],
  ['lhost-sendmail-01.eml', 'rfc3464'],
];

describe.each(CASES)('%s', (file, decoder) => {
  test(`is read by ${decoder} with the labelled recipients`, async () => {
    const r = await analyze(readFileSync(path.join(CORPUS, 'bounces', file)));
    expect(r.decoders).toEqual([decoder]);
    const want = (labels.files.get(file) ?? []).map((e) => e.address?.toLowerCase());
    expect(r.recipients.map((x) => x.address?.toLowerCase())).toEqual(want);
  });
});

describe('pasted text', () => {
  test.each([
    [
      'fr',
      'Échec de la remise pour ces destinataires ou groupes :',
      'Informations de diagnostic pour les administrateurs :',
      'Serveur de génération :',
    ],
    [
      'it',
      'Il recapito non è riuscito per i seguenti destinatari o gruppi:',
      'Informazioni di diagnostica per gli amministratori:',
      'Server di generazione:',
    ],
  ])('a localised (%s) Exchange report is read', async (_lang, heading, diag, server) => {
    const text = [
      heading,
      '',
      'dana@fabrikam.example',
      '',
      diag,
      `${server} AM0PR01MB1234.eurprd01.prod.exchangelabs.com`,
      'dana@fabrikam.example',
      "Remote Server returned '550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied'",
    ].join('\n');
    const r = await analyze(text);
    expect(r.decoders).toEqual(['exchange-legacy']);
    expect(r.recipients[0]).toMatchObject({ address: 'dana@fabrikam.example', status: '5.7.367', replyCode: '550', reason: 'norelaying' });
  });

  test('a Postfix notice pasted from a reading pane is read without headers', async () => {
    const text = [
      'This is the mail system at host mx.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<dana@fabrikam.example>: host mx.fabrikam.example[192.0.2.1] said: 550 5.1.1',
      '    <dana@fabrikam.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ].join('\n');
    const r = await analyze(text);
    expect(r.inputType).toBe('text');
    expect(r.recipients[0]).toMatchObject({
      address: 'dana@fabrikam.example',
      status: '5.1.1',
      replyCode: '550',
      reason: 'userunknown',
      smtpCommand: 'RCPT',
    });
  });

  test('a bounce forwarded with quote marks is unquoted first', async () => {
    const text = [
      '> Delivery has failed to these recipients or groups:',
      '>',
      '> lee@contoso.example',
      "> The email address you entered couldn't be found.",
      '>',
      "> Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'",
    ].join('\n');
    const r = await analyze(text);
    expect(r.recipients[0]?.address).toBe('lee@contoso.example');
    expect(r.recipients[0]?.status).toBe('5.1.10');
    expect(r.recipients[0]?.reason).toBe('userunknown');
  });
});
