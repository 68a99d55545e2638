/**
 * Turns input bytes into the engine's view of a message. MIME, charsets and transfer encodings
 * are postal-mime's job; `.msg` files are msgreader's. What comes out is the same `Mail` shape
 * for an RFC 5322 message, an Outlook `.msg`, or text pasted from a reading pane.
 */
import PostalMime from 'postal-mime';
import type { Identity } from './input/forward';
import { htmlToText, loadHtmlReader } from './input/html';
import { readTextInput } from './input/paste';
import type { Cut, Limits } from './limits';
import { findAddresses, headerBlock } from './text';

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
  /** What the limits cut while reading (see `limits.ts`). */
  readonly cut: readonly Cut[];
  /** People the input names who are not recipients (a forward's addressee and forwarders, notes). */
  readonly identities?: readonly Identity[];
  /** True when the text came out of a forward (header fields are the forward block's). */
  readonly forwarded?: boolean;
}

/** A mail with nothing read but what is given: where text input (and tests) start from. */
export function blankMail(given: Partial<Mail> = {}): Mail {
  return {
    inputType: 'text',
    headers: [],
    subject: '',
    from: '',
    date: null,
    body: '',
    deliveryStatus: [],
    feedbackReport: null,
    disposition: null,
    original: null,
    partTypes: [],
    cut: [],
    ...given,
  };
}

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

function decodePart(content: ArrayBuffer | Uint8Array | string, limit = Infinity, cut?: () => void): string {
  if (typeof content === 'string') {
    if (content.length <= limit) return content;
    cut?.();
    return content.slice(0, limit);
  }
  const all = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (limit >= all.byteLength) return utf8.decode(all);
  cut?.();
  return utf8.decode(all.subarray(0, limit));
}

/**
 * A delivery-status or feedback part is read up to this much: 5,000 recipient records fit with
 * room to spare, and nothing after the recipient cap is ever looked at.
 */
const MAX_PART_CHARS = 4 * 1024 * 1024;
// message/xdelivery-status: the type XWall (an Exchange gateway) gives its report part; the fields
// are those of message/delivery-status (rjbs/Mail-DeliveryStatus-BounceParser p_xdelivery_status).
const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/xdelivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers', 'text/rfc822']);

/** Reads an RFC 5322 message through postal-mime. Throws when postal-mime refuses it. */
export async function parseEml(bytes: Uint8Array, limits: Limits, inputType: Mail['inputType'] = 'eml'): Promise<Mail> {
  // postal-mime copies a typed array into an ArrayBuffer of its own before reading it; an array
  // that spans its whole buffer (a file read, a worker message) is handed over as that buffer,
  // which postal-mime only reads (its decoded parts are always new buffers).
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const email = await PostalMime.parse(whole ? bytes.buffer : bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: limits.maxMimeDepth,
    maxHeadersSize: limits.maxHeaderBytes,
    // Attached messages are kept whole: the returned original is read by the engine, not here.
    maxRfc822NestingDepth: 0,
  });
  const cut: Cut[] = [];
  const cutOriginal = (): void => {
    if (cut.length === 0) cut.push({ part: 'original', limit: limits.maxOriginalChars });
  };
  const deliveryStatus: string[] = [];
  let feedbackReport: string | null = null;
  let disposition: string | null = null;
  let original: string | null = null;
  const partTypes: string[] = [];
  const extraText: string[] = [];
  for (const att of email.attachments) {
    const type = att.mimeType.toLowerCase();
    partTypes.push(type);
    if (REPORT_TYPES.has(type)) deliveryStatus.push(decodePart(att.content, MAX_PART_CHARS));
    else if (type === 'message/feedback-report') feedbackReport = decodePart(att.content, MAX_PART_CHARS);
    else if (type === 'message/disposition-notification' || type === 'message/global-disposition-notification') {
      disposition ??= decodePart(att.content, limits.maxOriginalChars, cutOriginal);
    } else if (ORIGINAL_TYPES.has(type)) {
      if (original === null) original = decodePart(att.content, limits.maxOriginalChars, cutOriginal);
    } else if (type.startsWith('text/') && !type.includes('html') && att.disposition !== 'attachment') {
      // text/x-… parts some gateways use for their transcript
      extraText.push(decodePart(att.content, limits.maxOriginalChars, cutOriginal));
    }
  }
  let body = email.text ?? '';
  if (body.trim() === '' && email.html) {
    await loadHtmlReader();
    body = htmlToText(email.html);
  }
  if (body.trim() === '' && email.attachments.length === 0) {
    // A multipart whose boundary never occurs (seen in the wild) parses to nothing: read the raw body.
    body = rawBody(bytes, limits);
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
    cut,
  };
}

function rawBody(bytes: Uint8Array, limits: Limits): string {
  const limit = Math.min(bytes.byteLength, limits.maxOriginalChars * 4);
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
  return readTextInput(text, inputType);
}
