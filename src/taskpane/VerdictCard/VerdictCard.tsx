/**
 * One card per cause: title with the code under it, who must act, what happened, (the action when
 * this card is the whole verdict), steps, recipients, and technical details in words on demand.
 * Split the Fluent v9 way: types, state hook, styles, render.
 */
import { memo } from 'react';
import type { ReactElement } from 'react';
import { renderVerdictCard } from './renderVerdictCard';
import { useVerdictCard } from './useVerdictCard';
import { useVerdictCardStyles } from './useVerdictCardStyles.styles';
import type { VerdictCardProps } from './VerdictCard.types';

function VerdictCardBase(props: VerdictCardProps): ReactElement {
  const state = useVerdictCard(props);
  const styles = useVerdictCardStyles();
  return renderVerdictCard(state, styles);
}

/** Memoised: a pane update elsewhere (the report step, the announcer) does not re-render the cards. */
export const VerdictCard = memo(VerdictCardBase);
