/**
 * A counter of the work the engine's loops do (characters examined, lookups made). It costs one
 * addition per call and lets tests prove linear time by counting operations instead of timing
 * them: doubling an input must not quadruple the count. Nothing in the engine reads it.
 */
export const workMeter: { units: number } = { units: 0 };

export function work(units: number): void {
  workMeter.units += units;
}
