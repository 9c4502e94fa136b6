import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../core/scenario.ts';
import { encodeScenario, type ParamMessage } from '../../core/urlCodec.ts';
import { handsKeyToDeck, keyMessageOf } from './keyHandoff.ts';
import { keyTargetOf } from './keyTarget.ts';
import type { LabCommand, LabCommandBus } from './labCommandBus.ts';
import { parseCommand, type PresenterCommand, type PresenterEvent } from './presenterMessages.ts';
import { createRunEventReporter } from './runEventReporter.ts';
import { scenarioFromQuery } from './scenarioFromQuery.ts';

export interface PostMessageApiOptions {
  readonly bus: LabCommandBus;
  readonly scenario: Scenario;
  /** The codec's messages about the frame's address (sent with `overlap:ready`). */
  readonly messages: readonly ParamMessage[];
  /** Shows another scenario (the shell's setScenario). */
  readonly setScenario: (next: Scenario) => void;
}

/** The lab command a message asks for; set-scenario is handled by the shell itself. */
function labCommandOf(command: PresenterCommand): LabCommand | null {
  switch (command.type) {
    case 'overlap:step':
      return { type: 'step', direction: command.direction };
    case 'overlap:seek':
      return { type: 'seek', ms: command.ms };
    case 'overlap:run':
      return { type: 'run' };
    case 'overlap:pause':
      return { type: 'pause' };
    case 'overlap:play':
      return { type: 'play' };
    case 'overlap:reset':
      return { type: 'reset' };
    case 'overlap:set-scenario':
      return null;
  }
}

/**
 * Whether events may be posted to the parent. With an origin restriction the browser drops a
 * message to a parent of another origin and logs an error in this page's console; where the
 * browser tells the parent's origin (`location.ancestorOrigins`, Chromium and Safari), a mismatch
 * is found first and reported once as a warning instead.
 */
function parentAccepts(origin: string | null): boolean {
  const ancestors = window.location.ancestorOrigins as DOMStringList | undefined;
  if (origin === null || ancestors === undefined || ancestors.length === 0) return true;
  if (ancestors[0] === origin) return true;
  console.warn(
    `Overlap: origin=${origin} is set but the parent page is ${ancestors[0] ?? 'unknown'}; ` +
      'its messages are ignored and no events are posted to it.',
  );
  return false;
}

/**
 * The postMessage API of an embedded lab (docs/embedding.md). Only messages from the parent
 * window are read (and, with `origin`, only from that origin); anything not shaped like a command
 * is ignored without a word, since pages and extensions post all sorts of messages. Events go to
 * the parent, addressed to `origin` when set and to any origin ('*') otherwise. A page that is not
 * in a frame neither listens nor posts. Keys pressed in the frame that the lab leaves unused are
 * handed to the parent as `overlap:key`, so a clicker never gets stuck in the frame.
 */
export function usePostMessageApi({
  bus,
  scenario,
  messages,
  setScenario,
}: PostMessageApiOptions): void {
  const latest = useRef({ scenario, setScenario });
  useEffect(() => {
    latest.current = { scenario, setScenario };
  });
  // The frame's address is read once: a later edit cannot change who may drive the lab.
  const [frame] = useState(() => ({
    origin: scenario.view.origin,
    still: scenario.view.still,
    messages,
  }));
  useEffect(() => {
    const parent = window.parent;
    if (parent === window) return undefined;
    const { origin } = frame;
    const allowed = parentAccepts(origin);
    const post = (event: PresenterEvent): void => {
      if (allowed) parent.postMessage(event, origin ?? '*');
    };
    const onMessage = (event: MessageEvent): void => {
      if (!allowed || event.source !== parent) return;
      if (origin !== null && event.origin !== origin) return;
      const command = parseCommand(event.data);
      if (command === null) return;
      if (command.type === 'overlap:set-scenario') {
        const current = latest.current.scenario;
        const next = scenarioFromQuery(command.query, current);
        // A run of the old scenario must not finish under the new one's name.
        if (bus.state()?.status === 'running') bus.send({ type: 'reset' });
        latest.current.setScenario(next.scenario);
        post({
          type: 'overlap:scenario-set',
          query: encodeScenario(next.scenario),
          messages: next.messages,
        });
        return;
      }
      const labCommand = labCommandOf(command);
      if (labCommand === null) return;
      const outcome = bus.send(labCommand);
      if (outcome === 'done') return;
      const lab = bus.lab() ?? latest.current.scenario.lab;
      post({
        type: 'overlap:error',
        command: command.type,
        message:
          outcome === 'no-lab'
            ? `the ${lab} lab takes no commands yet; ${command.type} was ignored`
            : `the ${lab} lab cannot ${labCommand.type}; ${command.type} was ignored`,
      });
    };
    window.addEventListener('message', onMessage);
    // On window, so after the lab's own keys (useShortcuts, on document) have had their turn: a
    // key they used is prevented by then; one they left is handed to the deck (keyHandoff.ts).
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing) return;
      const input = {
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        repeat: event.repeat,
        defaultPrevented: event.defaultPrevented,
        target: keyTargetOf(event.target),
      };
      if (!handsKeyToDeck(input, frame.still)) return;
      // The deck acts on it: the frame must not too (scroll on Space or an arrow).
      event.preventDefault();
      post(keyMessageOf(input));
    };
    window.addEventListener('keydown', onKeyDown);
    post({
      type: 'overlap:ready',
      lab: bus.lab(),
      query: encodeScenario(latest.current.scenario),
      messages: frame.messages,
      commands: bus.supported(),
    });
    // After ready: a run already going (autorun) is reported next.
    const stopReporting = createRunEventReporter({
      bus,
      scenario: () => latest.current.scenario,
      post,
      now: () => performance.now(),
      schedule: (callback, delayMs) => {
        const timer = setTimeout(callback, delayMs);
        return () => clearTimeout(timer);
      },
    });
    return () => {
      window.removeEventListener('message', onMessage);
      window.removeEventListener('keydown', onKeyDown);
      stopReporting();
    };
  }, [bus, frame]);
}
