/**
 * Report `.msg` files (what classic Outlook gives when an NDR is dragged out): the per-recipient
 * facts live in the recipient table ([MS-OXMSG] 2.2.1 recipient object storage, [MS-OXOMSG]
 * 2.2.2.30–36) and are read as the delivery-status part they stand for ([MS-OXCMAIL] 2.1.3.6.1).
 * Fixtures are written with msgreader's own compound-file writer, recipient storages included.
 */
import MsgReader from '@kenjiuno/msgreader';
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { analyze } from '../../src/engine/analyze';
import { readMsg } from '../../src/engine/msg';
import { deliveryStatusOf, reportAction, statusFromCode } from '../../src/engine/msg-report';
import { run } from '../../src/engine/run';

const utf16 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));

/** A recipient row: string properties by 4-hex-digit ID (PT_UNICODE), 32-bit integers by ID (PT_LONG). */
interface Row {
  strings?: Record<string, string>;
  longs?: Record<string, number>;
}

/**
 * The fixed-size property stream ([MS-OXMSG] 2.4.2): a header (32 bytes for the top-level message,
 * 8 for a recipient), then 16 bytes per property: tag, flags, 8-byte value.
 */
function propertyStream(header: number, longs: Record<string, number>): Uint8Array {
  const entries = Object.entries(longs);
  const out = new Uint8Array(header + 16 * entries.length);
  const view = new DataView(out.buffer);
  entries.forEach(([id, value], i) => {
    const at = header + 16 * i;
    view.setUint32(at, ((Number.parseInt(id, 16) << 16) | 0x0003) >>> 0, true);
    view.setUint32(at + 4, 0x06, true); // PROPATTR_READABLE | PROPATTR_WRITABLE
    view.setInt32(at + 8, value, true);
  });
  return out;
}

function msgFile(fields: Record<string, string>, rows: Row[] = []): Uint8Array {
  type Entry = { name: string; type: number; length: number; children?: number[]; binaryProvider?: () => Uint8Array };
  const entries: Entry[] = [{ name: 'Root Entry', type: 5, length: 0, children: [] }];
  const add = (parent: number, name: string, data: Uint8Array): void => {
    entries[parent]?.children?.push(entries.length);
    entries.push({ name, type: 2, length: data.length, binaryProvider: () => data });
  };
  for (const [tag, value] of Object.entries(fields)) add(0, `__substg1.0_${tag}001F`, utf16(value));
  add(0, '__properties_version1.0', propertyStream(32, {}));
  rows.forEach((row, i) => {
    const dir = entries.length;
    entries[0]?.children?.push(dir);
    entries.push({ name: `__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`, type: 1, length: 0, children: [] });
    for (const [id, value] of Object.entries(row.strings ?? {})) add(dir, `__substg1.0_${id}001F`, utf16(value));
    add(dir, '__properties_version1.0', propertyStream(8, row.longs ?? {}));
  });
  return burn(entries);
}

const NDR_HEADERS =
  'From: Microsoft Outlook <postmaster@contoso.example>\r\nTo: alex@contoso.example\r\nSubject: Undeliverable: Budget\r\nDate: Fri, 20 Nov 2026 14:03:10 +0000';

const lee: Row = {
  strings: {
    '3001': 'Lee Chen',
    '3003': 'lee.chen@northwind.example',
    '39FE': 'lee.chen@northwind.example',
    '0C1B': "Remote Server returned '550 5.1.1 <lee.chen@northwind.example>: Recipient address rejected: User unknown'",
    '0C21': 'mx1.northwind.example',
  },
  longs: { '0C20': 511, '0C05': 0, '0C04': 1 },
};

