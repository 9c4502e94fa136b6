import type { ModelSpec } from '../../core/modelSpec.ts';
import type { CursorState } from '../replay/stateAt.ts';
import { CODE_MARKERS, type CodeLanguage } from './codeMarkers.ts';
import { codePhase } from './codePhase.ts';

/** The 0-based index of the first line of `source` that contains `marker`, or null. */
export function lineContaining(source: string, marker: string): number | null {
  const index = source.split('\n').findIndex((line) => line.includes(marker));
  return index === -1 ? null : index;
}

/**
 * The line of `source` (0-based) executing at the cursor: the line that marks the model's phase
 * in that language, or null when nothing executes or the source has no such line.
 */
export function activeLine(
  model: ModelSpec,
  source: string,
  state: CursorState,
  language: CodeLanguage = 'typescript',
): number | null {
  const phase = codePhase(model, state);
  if (phase === null) return null;
  const marker = CODE_MARKERS[language][model.name][phase];
  return marker === undefined ? null : lineContaining(source, marker);
}
