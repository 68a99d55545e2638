/**
 * Grapheme-cluster boundaries (never cut inside an emoji or a surrogate pair). Its own module so
 * the pane can cut drafts without bundling the report builder.
 */
export type Segmenter = { segment(input: string): Iterable<{ index: number; segment: string }> };

function segmenter(): Segmenter | null {
  const ctor = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: string }) => Segmenter }).Segmenter;
  return ctor === undefined ? null : new ctor(undefined, { granularity: 'grapheme' });
}
/** Built on first use: creating it loads ICU's break-iterator data, which a run without a report never needs. */
let made: Segmenter | null | undefined;

/** Grapheme segmentation, when the runtime has `Intl.Segmenter`. */
export function graphemeSegmenter(): Segmenter | null {
  if (made === undefined) made = segmenter();
  return made;
}

/**
 * Offsets (UTF-16 units) of every grapheme-cluster boundary in `text`, 0 and `text.length`
 * included. Without `Intl.Segmenter`, code-point boundaries.
 */
export function graphemeBoundaries(text: string): number[] {
  const out: number[] = [0];
  const g = graphemeSegmenter();
  if (g !== null) {
    for (const s of g.segment(text)) if (s.index > 0) out.push(s.index);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      if (i + 1 < text.length) out.push(i + 1);
    }
  }
  if (text.length > 0) out.push(text.length);
  return out;
}
