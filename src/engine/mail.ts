/**
 * Turns input bytes into the engine's view of a message. MIME, charsets and transfer encodings
 * are postal-mime's job; `.msg` files are msgreader's. What comes out is the same `Mail` shape
 * for an RFC 5322 message, an Outlook `.msg`, or text pasted from a reading pane.
 */
import PostalMime from 'postal-mime';
import { readMsg } from './msg';
import { findAddresses, headerBlock, htmlToText } from './text';

export interface HeaderField {
  /** Lower-case name. */
  readonly key: string;
  /** Unfolded value, encoded words decoded. */
  readonly value: string;
}

export interface Mail {
  readonly inputType: 'eml' | 'msg' | 'text';
  readonly headers: readonly HeaderField[];
  readonly subject: string;
  readonly from: string;
  readonly date: string | null;
  /** The human-readable text of the report, every text part joined (HTML turned into text). */
  readonly body: string;
  /** `message/delivery-status` (and `message/global-delivery-status`) parts, decoded. */
  readonly deliveryStatus: readonly string[];
  /** `message/feedback-report` part (ARF), decoded. */
  readonly feedbackReport: string | null;
  /** `message/disposition-notification` part (RFC 8098 MDN, a read receipt), decoded. */
  readonly disposition: string | null;
  /** The returned original message (or only its headers), as text; null when none is attached. */
  readonly original: string | null;
  /** Content types of every leaf part, for detection rules. */
  readonly partTypes: readonly string[];
}

/** Inputs larger than this are refused with a clear error: no bounce is ever this big. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** The returned original is only read for its headers; more than this is never needed. */
const MAX_ORIGINAL_CHARS = 256 * 1024;
/** Limits passed to postal-mime: deeper or larger structures are rejected, then read as text. */
const MIME_LIMITS = { maxNestingDepth: 64, maxHeadersSize: 4 * 1024 * 1024, maxRfc822NestingDepth: 0 } as const;

const utf8 = new TextDecoder('utf-8');

export function header(mail: Mail, name: string): string | null {
  const key = name.toLowerCase();
  for (const h of mail.headers) if (h.key === key) return h.value;
  return null;
}

export function headers(mail: Mail, name: string): string[] {
  const key = name.toLowerCase();
  return mail.headers.filter((h) => h.key === key).map((h) => h.value);
}

function decodePart(content: ArrayBuffer | Uint8Array | string, limit = Infinity): string {
  if (typeof content === 'string') return content.length > limit ? content.slice(0, limit) : content;
  const all = content instanceof Uint8Array ? content : new Uint8Array(content);
  return utf8.decode(limit < all.byteLength ? all.subarray(0, limit) : all);
}

