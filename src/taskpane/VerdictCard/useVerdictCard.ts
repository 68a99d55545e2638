import { useState } from 'react';
import { groupCode, linkLabel, RECIPIENTS_SHOWN, technicalLines } from '../verdict';
import type { RecipientResult } from '../../engine';
import type { VerdictCardProps, VerdictCardState } from './VerdictCard.types';

export function useVerdictCard(props: VerdictCardProps): VerdictCardState {
  const { group, result, t, index, onCopy } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  const all = group.recipients.map((i) => result.recipients[i]).filter((r): r is RecipientResult => r !== undefined);
  const technical = props.details === false ? [] : technicalLines(t, result, group);
  return {
    props,
    x: group.explanation,
    headingId: `verdict-title-${index}`,
    code: groupCode(result, group),
    recipients: all.slice(0, RECIPIENTS_SHOWN),
    more: Math.max(0, group.recipients.length - RECIPIENTS_SHOWN),
    technical,
    links: group.explanation.links.map((href) => ({ href, label: linkLabel(t, href) })),
    copied,
    copyDetails: () => void onCopy(technical.map((lines) => lines.join('\n')).join('\n\n')).then(setCopied),
  };
}
