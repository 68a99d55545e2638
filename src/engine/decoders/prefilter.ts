/**
 * One pass over a message for every decoder that declares its triggers (the `family()` decoders:
 * subject, From, header names, header values and the first body lines; see `Detection`). Each
 * distinct trigger is looked for once, where each decoder's own `detect` would look for its
 * triggers again for every family and, for header values, in every header line. The answer is the
 * set of those decoders whose `detect` would say yes, no more and no fewer: the decoder loop then
 * skips the others without asking, in the same order, so results do not change
 * (test/engine/decoders/prefilter.test.ts compares it with every decoder's own `detect`).
 */
import { headerLines, headText } from './blocks';
import type { Context, Decoder, Detection } from './types';

type Kind = keyof Detection;
const KINDS: readonly Kind[] = ['subject', 'from', 'header', 'headerValue', 'body'];

interface TriggerTable {
  /** Per kind, the distinct triggers of all decoders. */
  readonly distinct: Readonly<Record<Kind, readonly string[]>>;
  /** The decoders that declare triggers, each with, per kind, the indices of its triggers in `distinct`. */
  readonly decoders: ReadonlyArray<{ readonly decoder: Decoder; readonly at: Readonly<Record<Kind, readonly number[]>> }>;
}

const tables = new WeakMap<readonly Decoder[], TriggerTable>();

function table(decoders: readonly Decoder[]): TriggerTable {
  let out = tables.get(decoders);
  if (out === undefined) {
    const withTriggers = decoders.filter((d) => d.triggers !== undefined);
    const distinct = {} as Record<Kind, string[]>;
    for (const kind of KINDS) distinct[kind] = [...new Set(withTriggers.flatMap((d) => d.triggers?.[kind] ?? []))];
    out = {
      distinct,
      decoders: withTriggers.map((decoder) => {
        const at = {} as Record<Kind, number[]>;
        for (const kind of KINDS) at[kind] = (decoder.triggers?.[kind] ?? []).map((t) => distinct[kind].indexOf(t));
        return { decoder, at };
      }),
    };
    tables.set(decoders, out);
  }
  return out;
}

/** Which triggers of one kind occur in the message (flags by index in `triggers`). */
function found(ctx: Context, kind: Kind, triggers: readonly string[]): Uint8Array {
  const hits = new Uint8Array(triggers.length);
  if (triggers.length === 0) return hits;
  const mark = (i: number, yes: boolean): void => {
    if (yes) hits[i] = 1;
  };
  switch (kind) {
    case 'subject':
      triggers.forEach((t, i) => mark(i, ctx.subject.includes(t)));
      break;
    case 'from':
      triggers.forEach((t, i) => mark(i, ctx.from.includes(t)));
      break;
    case 'header': {
      const keys = new Set(ctx.mail.headers.map((f) => f.key));
      triggers.forEach((t, i) => mark(i, keys.has(t)));
      break;
    }
    case 'headerValue': {
      // A trigger without a line feed occurs in the lines joined by line feeds exactly when it
      // occurs in one of the lines: one search of the joined text instead of one per line.
      const lines = headerLines(ctx);
      const joined = lines.join('\n');
      triggers.forEach((t, i) => mark(i, t.includes('\n') ? lines.some((l) => l.includes(t)) : joined.includes(t)));
      break;
    }
    case 'body': {
      const head = headText(ctx);
      triggers.forEach((t, i) => mark(i, head.includes(t)));
      break;
    }
  }
  return hits;
}

/**
 * Of `decoders`, those that declare triggers and whose triggers occur in the message: exactly
 * the ones among them whose `detect(ctx)` is true.
 */
export function triggered(ctx: Context, decoders: readonly Decoder[]): ReadonlySet<Decoder> {
  const t = table(decoders);
  const hits = {} as Record<Kind, Uint8Array>;
  for (const kind of KINDS) hits[kind] = found(ctx, kind, t.distinct[kind]);
  const out = new Set<Decoder>();
  for (const { decoder, at } of t.decoders) {
    if (KINDS.some((kind) => at[kind].some((i) => hits[kind][i] === 1))) out.add(decoder);
  }
  return out;
}
