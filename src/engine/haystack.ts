/**
 * A cheap "cannot occur" test for fragment searches over one text. `classify` looks for some two
 * thousand fragments (phrase lists, families, provider tables) in one lower-cased diagnostic, one
 * `includes` each, and almost all of them are absent. A fragment can only occur in a text if every
 * three-character piece of it (trigram) occurs there too. So the text's trigrams are marked once,
 * in a table of 65,536 slots (hashed: two trigrams may share a slot, which can only let a fragment
 * through, never turn one away), and a fragment with an unmarked trigram is skipped without
 * searching. The real search (`includes`/`indexOf`) still decides every fragment that passes, so
 * every result, and the order fragments are tried in, stays what it was.
 *
 * One text is marked at a time (the one last asked about): the tiers of one `classify` call all
 * ask about the same text. (Tried on the Exchange detectors' search of a message's 400 joined
 * lines: marking a text that long cost what the skipped searches saved.) The state is
 * module-local (one per thread: the CLI's worker or the pane's Web Worker), and nothing outside
 * this file touches it.
 */

const SLOTS = 1 << 16;
/** Slot -> generation that last marked it; a slot is marked for the current text when it holds `generation`. */
const marks = new Uint32Array(SLOTS);
let generation = 0;
let marked: string | null = null;

function slot(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca6b) + Math.imul(c, 0xc2b2ae35)) >>> 16;
}

/** Marks `text`'s trigrams, unless it is the text marked last. */
function mark(text: string): void {
  if (text === marked) return;
  if (generation === 0xffffffff) {
    marks.fill(0);
    generation = 0;
  }
  generation++;
  marked = text;
  if (text.length < 3) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    marks[slot(a, b, c)] = generation;
    a = b;
    b = c;
  }
}

/** A list's fragments' trigram slots, end to end: fragment i's are `slots[ends[i - 1] ?? 0 .. ends[i]]`. */
interface CompiledList {
  readonly slots: Uint16Array;
  readonly ends: Uint32Array;
}

/**
 * Compiled per list (the tables' own arrays, which nothing changes): one lookup per list instead
 * of one per fragment, which cost more than the searches it saved.
 */
const compiled = new WeakMap<readonly string[], CompiledList>();

function compile(list: readonly string[]): CompiledList {
  let out = compiled.get(list);
  if (out === undefined) {
    const ends = new Uint32Array(list.length);
    let total = 0;
    list.forEach((f, i) => {
      total += Math.max(0, f.length - 2);
      ends[i] = total;
    });
    const slots = new Uint16Array(total);
    let at = 0;
    for (const f of list) for (let i = 2; i < f.length; i++) slots[at++] = slot(f.charCodeAt(i - 2), f.charCodeAt(i - 1), f.charCodeAt(i));
    out = { slots, ends };
    compiled.set(list, out);
  }
  return out;
}

/** False only when fragment `i` of the compiled list certainly does not occur in the marked text. */
function may(c: CompiledList, i: number): boolean {
  const end = c.ends[i] ?? 0;
  for (let j = i === 0 ? 0 : (c.ends[i - 1] ?? 0); j < end; j++) if (marks[c.slots[j] ?? 0] !== generation) return false;
  return true;
}

/** Index of the first fragment of `list` that occurs in `text` (`text.includes`), or -1. */
export function firstIn(text: string, list: readonly string[]): number {
  mark(text);
  const c = compile(list);
  for (let i = 0; i < list.length; i++) if (may(c, i) && text.includes(list[i] ?? '')) return i;
  return -1;
}

/** The first fragment of `list` that occurs in `text`, or undefined. */
export function findIn(text: string, list: readonly string[]): string | undefined {
  const i = firstIn(text, list);
  return i < 0 ? undefined : list[i];
}

/** True when some fragment of `list` occurs in `text`. */
export function someIn(text: string, list: readonly string[]): boolean {
  return firstIn(text, list) >= 0;
}

/**
 * The fragments of `list` that may occur in `text` (every trigram present), in list order, for
 * searches other than `includes` (whole words, ordered fragments); the caller still searches.
 */
export function mayOccurEach(text: string, list: readonly string[], visit: (fragment: string) => boolean): string | undefined {
  mark(text);
  const c = compile(list);
  for (let i = 0; i < list.length; i++) {
    const f = list[i] ?? '';
    if (may(c, i) && visit(f)) return f;
  }
  return undefined;
}

/** False when some fragment of `list` certainly does not occur in `text` (then no ordered search for all of them can succeed). */
export function mayAllOccur(text: string, list: readonly string[]): boolean {
  mark(text);
  const c = compile(list);
  for (let i = 0; i < list.length; i++) if (!may(c, i)) return false;
  return true;
}
