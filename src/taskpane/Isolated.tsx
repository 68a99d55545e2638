/**
 * A translated sentence with one value isolated for the bidirectional algorithm. Codes, dates and
 * addresses are runs of their own direction: inside a right-to-left sentence their digits and
 * punctuation would otherwise be reordered around the spaces ("Code 550 5.7.367" shown as
 * "5.7.367 550 Code"). The sentence is formatted with a mark in place of the value and split there.
 */
import type { ReactElement } from 'react';

// A private-use character: no translation contains it.
export const SLOT = '\u{E000}';

export interface IsolatedProps {
  /** The sentence as formatted with `SLOT` as the value. */
  readonly text: string;
  readonly value: string;
  /** `ltr` for codes; `auto` (the default) lets the value's own letters decide, e.g. a localised date. */
  readonly dir?: 'ltr' | 'auto';
}

export function Isolated({ text, value, dir = 'auto' }: IsolatedProps): ReactElement {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <bdi dir={dir}>{value}</bdi>
      {text.slice(at + SLOT.length)}
    </>
  );
}
