/**
 * RFC 3464 delivery-status fields: per-message fields, then one block per recipient. Also reads
 * the same fields when a server pasted them into the human-readable text.
 */
import { cleanAddress, fold, lines, MAX_FIELD_CHARS, stripType } from './text';
import type { RawRecipient } from './decoders/types';
import { work } from './work';
import { DEFAULT_LIMITS } from './limits';

/** Recipients beyond the default cap are not even read (see `limits.ts` for why 5,000). */
export const MAX_RECIPIENTS: number = DEFAULT_LIMITS.maxRecipients;

/** Diagnostic-Code fields of one recipient are collected and folded once, at the end (never per field). */
type Building = RawRecipient & {
  hasFinal?: boolean;
  hasOriginal?: boolean;
  original?: string;
  supplementary?: string;
  para: number;
  parts?: string[];
  partChars?: number;
};

export interface DsnMessage {
  reportingMta?: string;
  arrivalDate?: string;
  receivedFromMta?: string;
}

export interface DsnReport {
  message: DsnMessage;
  recipients: RawRecipient[];
}

const PER_RECIPIENT = new Set([
  'final-recipient',
  'original-recipient',
  'x-actual-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'will-retry-until',
  'x-failed-recipients',
  // Exchange keeps the full last error here (`<[{LED=550 5.7.367 …};{MSG=};{FQDN=…};…]>`), also in
  // MIME it rebuilds from stored properties, where Status may be coarsened and Diagnostic-Code gone.
  'x-supplementary-info',
]);

interface Field {
  name: string;
  value: string;
  /** Paragraph number: fields separated by blank lines. */
  para: number;
}

function fieldsOf(text: string): Field[] {
  const out: Field[] = [];
  let blank = true;
  let para = 0;
  for (const line of lines(text)) {
    work(line.length + 1);
    if (line.trim() === '') {
      if (!blank) para++;
      blank = true;
      continue;
    }
    const last = out[out.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined && !blank) {
      // Bounded before any pattern reads it: a field folded over megabytes is cut.
      if (last.value.length < MAX_FIELD_CHARS) last.value = `${last.value} ${line.trim()}`.slice(0, MAX_FIELD_CHARS);
      continue;
    }
    blank = false;
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 40) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!/^[a-z][\w-]*$/.test(name)) continue;
    out.push({ name, value: line.slice(colon + 1, colon + 1 + MAX_FIELD_CHARS).trim(), para });
  }
  return out;
}

/**
 * Parses delivery-status text. A new recipient starts at a Final-Recipient (or an
 * Original-Recipient not followed by one) rather than at blank lines, because many servers get
 * the blank lines wrong.
 */
