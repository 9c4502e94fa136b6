/**
 * The notice of a live comparison in progress. It says why the models take turns: calls of two
 * models at once would share the main thread that answers them, and disturb each other's timings.
 */
export function liveProgressText(liveLane: number, modelCount: number): string {
  return (
    `Live: running model ${liveLane + 1} of ${modelCount}, one after another so they ` +
    `don't disturb each other's timings.`
  );
}