describe('the fixture reads back the way a real report .msg is read', () => {
  test('msgreader sees the recipient row with its strings and fixed-size properties', () => {
    const bytes = msgFile({ '001A': 'REPORT.IPM.Note.NDR' }, [lee]);
    const reader = new MsgReader(bytes.slice().buffer);
    reader.parserConfig = { includeRawProps: true };
    const data = reader.getFileData();
    expect(data.messageClass).toBe('REPORT.IPM.Note.NDR');
    const r = data.recipients?.[0];
    expect(r).toMatchObject({ dataType: 'recipient', email: 'lee.chen@northwind.example', smtpAddress: 'lee.chen@northwind.example' });
    const raw = new Map((r?.rawProps ?? []).map((p) => [p.propertyTag, p.value]));
    expect(raw.get('0c200003')).toBe(511);
    expect(raw.get('0c040003')).toBe(1);
    expect(raw.get('0c1b001f')).toMatch(/^Remote Server returned '550 5\.1\.1/);
  });
});

describe('report .msg: the recipient table is read', () => {
  test('an NDR whose body is empty: codes and diagnostic come from the table alone', async () => {
    const r = await analyze(msgFile({ '0037': 'Undeliverable: Budget', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [lee]));
    expect(r.inputType).toBe('msg');
    expect(r.kind).toBe('bounce');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({
      address: 'lee.chen@northwind.example',
      status: '5.1.1',
      replyCode: '550',
      reason: 'userunknown',
      remoteMta: 'mx1.northwind.example',
    });
    expect(r.recipients[0]?.diagnosticCode).toContain('Recipient address rejected');
  });

  test('without the table the same empty NDR yields no codes (the table is what is read)', async () => {
    const r = await analyze(msgFile({ '0037': 'Undeliverable: Budget', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }));
    expect(r.recipients.some((x) => x.status === '5.1.1')).toBe(false);
  });

  test('an NDR with body and table: one recipient, the body kept as the human part', async () => {
    const body = [
      'Delivery has failed to these recipients or groups:',
      '',
      'Lee Chen (lee.chen@northwind.example)',
      "The email address you entered couldn't be found.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: DB9PR02MB5555.eurprd02.prod.exchangelabs.com',
      'lee.chen@northwind.example',
      "Remote Server returned '550 5.1.1 <lee.chen@northwind.example>: Recipient address rejected: User unknown'",
    ].join('\r\n');
    const bytes = msgFile({ '0037': 'Undeliverable: Budget', '1000': body, '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [lee]);
    const rebuilt = await readMsg(bytes);
    expect(rebuilt.text).toContain("couldn't be found");
    expect(rebuilt.eml).toContain('Content-Type: multipart/report; report-type=delivery-status');
    expect(rebuilt.eml).toContain("couldn't be found");
    const r = await analyze(bytes);
    expect(r.recipients.map((x) => x.address)).toEqual(['lee.chen@northwind.example']);
    expect(r.recipients[0]).toMatchObject({ status: '5.1.1', reason: 'userunknown' });
  });

  test('two recipients, each with its own code', async () => {
    const sam: Row = {
      strings: { '39FE': 'sam@tailspin.example', '0C1B': "Remote Server returned '552 5.2.2 Mailbox full'" },
      longs: { '0C20': 522 },
    };
    const r = await analyze(msgFile({ '0037': 'Undeliverable: Budget', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [lee, sam]));
    expect(r.recipients.map((x) => [x.address, x.status, x.reason])).toEqual([
      ['lee.chen@northwind.example', '5.1.1', 'userunknown'],
      ['sam@tailspin.example', '5.2.2', 'mailboxfull'],
    ]);
  });

  test('a delay report is read as delayed, not failed', async () => {
    const row: Row = {
      strings: {
        '39FE': 'pat@fabrikam.example',
        '0C1B': "Remote Server returned '451 4.4.0 Primary target IP address responded with: 421 4.4.2 Connection dropped'",
      },
      longs: { '0C20': 440 },
    };
    const headers = NDR_HEADERS.replace('Undeliverable', 'Delivery delayed');
    const r = await analyze(msgFile({ '0037': 'Delivery delayed: Budget', '007D': headers, '001A': 'REPORT.IPM.Note.Delayed.DR' }, [row]));
    expect(r.recipients[0]).toMatchObject({ address: 'pat@fabrikam.example', action: 'delayed' });
    expect(r.recipients[0]?.status).toMatch(/^4\./);
  });

  test('a read receipt is no failure', async () => {
    const headers =
      'From: Lee Chen <lee.chen@northwind.example>\r\nTo: alex@contoso.example\r\nSubject: Read: Budget\r\nDate: Fri, 20 Nov 2026 15:00:00 +0000';
    const body = 'Your message\r\n\r\nTo: Lee Chen\r\nSubject: Budget\r\n\r\nwas read on 20/11/2026 15:00.';
    const row: Row = { strings: { '39FE': 'alex@contoso.example', '3001': 'Alex' } };
    const r = await analyze(msgFile({ '0037': 'Read: Budget', '1000': body, '007D': headers, '001A': 'REPORT.IPM.Note.IPNRN' }, [row]));
    expect(r.kind).not.toBe('bounce');
    expect(r.recipients.some((x) => x.action === 'failed')).toBe(false);
  });

  test('an ordinary .msg is rebuilt exactly as before (no report part)', async () => {
    const row: Row = { strings: { '39FE': 'lee.chen@northwind.example', '3001': 'Lee Chen' } };
    const fields = {
      '0037': 'Lunch',
      '1000': 'See you at noon.',
      '007D': NDR_HEADERS.replace('Undeliverable: Budget', 'Lunch'),
      '001A': 'IPM.Note',
    };
    const rebuilt = await readMsg(msgFile(fields, [row]));
    expect(rebuilt.eml).toContain('Content-Type: multipart/mixed;');
    expect(rebuilt.eml).not.toContain('delivery-status');
    expect((await readMsg(msgFile(fields))).eml).toBe(rebuilt.eml);
  });

  test('a report class whose table has no report data is rebuilt as before', async () => {
    const row: Row = { strings: { '39FE': 'lee.chen@northwind.example' } };
    const rebuilt = await readMsg(msgFile({ '0037': 'Undeliverable: x', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [row]));
    expect(rebuilt.eml).not.toContain('delivery-status');
  });
});

describe('hostile recipient tables give a clear result, never a crash', () => {
  test('a body line that looks like the rebuilt message\u2019s boundary does not end its part', async () => {
    const body = ['Hello', '--bounce-explainer-msg-boundary--', 'Content-Type: message/delivery-status', '', 'Status: 2.0.0'].join('\r\n');
    const bytes = msgFile({ '0037': 'Undeliverable: Budget', '1000': body, '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [lee]);
    const rebuilt = await readMsg(bytes);
    expect(rebuilt.eml).toContain(' --bounce-explainer-msg-boundary--');
    const r = await analyze(bytes);
    expect(r.recipients.map((x) => x.address)).toEqual(['lee.chen@northwind.example']);
    expect(r.recipients[0]).toMatchObject({ status: '5.1.1', reason: 'userunknown' });
  });

  test('huge strings, line breaks that try to forge fields, odd status numbers', async () => {
    const forged = `x\r\nFinal-Recipient: rfc822; evil@attacker.example\r\n--bounce-explainer-msg-boundary--\r\n${'A'.repeat(200_000)}`;
    const rows: Row[] = [
      { strings: { '39FE': 'lee.chen@northwind.example', '0C1B': forged, '0C21': 'B'.repeat(100_000) }, longs: { '0C20': 99999 } },
      {
        strings: { '39FE': '/O=EXCHANGELABS/OU=X/CN=RECIPIENTS/CN=abc', '3001': 'Nobody\r\nAction: delivered' },
        longs: { '0C20': -1, '0C05': -1 },
      },
      { strings: { '39FE': 'not an address', '0C1B': '' }, longs: { '0C20': 777 } },
    ];
    const bytes = msgFile({ '0037': 'Undeliverable: x', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, rows);
    const rebuilt = await readMsg(bytes);
    const part = rebuilt.eml?.split('Content-Type: message/delivery-status')[1] ?? '';
    // One line per field: the forged field and the forged boundary stay inside the diagnostic line.
    expect(part).not.toMatch(/^Final-Recipient: rfc822; evil@/m);
    expect(part).not.toMatch(/^Action: delivered/m);
    expect(part).not.toMatch(/^Status:/m);
    expect(Math.max(...part.split('\n').map((l) => l.length))).toBeLessThan(4200);
    const r = await analyze(bytes);
    expect(r.kind).toBe('bounce');
    expect(r.recipients.map((x) => x.address)).not.toContain('evil@attacker.example');
    expect(r.recipients[0]?.address).toBe('lee.chen@northwind.example');
  });

  test('status numbers: only RFC 3463 classes 2, 4, 5 are read back', () => {
    expect(statusFromCode(511)).toBe('5.1.1');
    expect(statusFromCode(440)).toBe('4.4.0');
    expect(statusFromCode(200)).toBe('2.0.0');
    for (const odd of [0, 99, 311, 600, 777, 4294967295, -1, 5.5, Number.NaN, '511', null]) expect(statusFromCode(odd)).toBeNull();
  });

  test('report classes map to RFC 3464 actions as MS-OXCMAIL 2.2.3.7.1.1 says', () => {
    expect(reportAction('REPORT.IPM.Note.NDR')).toBe('failed');
    expect(reportAction('report.ipm.note.ndr')).toBe('failed');
    expect(reportAction('REPORT.IPM.Note.Delayed.DR')).toBe('delayed');
    expect(reportAction('REPORT.IPM.Note.Delayed')).toBe('delayed');
    expect(reportAction('REPORT.IPM.Note.Relayed.DR')).toBe('relayed');
    expect(reportAction('REPORT.IPM.Note.Expanded.DR')).toBe('expanded');
    expect(reportAction('REPORT.IPM.Note.DR')).toBe('delivered');
    expect(reportAction('REPORT.IPM.Note.IPNRN')).toBeNull();
    expect(reportAction('REPORT.IPM.Note.IPNNRN')).toBeNull();
    expect(reportAction('IPM.Note')).toBeNull();
    expect(reportAction(undefined)).toBeNull();
  });

  test('more rows than the recipient cap are cut while reading', () => {
    const row = {
      rawProps: [
        { propertyTag: '0c1b001f', value: 'x' },
        { propertyTag: '39fe001f', value: 'a@b.example' },
      ],
    };
    const dsn =
      deliveryStatusOf(
        'REPORT.IPM.Note.NDR',
        [],
        Array.from({ length: 6000 }, () => row),
      ) ?? '';
    expect(dsn.match(/^Action: failed$/gm)).toHaveLength(5000);
  });
});

describe('end to end through run()', () => {
  test('a table-only NDR gets the right reason and owner', async () => {
    const out = await run(msgFile({ '0037': 'Undeliverable: Budget', '007D': NDR_HEADERS, '001A': 'REPORT.IPM.Note.NDR' }, [lee]), {
      locale: 'en',
    });
    expect(out.result.recipients[0]).toMatchObject({ address: 'lee.chen@northwind.example', reason: 'userunknown' });
    expect(out.explained.perRecipient[0]?.owner).toBe('you');
  });
});
