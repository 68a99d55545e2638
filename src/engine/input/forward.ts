/**
 * Forwards as Outlook writes them: the user's note, then a header block (classic Outlook's
 * `________________________________` or `-----Original Message-----` + `From:/Sent:/To:/Subject:`,
 * new Outlook / Outlook on the web's `From:/Sent:/To:/Subject:` after a rule, Outlook for Mac's
 * `From:/Date:/To:/Subject:`, and their localised labels), then the forwarded message's text. A
 * forward of a forward has several blocks; the last one heads the bounce itself.
 *
 * What comes back: the bounce's text (after the last block), its header fields as the block
 * states them, and every address the blocks and notes name. Those are people in the story — the
 * forwarder, the mailbox the bounce was addressed to — never failed recipients.
 */
import { forwardWords, normalise } from '../lexicon';
import { findAddresses } from '../text';

export type ForwardRole = 'from' | 'sent' | 'to' | 'cc' | 'subject' | 'date';

export interface ForwardBlock {
  /** The fields as written (display names kept), by role. */
  readonly fields: Partial<Record<ForwardRole, string>>;
  /** Line index of the block's first field in the text. */
  readonly line: number;
}

export interface Identity {
  readonly address: string;
  /**
   * - `addressee`: the bounce's To (the mailbox it landed in), from the innermost block;
   * - `forwarder`: From or To of an outer block (who forwarded it to whom);
   * - `note`: named in a user's note above a block.
   */
  readonly role: 'addressee' | 'forwarder' | 'note';
}

export interface ForwardReading {
  /** The forwarded message's text: everything after the innermost header block. */
  readonly body: string;
  /** Outermost first; the last one is the bounce's own header. */
  readonly blocks: readonly ForwardBlock[];
  /** The notes above each block, outermost first. */
  readonly notes: readonly string[];
  readonly identities: readonly Identity[];
}

const ROLES: readonly ForwardRole[] = ['from', 'sent', 'to', 'cc', 'subject', 'date'];

/** How many lines are searched for header blocks: notes are short, and the bounce follows. */
const MAX_SCAN_LINES = 2000;

let labelMap: Map<string, ForwardRole> | null = null;

function labels(): Map<string, ForwardRole> {
  if (labelMap === null) {
    labelMap = new Map();
    for (const role of ROLES) for (const w of forwardWords(role)) if (!labelMap.has(w)) labelMap.set(w, role);
  }
  return labelMap;
}

/** `Label: value` with a known forward label (any language), or null. */
export function labelLine(line: string): { role: ForwardRole; value: string } | null {
  if (line.length > 2000) return null;
  const n = line.normalize('NFKC');
  const colon = n.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  // Bold labels pasted as Markdown-like `**From**`: the stars go.
  const label = normalise(n.slice(0, colon).replaceAll('*', ''));
  const role = labels().get(label);
  if (role === undefined) return null;
  return { role, value: n.slice(colon + 1).trim() };
}

/** An RFC 5322 field line (`Received: …`) or a folded continuation: the returned original's headers. */
function isHeaderField(line: string): boolean {
  return /^[a-z][\w-]{0,60}:/i.test(line) || /^[ \t]\S/.test(line);
}

const STOP_MARKERS = ['original message headers', 'received:', 'return-path:', 'content-type:', 'this is a copy of'];

/**
 * Finds the header blocks. A block is a run of consecutive label lines that starts with From
 * (in any language), names a Subject and a Sent/Date/To, and is not part of a header block
 * of the returned original (no RFC header right above it).
 */
export function findBlocks(all: readonly string[]): ForwardBlock[] {
  const blocks: ForwardBlock[] = [];
  const limit = Math.min(all.length, MAX_SCAN_LINES);
  for (let i = 0; i < limit; i++) {
    const line = all[i] ?? '';
    const lower = line.toLowerCase();
    if (STOP_MARKERS.some((m) => lower.startsWith(m))) break;
    const first = labelLine(line);
    if (first?.role !== 'from') continue;
    const prev = i > 0 ? (all[i - 1] ?? '') : '';
    if (prev.trim() !== '' && isHeaderField(prev) && labelLine(prev) === null) continue;
    const fields: Partial<Record<ForwardRole, string>> = {};
    let j = i;
    for (; j < all.length; j++) {
      const f = labelLine(all[j] ?? '');
      if (f === null || fields[f.role] !== undefined) break;
      fields[f.role] = f.value;
    }
    const next = all[j] ?? '';
    // The returned original's headers go on with other fields (Thread-Topic, Message-ID …).
    if (next.trim() !== '' && isHeaderField(next)) continue;
    if (fields.subject === undefined || (fields.sent === undefined && fields.date === undefined && fields.to === undefined)) continue;
    blocks.push({ fields, line: i });
    i = j - 1;
  }
  return blocks;
}

function blockEnd(all: readonly string[], block: ForwardBlock): number {
  let j = block.line;
  while (j < all.length && labelLine(all[j] ?? '') !== null) j++;
  return j;
}

/** Reads a forward; null when the text has no forward header block. */
export function readForward(text: string): ForwardReading | null {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = findBlocks(all);
  if (blocks.length === 0) return null;
  const notes: string[] = [];
  const identities: Identity[] = [];
  let from = 0;
  blocks.forEach((b, k) => {
    const note = all.slice(from, b.line).join('\n').trim();
    notes.push(note);
    for (const a of findAddresses(note)) identities.push({ address: a, role: 'note' });
    const inner = k === blocks.length - 1;
    for (const role of ['to', 'cc'] as const) {
      for (const a of findAddresses(b.fields[role] ?? '')) identities.push({ address: a, role: inner ? 'addressee' : 'forwarder' });
    }
    // The innermost From is the bounce's sender (a postmaster), not a person in the story.
    if (!inner) for (const a of findAddresses(b.fields.from ?? '')) identities.push({ address: a, role: 'forwarder' });
    from = blockEnd(all, b);
  });
  return { body: all.slice(from).join('\n'), blocks, notes, identities };
}