export function parseDsn(text: string): DsnReport {
  const message: DsnMessage = {};
  const recipients: Building[] = [];
  let current: Building | null = null;
  let para = 0;
  const open = (): Building => {
    const r: Building = { address: null, para };
    recipients.push(r);
    return r;
  };
  for (const f of fieldsOf(text)) {
    // The cap applies while reading, before any cross-referencing: the rest is never looked at.
    if (recipients.length > MAX_RECIPIENTS) break;
    const value = f.value;
    para = f.para;
    switch (f.name) {
      case 'reporting-mta':
        message.reportingMta ??= stripType(value);
        continue;
      case 'arrival-date':
        message.arrivalDate ??= value;
        continue;
      case 'received-from-mta':
        message.receivedFromMta ??= stripType(value);
        continue;
      default:
        break;
    }
    if (!PER_RECIPIENT.has(f.name)) continue;
    if (f.name === 'final-recipient') {
      if (current === null || current.hasFinal === true) current = open();
      else if (current.hasOriginal === true && (current.action !== undefined || current.status !== undefined)) current = open();
      current.hasFinal = true;
      // A pipe or a file as the final recipient: the local delivery program failed.
      if (/^\s*[|/]/.test(stripType(value))) current.reason = 'mailererror';
      const a = cleanAddress(stripType(value));
      if (a !== null) current.address = a;
      continue;
    }
    if (f.name === 'original-recipient') {
      // Original-Recipient normally precedes Final-Recipient, but some servers put it after, in the
      // same paragraph: only a second one, or one in a new paragraph after a whole record, starts anew.
      const complete = current !== null && current.hasFinal === true && f.para !== current.para;
      if (current === null || current.hasOriginal === true || complete) current = open();
      current.hasOriginal = true;
      const a = cleanAddress(stripType(value));
      if (a !== null) current.original = a;
      continue;
    }
    current ??= open();
    switch (f.name) {
      case 'action':
        current.action = value.toLowerCase().split(/[\s(]/, 1)[0] ?? value;
        break;
      case 'status': {
        const m = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(value);
        if (m?.[1] !== undefined) current.status = m[1];
        const rest = value.slice((m?.index ?? 0) + (m?.[0].length ?? 0)).trim();
        if (rest !== '') current.statusText = rest;
        break;
      }
      case 'remote-mta':
        current.remoteMta = stripType(value);
        break;
      case 'diagnostic-code':
        // X-Unix diagnostics come from a local delivery program (procmail, a pipe), not a server.
        if (/^x-unix\s*;/i.test(value)) current.reason = 'mailererror';
        // Collected now, folded once below: folding the growing text per field was quadratic.
        if ((current.partChars ?? 0) < MAX_FIELD_CHARS) {
          current.parts ??= [];
          current.parts.push(stripType(value));
          current.partChars = (current.partChars ?? 0) + value.length;
        }
        break;
      case 'x-supplementary-info': {
        const led = supplementaryError(value);
        if (led !== null) current.supplementary = led;
        break;
      }
      case 'will-retry-until':
        current.retryUntil = value;
        break;
      case 'x-actual-recipient':
      case 'x-failed-recipients':
        if (current.address === null) {
          const a = cleanAddress(stripType(value));
          if (a !== null) current.address = a;
        }
        break;
      default:
        break;
    }
  }
  const out: RawRecipient[] = [];
  for (const r of recipients.slice(0, MAX_RECIPIENTS)) {
    if (r.address === null && r.original !== undefined) r.address = r.original;
    if (r.parts !== undefined) r.diagnostic = fold(r.parts.join(' ').slice(0, MAX_FIELD_CHARS));
    // The supplementary error adds to the diagnostic only what it lacks (usually the whole of it).
    if (r.supplementary !== undefined && !(r.diagnostic ?? '').includes(r.supplementary))
      r.diagnostic = r.diagnostic === undefined ? r.supplementary : `${r.diagnostic} ${r.supplementary}`;
    const { hasFinal: _f, hasOriginal: _o, original: _g, supplementary: _s, para: _p, parts: _d, partChars: _c, ...rest } = r;
    if (rest.address === null && rest.status === undefined && rest.diagnostic === undefined) continue;
    out.push(rest);
  }
  return { message, recipients: out };
}

/**
 * The last error from Exchange's `X-Supplementary-Info` (`<[{LED=…};{MSG=…};{FQDN=…};{IP=…}]>`):
 * the LED entry when present and not empty, else the whole value without its brackets.
 */
export function supplementaryError(value: string): string | null {
  const v = value.slice(0, 4000);
  const at = v.indexOf('{LED=');
  if (at >= 0) {
    const end = v.indexOf('};', at);
    const led = v.slice(at + 5, end < 0 ? v.lastIndexOf('}') : end).trim();
    return led === '' ? null : led;
  }
  let from = 0;
  let to = v.length;
  while (from < to && '<[{ \t'.includes(v.charAt(from))) from++;
  while (to > from && '>]} \t'.includes(v.charAt(to - 1))) to--;
  const bare = v.slice(from, to).trim();
  return bare === '' ? null : bare;
}

/** True when a text carries RFC 3464 per-recipient fields (pasted or inlined by the server). */
export function hasDsnFields(text: string): boolean {
  return /^(?:Final|Original)-Recipient:/im.test(text) && /^(?:Status|Action):/im.test(text);
}
