import type { Scenario } from '../../core/scenario.ts';
import type { ParamMessage } from '../../core/urlCodec.ts';
import type { LabCommandBus } from './labCommandBus.ts';
import { usePostMessageApi } from './postMessageApi.ts';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useChooseModel } from './useChooseModel.ts';
import { useFrameMemory } from './useFrameMemory.ts';
import { usePauseWhenHidden } from './usePauseWhenHidden.ts';
import { usePresentationAttributes } from './usePresentationAttributes.ts';
import { useShortcuts } from './useShortcuts.ts';

export interface PresenterProps {
  readonly bus: LabCommandBus;
  readonly scenario: Scenario;
  readonly messages: readonly ParamMessage[];
  readonly setScenario: (next: Scenario) => void;
  readonly shortcutsOpen: boolean;
  readonly setShortcutsOpen: (open: boolean) => void;
}

/**
 * Everything that makes the page presentable, beside the labs: theme and embed attributes, the
 * keyboard, the postMessage API, pausing while unseen, coming back as it was after a frame's
 * reload, and the shortcuts dialog. Render it after
 * the lab shell, so that the lab has registered on the bus when its effects run.
 */
export function Presenter(props: PresenterProps) {
  const { bus, scenario, messages, setScenario, shortcutsOpen, setShortcutsOpen } = props;
  const chooseModel = useChooseModel(bus, scenario, setScenario);
  usePresentationAttributes(scenario.view);
  usePostMessageApi({ bus, scenario, messages, setScenario });
  usePauseWhenHidden(bus, document.getElementById('root'));
  useFrameMemory(bus, scenario, setScenario);
  useShortcuts({
    bus,
    chooseModel,
    dialogOpen: shortcutsOpen,
    toggleDialog: () => setShortcutsOpen(!shortcutsOpen),
    // A passive frame (still=1) takes no keys: every key goes to the host (postMessageApi.ts).
    enabled: !scenario.view.still,
  });
  return <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />;
}
