/**
 * Outlook `.msg` files (what Outlook writes when a message is dragged to the desktop) read with
 * msgreader, then rebuilt as an RFC 5322 message so the rest of the engine sees one format.
 */
import MsgReader from '@kenjiuno/msgreader';
import { htmlToText } from './input/html';

export interface RebuiltMsg {
  /** A message rebuilt from the transport headers and body; null when the file has no headers. */
  readonly eml: string | null;
  /** The readable text alone, for the fallback. */
  readonly text: string;
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
}

/** Headers of an embedded message, rebuilt so the returned original can be read. */
function embeddedHeaders(fields: MsgFields): string {
  if (fields.headers !== undefined && fields.headers.trim() !== '') return fields.headers.trim();
  const lines: string[] = [];
  if (fields.subject !== undefined) lines.push(`Subject: ${fields.subject}`);
  if (fields.senderEmail !== undefined) lines.push(`From: <${fields.senderEmail}>`);
  return lines.join('\n');
}

export function readMsg(bytes: Uint8Array): RebuiltMsg {
  try {
    const copy = bytes.slice().buffer;
    const reader = new MsgReader(copy);
    const data = reader.getFileData() as MsgFields & { error?: string };
    if (data.error !== undefined) return { eml: null, text: '' };
    let text = data.body ?? '';
    if (text.trim() === '' && data.bodyHtml !== undefined) text = htmlToText(data.bodyHtml);
    const inner = (data.attachments ?? []).find((a) => a.innerMsgContent === true && a.innerMsgContentFields !== undefined);
    const original = inner?.innerMsgContentFields !== undefined ? embeddedHeaders(inner.innerMsgContentFields) : '';
    const head = (data.headers ?? '').trim();
    if (head === '') {
      const pseudo = [`Subject: ${data.subject ?? ''}`, `From: <${data.senderEmail ?? ''}>`].join('\n');
      return { eml: buildEml(pseudo, text, original), text };
    }
    return { eml: buildEml(stripMimeHeaders(head), text, original), text };
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

function buildEml(head: string, text: string, original: string): string {
  const boundary = 'bounce-explainer-msg-boundary';
  const parts = [
    `${head}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="${boundary}"\n`,
    `--${boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${text}\n`,
  ];
  if (original !== '') parts.push(`--${boundary}\nContent-Type: text/rfc822-headers; charset=utf-8\n\n${original}\n`);
  parts.push(`--${boundary}--\n`);
  return parts.join('');
}
