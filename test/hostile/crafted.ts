/**
 * Hostile inputs, generated in code (small, so CI stays fast): crafted compound files that send an
 * unguarded msgreader into endless walks or giant allocations, and bounces built to trigger
 * quadratic work, cut addresses or hide a forged sender. The sizes are parameters: tests use small
 * ones and double them; the acceptance measurement writes the sizes to disk.
 */
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { buildDsn } from '../support/dsn';
import type { DsnRecipient } from '../support/dsn';

const utf16 = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'utf16le'));

/** A well-formed NDR .msg: a body over 4 KB (a regular stream) and small fields (mini streams). */
export function goodMsg(): Uint8Array {
  const body = `Delivery has failed to these recipients or groups:\r\n\r\nnobody@example.com\r\nThe email address you entered couldn't be found.\r\n\r\nRemote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\r\n${'Diagnostic information for administrators. '.repeat(120)}`;
  const fields: Record<string, string> = {
    '0037': 'Undeliverable: quarterly figures',
    '1000': body,
    '007D': 'From: postmaster@example.com\r\nTo: someone@contoso.example\r\nSubject: Undeliverable: quarterly figures\r\n',
    '001A': 'REPORT.IPM.Note.NDR',
    '0C1A': 'Microsoft Outlook',
    '0E1D': 'quarterly figures',
    '3001': 'Postmaster',
  };
  const streams: Array<[string, Uint8Array]> = Object.entries(fields).map(([tag, value]) => [`__substg1.0_${tag}001F`, utf16(value)]);
  streams.push(['__properties_version1.0', new Uint8Array(32)]);
  return burn([
    { name: 'Root Entry', type: 5, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({ name, type: 2, length: data.length, binaryProvider: () => data })),
  ]);
}

