export const ENGINE_NAMES = ['virtual', 'live'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** How a run is made: its engine, its seed, and how a virtual run replays. */
export interface RunSettings {
  readonly engine: EngineName;
  readonly seed: number;
  /** Replay speed of virtual runs: 1 is real time, below 1 slow motion. */
  readonly speed: number;
  /** Live runs: subtract the calibrated mock overhead from each call's mocked delay. */
  readonly compensate: boolean;
  /** Start a run as soon as the page loads. */
  readonly autorun: boolean;
}

export const DEFAULT_RUN: RunSettings = {
  engine: 'virtual',
  seed: 1,
  speed: 1,
  compensate: true,
  autorun: false,
};
