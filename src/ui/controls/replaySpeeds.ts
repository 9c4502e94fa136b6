/** The replay speeds offered for virtual runs (1 = real time). */
export const REPLAY_SPEEDS: readonly number[] = [0.1, 0.25, 0.5, 1, 2, 5, 10];

/** "0.25× (slow motion)", "1× (real time)", "5×". */
export function speedLabel(speed: number): string {
  if (speed === 1) return '1× (real time)';
  return speed < 1 ? `${speed}× (slow motion)` : `${speed}×`;
}

/**
 * The options of the speed select. A link may carry any speed the codec allows (say 3); it is
 * added in order so the select shows the scenario's true value instead of silently another one.
 */
export function speedOptions(current: number): readonly number[] {
  if (REPLAY_SPEEDS.includes(current)) return REPLAY_SPEEDS;
  return [...REPLAY_SPEEDS, current].sort((a, b) => a - b);
}
