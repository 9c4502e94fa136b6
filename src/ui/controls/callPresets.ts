import { formatCallList, parseCallList } from '../../core/callListCodec.ts';
import type { CallSpec } from '../../core/scenario.ts';

/** A ready-made call list, written in the `calls` URL syntax so it reads like a link. */
export interface CallPreset {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export const CALL_PRESETS: readonly CallPreset[] = [
  { id: 'talk', label: 'The talk’s four calls (125, 250, 375, 500 ms)', text: '125,250,375,500' },
  { id: 'ten-equal', label: 'Ten equal calls (100 ms each)', text: '100*10' },
  {
    id: 'slow-outlier',
    label: 'One slow outlier (nine of 100 ms, one of 1000 ms)',
    text: '100*9,1000',
  },
  { id: 'long-tail', label: 'Long tail ×20 (median 100 ms, p99 900 ms)', text: '100~900*20' },
];

/** A preset's calls. Presets are constants checked by the tests, so this never fails. */
export function presetCalls(preset: CallPreset): CallSpec[] {
  const parsed = parseCallList(preset.text);
  return parsed.ok ? parsed.calls : [];
}

// Each preset's calls and canonical text, computed once.
const PRESET_FORMS = CALL_PRESETS.map((preset) => {
  const calls = presetCalls(preset);
  return { preset, length: calls.length, text: formatCallList(calls) };
});

/**
 * The preset the calls are exactly equal to, or null: the select then shows which preset is
 * loaded, and "Custom" once an edit departs from it. Compared through the canonical text form,
 * and only for lists of a preset's length, so a 100,000-call list is never formatted for this.
 */
export function matchingPreset(calls: readonly CallSpec[]): CallPreset | null {
  let text: string | null = null;
  for (const form of PRESET_FORMS) {
    if (form.length !== calls.length) continue;
    text ??= formatCallList(calls);
    if (form.text === text) return form.preset;
  }
  return null;
}
