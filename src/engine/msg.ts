/**
 * Outlook `.msg` files (what Outlook writes when a message is dragged to the desktop) read with
 * msgreader, then rebuilt as an RFC 5322 message so the rest of the engine sees one format.
 */
import { htmlToText, loadHtmlReader } from './input/html';
import { deliveryStatusOf } from './msg-report';
import type { RawProp } from './msg-report';

export interface RebuiltMsg {
  /** A message rebuilt from the transport headers and body; null when the file has no headers. */
  readonly eml: string | null;
  /** The readable text alone, for the fallback. */
  readonly text: string;
  /** Set when the compound-file guard refused the file: why, in a short phrase. */
  readonly problem?: string;
}

interface MsgFields {
  subject?: string;
  body?: string;
  bodyHtml?: string;
  headers?: string;
  senderEmail?: string;
  messageClass?: string;
  attachments?: MsgFields[];
  innerMsgContent?: true;
  innerMsgContentFields?: MsgFields;
  fileName?: string;
  /** Every property, read with `includeRawProps` (report data lives in the recipient table). */
  rawProps?: RawProp[];
  recipients?: Array<{ rawProps?: RawProp[] }>;
}

/** Headers of an embedded message, rebuilt so the returned original can be read. */
function embeddedHeaders(fields: MsgFields): string {
  if (fields.headers !== undefined && fields.headers.trim() !== '') return fields.headers.trim();
  const lines: string[] = [];
  if (fields.subject !== undefined) lines.push(`Subject: ${fields.subject}`);
  if (fields.senderEmail !== undefined) lines.push(`From: <${fields.senderEmail}>`);
  return lines.join('\n');
}

/**
 * Reads a `.msg` after the compound-file guard. msgreader (and the HTML reader, for HTML-only
 * bodies) are lazy chunks in the browser: few bounces arrive as `.msg`.
 */
export async function readMsg(bytes: Uint8Array): Promise<RebuiltMsg> {
  const problem = checkCompoundFile(bytes);
  if (problem !== null) return { eml: null, text: '', problem };
  const [{ default: MsgReader }] = await Promise.all([
    import(/* webpackChunkName: "reader-msg" */ '@kenjiuno/msgreader'),
    loadHtmlReader(),
  ]);
  try {
    const copy = bytes.slice().buffer;
    // Raw properties: a report's per-recipient facts (codes, diagnostic) have no named field in msgreader.
    const reader = new MsgReader(copy);
    reader.parserConfig = { includeRawProps: true };
    const data = reader.getFileData() as MsgFields & { error?: string };
    if (data.error !== undefined) return { eml: null, text: '' };
    let text = data.body ?? '';
    if (text.trim() === '' && data.bodyHtml !== undefined) text = htmlToText(data.bodyHtml);
    const inner = (data.attachments ?? []).find((a) => a.innerMsgContent === true && a.innerMsgContentFields !== undefined);
    const original = inner?.innerMsgContentFields !== undefined ? embeddedHeaders(inner.innerMsgContentFields) : '';
    // A report message (REPORT.IPM.Note.NDR…) keeps its per-recipient facts in the recipient table.
    const status = deliveryStatusOf(data.messageClass, data.rawProps, data.recipients);
    const head = (data.headers ?? '').trim();
    if (head === '') {
      const pseudo = [`Subject: ${data.subject ?? ''}`, `From: <${data.senderEmail ?? ''}>`].join('\n');
      return { eml: buildEml(pseudo, text, original, status), text };
    }
    return { eml: buildEml(stripMimeHeaders(head), text, original, status), text };
  } catch {
    return { eml: null, text: '' };
  }
}

/** The transport headers describe the original MIME layout, which the rebuilt message does not have. */
function stripMimeHeaders(head: string): string {
  const out: string[] = [];
  let skipping = false;
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (!skipping) out.push(line);
      continue;
    }
    skipping = /^(?:content-type|content-transfer-encoding|mime-version):/i.test(line);
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

const BOUNDARY = 'bounce-explainer-msg-boundary';
/** A line of a part that would read as our boundary delimiter (RFC 2046 5.1.1: "--" + boundary at a line start). */
const BOUNDARY_LINE = /^--(?=bounce-explainer-msg-boundary)/gm;

