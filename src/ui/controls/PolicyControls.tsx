import { useId } from 'react';
import type { CallPolicy } from '../../core/policy/callPolicy.ts';
import { copyLimitProblem } from '../../core/faults/copyLimitProblem.ts';
import type { JitterKind, RetrySlotKind, SettleKind } from '../../core/policy/callPolicy.ts';
import type { Scenario } from '../../core/scenario.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { FieldMessage } from './FieldMessage.tsx';
import { NumberField } from './NumberField.tsx';
import { OptionalNumberField } from './OptionalNumberField.tsx';
import {
  BACKOFF_RULE,
  MAX_BACKOFF_RULE,
  POLICY_DELAY_RULE,
  RETRIES_RULE,
} from './parameterRules.ts';

const JITTER_CHOICES: readonly Choice<JitterKind>[] = [
  { value: 'full', title: 'Full jitter', line: 'a random wait from 0 to the backoff' },
  { value: 'none', title: 'No jitter', line: 'exactly the backoff, so retries move in step' },
];

// The two orders of wrapping, in the words of the libraries people wrap (p-limit, p-retry).
const RETRY_SLOT_CHOICES: readonly Choice<RetrySlotKind>[] = [
  {
    value: 'keep',
    title: 'Keep the slot',
    line: 'p-limit(() => p-retry(call)): a retrying call holds its slot through the backoff',
  },
  {
    value: 'release',
    title: 'Release the slot',
    line: 'p-retry(() => p-limit(call)): each retry queues again at the back',
  },
];

const SETTLE_CHOICES: readonly Choice<SettleKind>[] = [
  {
    value: 'all',
    title: 'Promise.all',
    line: 'the request fails at the first failed call; the others keep running',
  },
  {
    value: 'allSettled',
    title: 'Promise.allSettled',
    line: 'waits for every call and answers with what it got',
  },
];

export interface PolicyControlsProps {
  readonly scenario: Scenario;
  readonly onChange: (next: Scenario) => void;
}

/**
 * The "Call policy" fieldset: how the client treats each call (timeout, retries, hedging) and
 * the request (how it settles, whether it cancels). The retry settings stay editable at 0
 * retries, so a person can set them up first; a line says they wait for retries.
 */
export function PolicyControls({ scenario, onChange }: PolicyControlsProps) {
  const retryNoteId = useId();
  const cancelId = useId();
  const set = (patch: Partial<CallPolicy>): void =>
    onChange({ ...scenario, policy: { ...scenario.policy, ...patch } });
  const copiesId = useId();
  const retrying = scenario.policy.retries > 0;
  // Retries and hedges multiply the copies a run sends; past its engine's bound the run will not
  // start (src/core/faults/copyLimitProblem.ts), and this says so while the numbers are edited.
  const copyProblem = copyLimitProblem(scenario);
  return (
    <fieldset className="controls__group">
      <legend className="controls__legend">Call policy</legend>
      <div className="parameters">
        <div className="parameters__fields">
          <OptionalNumberField
            label="timeout (ms)"
            value={scenario.policy.timeoutMs}
            rule={POLICY_DELAY_RULE}
            emptyMeans="no timeout"
            onCommit={(timeoutMs) => set({ timeoutMs })}
            hint="Each try is aborted after this long. Empty: none."
          />
          <NumberField
            label="retries"
            value={scenario.policy.retries}
            rule={RETRIES_RULE}
            onCommit={(retries) => set({ retries })}
            hint="After a 500, 504, 429 or timeout."
          />
          <OptionalNumberField
            label="hedge after (ms)"
            value={scenario.policy.hedgeMs}
            rule={POLICY_DELAY_RULE}
            emptyMeans="no hedging"
            onCommit={(hedgeMs) => set({ hedgeMs, hedgePercentile: null })}
            hint={
              scenario.policy.hedgePercentile === null
                ? 'A call unanswered this long gets a second copy. Empty: none.'
                : `Now: each call at its own p${scenario.policy.hedgePercentile} latency ` +
                  '(hedge=pNN in the link). A delay typed here replaces it.'
            }
          />
        </div>
        <FieldMessage
          id={copiesId}
          message={copyProblem === null ? null : `A run would not start: ${copyProblem}.`}
        />
        <fieldset className="policy__retrying" aria-describedby={retryNoteId}>
          <legend className="policy__legend">Between retries</legend>
          <p id={retryNoteId} className="field__hint">
            {retrying
              ? 'Retry k waits up to backoff × 2^(k−1) ms, at most the max backoff, and at ' +
                'least a 429’s Retry-After.'
              : 'These only matter when retries is above 0.'}
          </p>
          <NumberField
            label="backoff (ms)"
            value={scenario.policy.backoffMs}
            rule={BACKOFF_RULE}
            onCommit={(backoffMs) => set({ backoffMs })}
          />
          <NumberField
            label="max backoff (ms)"
            value={scenario.policy.maxBackoffMs}
            rule={MAX_BACKOFF_RULE}
            onCommit={(maxBackoffMs) => set({ maxBackoffMs })}
            hint="The ceiling of the growing wait, before the jitter."
          />
          <ChoiceGroup
            legend="Jitter"
            layout="compact"
            choices={JITTER_CHOICES}
            value={scenario.policy.jitter}
            onChange={(jitter) => set({ jitter })}
          />
          <ChoiceGroup
            legend="Retry slot"
            choices={RETRY_SLOT_CHOICES}
            value={scenario.policy.retrySlot}
            onChange={(retrySlot) => set({ retrySlot })}
          />
        </fieldset>
        <ChoiceGroup
          legend="Settle"
          layout="compact"
          choices={SETTLE_CHOICES}
          value={scenario.policy.settle}
          onChange={(settle) => set({ settle })}
        />
        <label className="check" htmlFor={cancelId}>
          <input
            id={cancelId}
            type="checkbox"
            className="check__box"
            checked={scenario.policy.cancelOnFailure}
            onChange={(event) => set({ cancelOnFailure: event.target.checked })}
          />
          <span className="check__text">
            Cancel the rest on the first failure
            <span className="check__line">
              abort the calls in flight (AbortController) and send no more
            </span>
          </span>
        </label>
      </div>
    </fieldset>
  );
}
