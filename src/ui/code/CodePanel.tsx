import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { hasFaultsOrPolicy } from '../../core/faults/faultSetup.ts';
import { modelSpecOf, type Scenario } from '../../core/scenario.ts';
import { MODEL_DESCRIPTIONS } from '../controls/modelDescriptions.ts';
import { stateAt } from '../replay/stateAt.ts';
import type { TimelineData } from '../timeline/timelineData.ts';
import { activeLine } from './activeLine.ts';
import type { CodeLanguage } from './codeMarkers.ts';
import { codePhase, codePhaseText } from './codePhase.ts';
import { CodeListing } from './CodeListing.tsx';
import { PYTHON_SNIPPETS } from './pythonSnippets.ts';
import { POLICY_SOURCE, TYPESCRIPT_SOURCES } from './typescriptSources.ts';

export interface CodePanelProps {
  /** The lab's scenario: its model is the code shown. */
  readonly scenario: Scenario;
  /** The scenario of the run on screen (null before any run): its timeline drives the highlight. */
  readonly runScenario: Scenario | null;
  readonly data: TimelineData | null;
  readonly nowMs: number;
}

/** A tab: the model in a language, or the call policy every call goes through. */
type CodeTab = CodeLanguage | 'policy';

const MODEL_TABS: ReadonlyArray<{ language: CodeTab; title: string }> = [
  { language: 'typescript', title: 'TypeScript (what runs)' },
  { language: 'python', title: 'Python (the talk)' },
];
/** Shown when the scenario has faults or a call policy (docs/faults.md). */
const POLICY_TAB = {
  language: 'policy',
  title: 'Call policy (retries, timeouts, hedges)',
} as const;

/**
 * The selected model's code, in the TypeScript the engine runs and in the talk's Python, with
 * the line executing at the replay cursor highlighted. The highlight shows only when the run on
 * screen used the model shown (the model may be changed after a run, its timeline stays).
 */
export function CodePanel({ scenario, runScenario, data, nowMs }: CodePanelProps) {
  const ids = useId();
  const [chosen, setLanguage] = useState<CodeTab>('typescript');
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const model = scenario.fanOut.model;
  const hasPolicy = hasFaultsOrPolicy(scenario);
  const TABS = hasPolicy ? [...MODEL_TABS, POLICY_TAB] : MODEL_TABS;
  // The policy tab goes away with the policy; its listing falls back to the model's TypeScript.
  const language: CodeTab = chosen === 'policy' && !hasPolicy ? 'typescript' : chosen;
  const source =
    language === 'typescript'
      ? TYPESCRIPT_SOURCES[model].text
      : language === 'python'
        ? PYTHON_SNIPPETS[model].code
        : POLICY_SOURCE.text;

  const following =
    language !== 'policy' &&
    data !== null &&
    runScenario !== null &&
    runScenario.fanOut.model === model;
  const spec = following ? modelSpecOf(runScenario.fanOut) : null;
  const state = following ? stateAt(data, nowMs) : null;
  const line =
    spec && state && language !== 'policy' ? activeLine(spec, source, state, language) : null;
  const caption =
    language === 'policy'
      ? "Each ctx.send(i) of the model's code runs this: copies with their timeout, a hedge, " +
        'retries after a backoff. The highlight follows the model’s code in the other tabs.'
      : spec && state
        ? codePhaseText(codePhase(spec, state), state)
        : 'Run this model to follow its code line by line.';

  // Arrow keys move between the tabs (the ARIA tabs pattern); Tab goes on to the listing.
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const last = TABS.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setLanguage(TABS[next]?.language ?? 'typescript');
    tabRefs.current[next]?.focus();
  };

  const python = PYTHON_SNIPPETS[model];
  return (
    <section className="code" aria-labelledby={`${ids}-heading`} data-testid="code-panel">
      <div className="code__header">
        <h2 id={`${ids}-heading`} className="code__heading">
          Code: {MODEL_DESCRIPTIONS[model].title}
        </h2>
        <div className="code__tabs" role="tablist" aria-label="Language">
          {TABS.map((tab, index) => {
            const selected = tab.language === language;
            return (
              <button
                key={tab.language}
                ref={(element) => {
                  tabRefs.current[index] = element;
                }}
                type="button"
                role="tab"
                id={`${ids}-tab-${tab.language}`}
                className="code__tab"
                aria-selected={selected}
                aria-controls={selected ? `${ids}-panel` : undefined}
                tabIndex={selected ? 0 : -1}
                onClick={() => setLanguage(tab.language)}
                onKeyDown={(event) => onTabKey(event, index)}
              >
                {tab.title}
              </button>
            );
          })}
        </div>
      </div>
      <div
        id={`${ids}-panel`}
        role="tabpanel"
        className="code__panel"
        aria-labelledby={`${ids}-tab-${language}`}
      >
        <p className="code__source">
          {language === 'typescript' ? (
            <>
              <code>{TYPESCRIPT_SOURCES[model].path}</code>: the file both engines run
            </>
          ) : language === 'policy' ? (
            <>
              <code>{POLICY_SOURCE.path}</code>: the policy both engines run for every call
            </>
          ) : (
            <>
              {python.title}
              {python.inTalk ? null : <span className="code__badge">not in the talk</span>}
            </>
          )}
        </p>
        <CodeListing
          code={source}
          activeLine={line}
          label={
            language === 'policy'
              ? 'The call policy in TypeScript'
              : `${MODEL_DESCRIPTIONS[model].title} in ${language === 'typescript' ? 'TypeScript' : 'Python'}`
          }
        />
        <p className="code__now" data-testid="code-phase">
          {caption}
        </p>
      </div>
    </section>
  );
}
