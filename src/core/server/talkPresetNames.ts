/**
 * The URL names of the talk's presets (`preset=`), one per row of DESIGN.md's table, in the
 * table's order (`talk-gevent-50` is the extra row measured with the talk's own code). Kept
 * apart from the presets' data so the Scenario type can name them without importing it.
 */
export const TALK_PRESET_NAMES = [
  'talk-sync-one',
  'talk-sync-basic',
  'talk-sync-processes',
  'talk-sync-threads',
  'talk-sync-mix',
  'talk-asyncio-one',
  'talk-asyncio',
  'talk-gevent-one',
  'talk-gevent-50',
  'talk-gevent-100',
  'talk-gevent-200',
  'talk-offload-one',
  'talk-offload',
] as const;
export type TalkPresetName = (typeof TALK_PRESET_NAMES)[number];
