import { MODEL_NAMES, type ModelName } from '../../core/modelSpec.ts';
import type { Scenario } from '../../core/scenario.ts';
import type { ParamMessage } from '../../core/urlCodec.ts';
import { MODEL_DESCRIPTIONS } from '../controls/modelDescriptions.ts';
import { CursorReadout } from './CursorReadout.tsx';
import type { LabCommandBus } from './labCommandBus.ts';

export interface EmbedBarProps {
  readonly bus: LabCommandBus;
  readonly scenario: Scenario;
  readonly messages: readonly ParamMessage[];
  readonly chooseModel: (model: ModelName) => void;
  readonly onShowShortcuts: () => void;
}

/**
 * The embedded lab's one strip of chrome: the model choice (numbered like its keys), the cursor,
 * a quiet note when the address had problems (a red banner would take over a slide), and the
 * shortcuts. The Compare lab shows every model, so it gets no model choice.
 */
export function EmbedBar({ bus, scenario, messages, chooseModel, onShowShortcuts }: EmbedBarProps) {
  return (
    <div className="embed-bar">
      {scenario.lab === 'compare' ? null : (
        <div className="embed-bar__models" role="group" aria-label="Model">
          {MODEL_NAMES.map((model, i) => (
            <button
              key={model}
              type="button"
              className="embed-bar__model"
              aria-pressed={scenario.fanOut.model === model}
              aria-keyshortcuts={String(i + 1)}
              title={MODEL_DESCRIPTIONS[model].line}
              onClick={() => chooseModel(model)}
            >
              <kbd className="embed-bar__key" aria-hidden="true">
                {i + 1}
              </kbd>
              {MODEL_DESCRIPTIONS[model].title}
            </button>
          ))}
        </div>
      )}
      <CursorReadout bus={bus} />
      {messages.length === 0 ? null : (
        <details className="embed-bar__messages" data-testid="param-messages">
          <summary>
            {messages.length === 1 ? '1 setting' : `${messages.length} settings`} not used
          </summary>
          <ul>
            {messages.map((m, i) => (
              <li key={`${m.param}-${i}`}>{m.message}</li>
            ))}
          </ul>
        </details>
      )}
      <button
        type="button"
        className="embed-bar__help"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        onClick={onShowShortcuts}
      >
        ?
      </button>
    </div>
  );
}