/**
 * The parts are a stranger's text: a line in them that starts like our boundary delimiter would
 * end its part early. Such a line gets a leading space, which keeps it readable and makes it
 * ordinary text (one linear pass; choosing another boundary could be chased by crafted text).
 */
export function neutraliseBoundary(part: string): string {
  return part.replace(BOUNDARY_LINE, ' --');
}

/**
 * The rebuilt message: the body as the human part, then (for a report) the delivery-status part
 * built from the recipient table, as RFC 3462 lays out a multipart/report, then the original's headers.
 */
function buildEml(head: string, text: string, original: string, status: string | null): string {
  const h = neutraliseBoundary(head);
  const t = neutraliseBoundary(text);
  const o = neutraliseBoundary(original);
  const type = status === null ? 'multipart/mixed' : 'multipart/report; report-type=delivery-status';
  const parts = [
    `${h}\nMIME-Version: 1.0\nContent-Type: ${type}; boundary="${BOUNDARY}"\n`,
    `--${BOUNDARY}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${t}\n`,
  ];
  // The status part's fields are single lines (msg-report.ts), so no line of it can start a delimiter.
  if (status !== null) parts.push(`--${BOUNDARY}\nContent-Type: message/delivery-status\n\n${status}`);
  if (o !== '') parts.push(`--${BOUNDARY}\nContent-Type: text/rfc822-headers; charset=utf-8\n\n${o}\n`);
  parts.push(`--${BOUNDARY}--\n`);
  return parts.join('');
}

/*
 * The compound-file guard. msgreader (1.28.0, the latest) trusts the file's structure: a FAT chain
 * that loops, a directory chain or tree that loops, a mini-stream chain that loops or a stream
 * claiming 2 GB send it into an endless walk or a giant allocation. `checkCompoundFile` walks the
 * same structure first, in time and memory linear in the file's size, and refuses what msgreader
 * could not survive. Every chain is walked once with a visited mark per sector, so a loop, a
 * sector claimed by two chains, or a chain longer than the file ends the walk.
 */
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const MAXREGSECT = 0xfffffffa;
const NOSTREAM = 0xffffffff;
const DIR_ENTRY = 128;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;

