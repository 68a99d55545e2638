/**
 * Text that is not a MIME message: what a user pastes from the reading pane, and what the pane
 * reads from a Forward's draft (`body.getAsync('text' | 'html')`). HTML becomes text first; a
 * forward's header blocks are read, and the innermost one stands in for the bounce's headers.
 */
import { blankMail } from '../mail';
import type { HeaderField, Mail } from '../mail';
import { findAddresses, firstNonBlankLine } from '../text';
import { labelLine, readForward } from './forward';
import type { ForwardReading, ForwardRole } from './forward';
import { htmlToText, looksLikeHtml } from './html';

const FIELD_NAMES: ReadonlyArray<readonly [ForwardRole, string]> = [
  ['from', 'from'],
  ['to', 'to'],
  ['cc', 'cc'],
  ['subject', 'subject'],
  ['sent', 'date'],
  ['date', 'date'],
];

/** The bounce as a forward shows it: its header fields from the innermost block, its text after it. */
export function mailFromForward(reading: ForwardReading, base: Mail): Mail {
  const inner = reading.blocks[reading.blocks.length - 1];
  const fields = inner?.fields ?? {};
  const headers: HeaderField[] = [];
  for (const [role, key] of FIELD_NAMES) {
    const value = fields[role];
    if (value !== undefined && !headers.some((h) => h.key === key)) headers.push({ key, value });
  }
  return {
    ...base,
    headers: [...headers, ...base.headers.filter((h) => !headers.some((x) => x.key === h.key))],
    subject: fields.subject ?? '',
    from: findAddresses(fields.from ?? '')[0] ?? '',
    date: null,
    body: reading.body,
    identities: [...(base.identities ?? []), ...reading.identities],
    forwarded: true,
  };
}

/** Pasted or drafted text (or HTML): read as the bounce it shows. */
export function readTextInput(raw: string, inputType: Mail['inputType'] = 'text'): Mail {
  const text = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  const mail = blankMail({ inputType, body: text.replace(/\r\n?/g, '\n') });
  const reading = readForward(mail.body);
  return reading === null ? mail : mailFromForward(reading, mail);
}

/** True when a text starts with a forward header block (so it is not an RFC 5322 message). */
export function startsWithForwardBlock(text: string): boolean {
  const head = text.slice(0, 8192);
  // A block that starts the text starts on its first non-blank line, with a From label: without
  // one there, any block further down has a note above it. This settles most inputs (messages
  // start with a header field) without reading the whole head for blocks.
  const first = firstNonBlankLine(head);
  if (first === undefined || labelLine(first)?.role !== 'from') return false;
  const reading = readForward(head);
  if (reading === null) return false;
  return reading.notes[0] === '';
}
