import type { Scenario } from '../scenario.ts';

/**
 * What the Server and Compare labs say when a link sets `repeat=K`: only the Fan-out lab repeats
 * its request (the tails view, docs/tails.md). One text for the app and the CLI, so a parameter
 * that does nothing here never does it silently. Null when there is nothing to say.
 */
export function repeatIgnoredNote(scenario: Scenario): string | null {
  if (scenario.lab === 'fanout' || scenario.run.repeat <= 1) return null;
  const lab = scenario.lab === 'server' ? 'Server' : 'Compare';
  return (
    `This link sets repeat=${scenario.run.repeat}, which runs the Fan-out lab's request that ` +
    `many times (its tails view). The ${lab} lab runs once and leaves it out.`
  );
}
