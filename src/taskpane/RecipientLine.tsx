/**
 * One failed recipient as the bounce names it: the address whole, isolated (`<bdi>`) so bidi
 * controls inside it cannot reorder the pane's own words, its ASCII (punycode) form beside an
 * internationalised domain, and a visible warning when it holds look-alike characters.
 */
import { Badge, makeStyles, Text } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { RecipientResult } from '../engine';
import type { Translator } from './strings';

const useStyles = makeStyles({
  flag: { whiteSpace: 'normal', height: 'auto', textAlign: 'start' },
});

/**
 * Invisible and reordering characters from a bounce shown as visible codes (`[U+202E]`): what the
 * reader sees is what the text holds, and no stranger's control character reorders the pane.
 */
export function showControls(text: string): string {
  return text.replace(
    /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}

/** Which look-alike sign to name first: the one that most changes what the reader sees. */
function flagKey(flags: readonly string[]): string | null {
  if (flags.includes('bidi-control')) return 'bidi';
  if (flags.includes('zero-width')) return 'zero';
  if (flags.includes('mixed-script')) return 'mixed';
  return null;
}

export function RecipientLine(props: { readonly recipient: RecipientResult; readonly t: Translator }): ReactElement {
  const { recipient: r, t } = props;
  const s = useStyles();
  if (r.address === null) return <li>{t('unknownValue')}</li>;
  const key = flagKey(r.addressFlags);
  return (
    <li data-testid="recipient" data-flags={r.addressFlags.join(' ')}>
      <bdi dir="ltr">{showControls(r.address)}</bdi>
      {r.addressAscii !== null && (
        <Text size={200} block>
          {t('addressAscii', { address: r.addressAscii })}
        </Text>
      )}
      {key !== null && (
        <Badge appearance="tint" color="danger" data-testid="lookalike" className={s.flag}>
          {t('addressFlagged', { flags: key })}
        </Badge>
      )}
    </li>
  );
}
