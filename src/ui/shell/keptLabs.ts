import { LAB_NAMES, type LabName } from '../../core/scenario.ts';

/**
 * The labs the shell keeps mounted: every lab visited so far and the one shown, in LAB_NAMES
 * order. The order never depends on the visits, so switching labs never moves a kept lab's
 * elements (a move would blur them and restart nothing but cost a layout). Returns `visited`
 * itself when the shown lab is in it already (React state: no update, no re-render).
 */
export function keptLabs(visited: readonly LabName[], shown: LabName): readonly LabName[] {
  if (visited.includes(shown)) return visited;
  return LAB_NAMES.filter((lab) => lab === shown || visited.includes(lab));
}
