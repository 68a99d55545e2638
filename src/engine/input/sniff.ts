/**
 * What the input bytes are, decided once before anything parses them: an Outlook `.msg`
 * (compound file), an RFC 5322 message, or text pasted from a reading pane.
 */

import { startsWithForwardBlock } from './paste';

export type InputKind = 'msg' | 'eml' | 'text';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** True when the text starts like an RFC 5322 header block (a field name, a colon). */
export function looksLikeMessage(text: string): boolean {
  const firstLine = text.slice(0, 2000).replace(/^\s+/, '').split('\n', 1)[0] ?? '';
  // Real messages start with an ordinary field name (or an mbox "From " line); pasted bounce text
  // often starts with "<address>:", which is not a header.
  return /^(?:From [^\n]*|[A-Za-z][\w-]{0,75}:[^\n]*)$/.test(firstLine.replace(/\r$/, ''));
}

/**
 * Old Mac-style files end lines with CR alone, which MIME parsers do not split on: such input is
 * rewritten to LF. Files with any LF are left alone (CRLF is fine as it is).
 */
export function crToLf(bytes: Uint8Array): Uint8Array {
  const probe = bytes.subarray(0, 65536);
  if (probe.includes(0x0a) || !probe.includes(0x0d)) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] === 0x0d ? 0x0a : (bytes[i] ?? 0);
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** The kind of input, from its first bytes (the caller has already applied `crToLf`). */
export function sniff(bytes: Uint8Array): InputKind {
  if (isOleFile(bytes)) return 'msg';
  const head = utf8.decode(bytes.subarray(0, 4096));
  // A forward's header block (`From:/Sent:/To:/Subject:`) looks like a message's header, but the
  // text after it is a forwarded bounce: read as text.
  return looksLikeMessage(head) && !startsWithForwardBlock(head) ? 'eml' : 'text';
}

/** Empty, or nothing but white space: there is no message to read. */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.byteLength === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09);
}
