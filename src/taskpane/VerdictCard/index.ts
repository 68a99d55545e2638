export { VerdictCard } from './VerdictCard';
export type { VerdictCardProps } from './VerdictCard.types';