class Cfb {
  readonly view: DataView;
  readonly size: number;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.size = 1 << this.view.getUint16(0x1e, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  set32(at: number, v: number): void {
    this.view.setUint32(at, v >>> 0, true);
  }
  at(sector: number): number {
    return (sector + 1) * this.size;
  }
  fatAt(sector: number): number {
    const per = this.size / 4;
    const fs = this.u32(0x4c + 4 * Math.floor(sector / per));
    return this.at(fs) + 4 * (sector % per);
  }
  chain(start: number): number[] {
    const out: number[] = [];
    for (let s = start; s !== 0xfffffffe && out.length < 10_000; s = this.u32(this.fatAt(s))) out.push(s);
    return out;
  }
  dirSectors(): number[] {
    return this.chain(this.u32(0x30));
  }
  entryAt(i: number): number {
    const per = this.size / 128;
    const sector = this.dirSectors()[Math.floor(i / per)] ?? 0;
    return this.at(sector) + 128 * (i % per);
  }
  entryNamed(name: string): number {
    for (let i = 0; i < 64; i++) {
      const at = this.entryAt(i);
      const len = this.view.getUint16(at + 0x40, true);
      if (Buffer.from(this.bytes.subarray(at, at + Math.max(0, len - 2))).toString('utf16le') === name) return i;
    }
    throw new Error(`no entry ${name}`);
  }
}

export type CraftedMsg = 'fat-loop' | 'dir-chain-loop' | 'dir-tree-loop' | 'mini-loop' | 'huge-stream';
export const CRAFTED_MSG: readonly CraftedMsg[] = ['fat-loop', 'dir-chain-loop', 'dir-tree-loop', 'mini-loop', 'huge-stream'];

/** A copy of `goodMsg()` with one structural lie that an unguarded reader walks forever or believes. */
export function craftedMsg(kind: CraftedMsg): Uint8Array {
  const bytes = goodMsg();
  const f = new Cfb(bytes);
  const body = f.entryAt(f.entryNamed('__substg1.0_1000001F'));
  const subject = f.entryAt(f.entryNamed('__substg1.0_0037001F'));
  switch (kind) {
    case 'fat-loop': {
      // The FAT chain of the mini stream (held by the root entry) returns to its first sector.
      const chain = f.chain(f.u32(f.entryAt(0) + 0x74));
      f.set32(f.fatAt(chain[chain.length - 1] ?? 0), chain[0] ?? 0);
      break;
    }
    case 'dir-chain-loop': {
      const dir = f.dirSectors();
      f.set32(f.fatAt(dir[dir.length - 1] ?? 0), dir[0] ?? 0);
      break;
    }
    case 'dir-tree-loop': {
      // The root's child names itself as its right sibling.
      const child = f.u32(f.entryAt(0) + 0x4c);
      f.set32(f.entryAt(child) + 0x48, child);
      break;
    }
    case 'mini-loop': {
      const start = f.u32(subject + 0x74);
      const miniFat = f.u32(0x3c);
      f.set32(f.at(miniFat) + 4 * start, start);
      break;
    }
    case 'huge-stream':
      f.set32(body + 0x78, 0x7ffffff0);
      break;
  }
  return bytes;
}

/** A bounce from mx.example.net to sender@contoso.example with these recipients and readable text. */
const hostileDsn = (recipients: readonly DsnRecipient[], text = '', statusType?: string): string =>
  buildDsn({
    from: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    to: 'sender@contoso.example',
    date: 'Mon, 3 Mar 2025 10:00:00 +0000',
    reportingMta: 'mx.example.net',
    text: `This is the mail system. Your message could not be delivered.\n${text}`,
    recipients,
    ...(statusType !== undefined ? { statusType } : {}),
  });

/** One recipient with `n` Diagnostic-Code fields (each used to re-fold all before it). */
export function repeatedDiagnostic(n: number): string {
  const fields = Array.from({ length: n }, (_, i) => `Diagnostic-Code: smtp; 550 5.1.1 line ${i} user unknown`);
  return hostileDsn([{ address: 'nobody@example.com', extra: fields }]);
}

/** `n` DSN recipients and `m` address lines in the human text (once a cross product). */
export function manyRecipients(n: number, m: number): string {
  const text = Array.from({ length: m }, (_, i) => `<line${i}@text.example>: host mx.example said: 550 no`).join('\n');
  return hostileDsn(
    Array.from({ length: n }, (_, i) => ({ address: `r${i}@example.com` })),
    text,
  );
}

/** A Final-Recipient field of `chars` characters and no `@`. */
export function hugeRecipientField(chars: number): string {
  return hostileDsn([{ address: 'a'.repeat(chars) }]);
}

/** A diagnostic of `chars` characters with no phrase in it. */
export function hugeDiagnostic(chars: number): string {
  return hostileDsn([{ address: 'nobody@example.com', status: '5.0.0', diagnostic: `550 ${'x'.repeat(chars)}` }]);
}

/** Look-alike, bidi, zero-width and internationalised addresses, one recipient each. */
export const STRANGE_ADDRESSES: readonly string[] = [
  'ceo@contoso.com.\u0430datum.example',
  'user@mail.b\u00fccher.de',
  'invoice\u202efdp.exe@example.com',
  'pay\u200broll@example.com',
  '\u7528\u6237@\u4f8b\u5b50.\u5e7f\u544a',
];

export function strangeAddresses(): string {
  return hostileDsn(
    STRANGE_ADDRESSES.map((a) => ({ address: a, diagnostic: `550 5.1.1 <${a}>: user unknown` })),
    '',
    'message/global-delivery-status',
  );
}

/**
 * A bounce for a message the user never sent: the returned original claims the user's address,
 * its Message-ID and Received chain come from a botnet host, and there are no SPF/DMARC results.
 */
export function forgedWithoutAuth(user = 'alice@contoso.example'): string {
  return buildDsn({
    from: 'Mail Delivery System <MAILER-DAEMON@mx.victim.example>',
    to: user,
    date: 'Mon, 3 Mar 2025 10:00:00 +0000',
    reportingMta: 'mx.victim.example',
    text: 'Your message could not be delivered.',
    recipients: [
      {
        address: 'target@victim.example',
        status: '5.7.1',
        diagnostic: '554 5.7.1 Service unavailable; Client host [203.0.113.77] blocked using zen.spamhaus.org',
      },
    ],
    original: [
      'Received: from dsl-203-0-113-77.dyn.example-isp.net (unknown [203.0.113.77]) by botnet-relay.example-isp.net with SMTP; Mon, 3 Mar 2025 09:59:00 +0000',
      `From: ${user}`,
      'To: target@victim.example',
      'Subject: Your invoice',
      'Message-ID: <8f2a9c.1234@dsl-203-0-113-77.dyn.example-isp.net>',
    ],
  });
}