/** True when the text starts like an RFC 5322 header block (a field name, a colon). */
export function looksLikeMessage(text: string): boolean {
  const firstLine = text.slice(0, 2000).replace(/^\s+/, '').split('\n', 1)[0] ?? '';
  // Real messages start with an ordinary field name (or an mbox "From " line); pasted bounce text
  // often starts with "<address>:", which is not a header.
  return /^(?:From [^\n]*|[A-Za-z][\w-]{0,75}:[^\n]*)$/.test(firstLine.replace(/\r$/, ''));
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers', 'text/rfc822']);

/** Reads an RFC 5322 message through postal-mime. Throws when postal-mime refuses it. */
export async function parseEml(bytes: Uint8Array, inputType: Mail['inputType'] = 'eml'): Promise<Mail> {
  const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer', ...MIME_LIMITS });
  const deliveryStatus: string[] = [];
  let feedbackReport: string | null = null;
  let disposition: string | null = null;
  let original: string | null = null;
  const partTypes: string[] = [];
  const extraText: string[] = [];
  for (const att of email.attachments) {
    const type = att.mimeType.toLowerCase();
    partTypes.push(type);
    if (REPORT_TYPES.has(type)) deliveryStatus.push(decodePart(att.content));
    else if (type === 'message/feedback-report') feedbackReport = decodePart(att.content);
    else if (type === 'message/disposition-notification' || type === 'message/global-disposition-notification') {
      disposition ??= decodePart(att.content, MAX_ORIGINAL_CHARS);
    } else if (ORIGINAL_TYPES.has(type)) {
      if (original === null) original = decodePart(att.content, MAX_ORIGINAL_CHARS);
    } else if (type.startsWith('text/') && !type.includes('html') && att.disposition !== 'attachment') {
      // text/x-… parts some gateways use for their transcript
      extraText.push(decodePart(att.content, MAX_ORIGINAL_CHARS));
    }
  }
  let body = email.text ?? '';
  if (body.trim() === '' && email.html) body = htmlToText(email.html);
  if (body.trim() === '' && email.attachments.length === 0) {
    // A multipart whose boundary never occurs (seen in the wild) parses to nothing: read the raw body.
    body = rawBody(bytes);
  }
  if (extraText.length > 0) body = [body, ...extraText].join('\n');
  const fields: HeaderField[] = email.headers.map((h) => ({ key: h.key, value: decodeHeaderValue(h.value) }));
  const fromAddr = email.from?.address ?? '';
  return {
    inputType,
    headers: fields,
    subject: email.subject ?? '',
    from: fromAddr,
    date: email.date ?? null,
    body: body.replace(/\r\n?/g, '\n'),
    deliveryStatus,
    feedbackReport,
    disposition,
    original,
    partTypes,
  };
}

function rawBody(bytes: Uint8Array): string {
  const limit = Math.min(bytes.byteLength, MAX_ORIGINAL_CHARS * 4);
  const text = utf8.decode(bytes.subarray(0, limit));
  const m = /\r?\n\r?\n/.exec(text);
  return m === null ? '' : text.slice(m.index + m[0].length);
}

function decodeHeaderValue(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return PostalMime.decodeWords(value);
  } catch {
    return value;
  }
}

/** A message postal-mime would not take: its own header block, and the rest as plain text. */
export function rawMail(text: string): Mail {
  const fields = headerBlock(text, 64 * 1024);
  const split = /\r?\n\r?\n/.exec(text);
  const body = split === null ? text : text.slice(split.index + split[0].length);
  const get = (k: string): string => fields.find(([n]) => n === k)?.[1] ?? '';
  const from = findAddresses(get('from'))[0] ?? '';
  return {
    ...textMail(body, 'eml'),
    headers: fields.map(([key, value]) => ({ key, value })),
    subject: get('subject'),
    from,
    date: get('date') === '' ? null : get('date'),
  };
}

/** Text pasted from a reading pane: no headers, maybe only the human-readable part. */
export function textMail(text: string, inputType: Mail['inputType'] = 'text'): Mail {
  return {
    inputType,
    headers: [],
    subject: '',
    from: '',
    date: null,
    body: text.replace(/\r\n?/g, '\n'),
    deliveryStatus: [],
    feedbackReport: null,
    disposition: null,
    original: null,
    partTypes: [],
  };
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * Reads any supported input. A `.msg` goes through msgreader and is rebuilt as a message; text
 * without a header block is treated as pasted text. Throws only for the size cap.
 */
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

export async function readMail(input: Uint8Array): Promise<Mail> {
  let bytes = input;
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new InputError(`The input is ${Math.round(bytes.byteLength / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.`);
  }
  if (isOleFile(bytes)) {
    const rebuilt = readMsg(bytes);
    if (rebuilt.eml !== null) {
      try {
        return await parseEml(new TextEncoder().encode(rebuilt.eml), 'msg');
      } catch {
        return textMail(rebuilt.text, 'msg');
      }
    }
    return textMail(rebuilt.text, 'msg');
  }
  bytes = crToLf(bytes);
  const head = utf8.decode(bytes.subarray(0, 4096));
  if (!looksLikeMessage(head)) return textMail(utf8.decode(bytes));
  try {
    return await parseEml(bytes);
  } catch {
    // postal-mime refused it (too deep, too many headers): the headers and text are still worth reading.
    return rawMail(utf8.decode(bytes.subarray(0, MAX_ORIGINAL_CHARS * 8)));
  }
}

export class InputError extends Error {
  override readonly name = 'InputError';
}