/** Why a compound file cannot be read safely, as a short phrase; null when it is sound. */
export function checkCompoundFile(bytes: Uint8Array): string | null {
  if (bytes.byteLength < 512) return 'the file is shorter than its header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => (at + 4 <= bytes.byteLength ? view.getUint32(at, true) : ENDOFCHAIN);
  if (u16(0x1c) !== 0xfffe) return 'the byte-order mark is wrong';
  const shift = u16(0x1e);
  if (shift !== 9 && shift !== 12) return 'the sector size is not 512 or 4096 bytes';
  // msgreader takes any shift other than 12 as 512-byte sectors: the guard reads the file the same way.
  if (u16(0x20) !== 6) return 'the mini-sector size is not 64 bytes';
  const size = 1 << shift;
  const sectors = Math.floor((bytes.byteLength - size) / size) + ((bytes.byteLength - size) % size > 0 ? 1 : 0);
  if (sectors <= 0) return 'the file has no sectors';
  const at = (sector: number): number => (sector + 1) * size;
  const perSector = size / 4;

  // FAT sectors: 109 in the header, the rest along the DIFAT chain.
  const fatCount = u32(0x2c);
  const difatCount = u32(0x48);
  if (fatCount > sectors) return 'the header claims more FAT sectors than the file has';
  if (difatCount > sectors) return 'the header claims more DIFAT sectors than the file has';
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(fatCount, 109); i++) fatSectors.push(u32(0x4c + 4 * i));
  let difat = u32(0x44);
  const difatSeen = new Set<number>();
  for (let i = 0; i < difatCount && fatSectors.length < fatCount; i++) {
    if (difat > MAXREGSECT || difat >= sectors) return 'the DIFAT chain points outside the file';
    if (difatSeen.has(difat)) return 'the DIFAT chain loops';
    difatSeen.add(difat);
    for (let j = 0; j < perSector - 1 && fatSectors.length < fatCount; j++) fatSectors.push(u32(at(difat) + 4 * j));
    difat = u32(at(difat) + 4 * (perSector - 1));
  }
  if (fatSectors.length < fatCount) return 'the FAT is shorter than the header says';
  for (const s of fatSectors) if (s >= sectors) return 'a FAT sector lies outside the file';
  // msgreader reads the FAT through the sector list; an entry past it reads as "end of chain".
  const next = (sector: number): number => {
    const fs = fatSectors[Math.floor(sector / perSector)];
    return fs === undefined ? ENDOFCHAIN : u32(at(fs) + 4 * (sector % perSector));
  };

  // Every chain: in the file, no loop, no sector shared with another chain.
  const owner = new Uint8Array(sectors);
  const chain = (start: number, what: string, maxLength = sectors): number[] | string => {
    const out: number[] = [];
    let s = start;
    while (s !== ENDOFCHAIN) {
      if (s === FREESECT && out.length === 0) return out;
      if (s > MAXREGSECT || s >= sectors) return `the ${what} chain points outside the file`;
      if (owner[s] === 1) return `the ${what} chain loops or shares a sector`;
      owner[s] = 1;
      out.push(s);
      if (out.length > maxLength) return `the ${what} chain is longer than its size`;
      s = next(s);
    }
    return out;
  };

  const dir = chain(u32(0x30), 'directory');
  if (typeof dir === 'string') return dir;
  if (dir.length === 0) return 'there is no directory';
  const entries = (dir.length * size) / DIR_ENTRY;
  const entryAt = (i: number): number => at(dir[Math.floor((i * DIR_ENTRY) / size)] ?? 0) + ((i * DIR_ENTRY) % size);
  const typeOf = (i: number): number => bytes[entryAt(i) + 0x42] ?? 0;
  const link = (i: number, off: number): number => u32(entryAt(i) + off);
  const streamSize = (i: number): number => u32(entryAt(i) + 0x78);
  if (typeOf(0) !== 5) return 'the first directory entry is not the root';

  // The mini stream (held by the root entry) and the mini FAT.
  const rootSize = streamSize(0);
  if (rootSize > bytes.byteLength) return 'the mini stream claims more bytes than the file has';
  const miniStream = chain(link(0, 0x74), 'mini stream', Math.ceil(rootSize / size));
  if (typeof miniStream === 'string') return miniStream;
  const miniSectors = Math.min(Math.floor(rootSize / MINI_SECTOR), (miniStream.length * size) / MINI_SECTOR);
  const miniFatCount = u32(0x40);
  if (miniFatCount > sectors) return 'the header claims more mini-FAT sectors than the file has';
  const miniFat = chain(u32(0x3c), 'mini FAT', Math.max(miniFatCount, 1));
  if (typeof miniFat === 'string') return miniFat;
  const miniNext = (m: number): number => {
    const fs = miniFat[Math.floor(m / perSector)];
    return fs === undefined ? ENDOFCHAIN : u32(at(fs) + 4 * (m % perSector));
  };
  const miniOwner = new Uint8Array(miniSectors);

  // The directory tree from the root: every entry reached at most once, so neither a loop nor a
  // shared subtree (which msgreader would walk again and again) gets through.
  const seen = new Uint8Array(entries);
  const stack: number[] = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const i = stack.pop() ?? 0;
    const type = typeOf(i);
    for (const off of [0x44, 0x48, 0x4c]) {
      const j = link(i, off);
      if (j === NOSTREAM) continue;
      if (i === 0 && off !== 0x4c) continue;
      if (off === 0x4c && type === 2) continue;
      if (j >= entries) return 'a directory entry points outside the directory';
      if (seen[j] === 1) return 'the directory tree loops';
      seen[j] = 1;
      stack.push(j);
    }
    if (type !== 2) continue;
    const length = streamSize(i);
    if (length === 0) continue;
    if (length >= MINI_CUTOFF) {
      if (length > bytes.byteLength) return 'a stream claims more bytes than the file has';
      const c = chain(link(i, 0x74), 'stream', Math.ceil(length / size));
      if (typeof c === 'string') return c;
      if (c.length * size < length) return 'a stream is shorter than its size';
    } else {
      let m = link(i, 0x74);
      let count = 0;
      while (m !== ENDOFCHAIN) {
        if (m >= miniSectors) return 'a mini-stream chain points outside the mini stream';
        if (miniOwner[m] === 1) return 'a mini-stream chain loops or shares a sector';
        miniOwner[m] = 1;
        if (++count > Math.ceil(length / MINI_SECTOR)) return 'a mini-stream chain is longer than its size';
        m = miniNext(m);
      }
      if (count * MINI_SECTOR < length) return 'a mini stream is shorter than its size';
    }
  }
  return null;
}
