import Reveal from 'reveal.js';
import { listenForLabKeys, type LabKey } from './deckKeys.ts';
import { connectLab } from './labFrame.ts';

/**
 * The reveal.js example: slide 1 embeds a lab that runs itself; slide 2's lab is driven by the
 * deck through postMessage (run when the slide is entered, one event per fragment, back with the
 * fragment); slide 3 shows the snippet that does it. Keys a lab does not use come back to the
 * deck (overlap:key), so a clicker moves the slides even while a lab has the keyboard.
 */

const driven = document.querySelector<HTMLIFrameElement>('#driven-lab');
const result = document.querySelector<HTMLElement>('#driven-result');
const snippet = document.querySelector<HTMLElement>('#snippet');
if (!driven || !result || !snippet) throw new Error('reveal.html lost its #driven-lab frame.');

// origin= restricts the lab to this deck's origin: it reads no one else's messages and posts its
// events to this origin only.
const query =
  'embed=1&theme=projector&controls=0&model=worker-pool&limit=2&speed=0.5' +
  `&origin=${encodeURIComponent(window.location.origin)}`;
driven.src = new URL(`../?${query}`, window.location.href).href;
const lab = connectLab(driven);

// Entering the slide runs the lab and holds its replay at 0 ms as soon as it plays; each
// fragment then steps one event (and back). With reduced motion the run appears whole, so it is
// held at 0 ms once it is done.
let holding = false;
const hold = (): void => {
  holding = false;
  lab.send({ type: 'overlap:seek', ms: 0 });
};
lab.on('overlap:advanced', (event) => {
  if (holding && event['playback'] === 'playing') hold();
});
lab.on('overlap:run-finished', (event) => {
  if (holding) hold();
  const summary = event['summary'] as { makespanMs: number; predictedMakespanMs: number | null };
  result.textContent = `Makespan ${summary.makespanMs} ms (predicted ${summary.predictedMakespanMs ?? '?'} ms)`;
});
lab.on('overlap:run-started', () => {
  result.textContent = '';
});

const deck = new Reveal({ hash: true, width: 1280, height: 800, margin: 0.04 });
const onDrivenSlide = (): boolean => deck.getCurrentSlide().id === 'driven';

const enter = (): void => {
  if (!onDrivenSlide()) return;
  holding = true;
  lab.send({ type: 'overlap:run' });
};
// `ready` covers a deck opened on this very slide (its address ends in #/1).
deck.on('ready', enter);
deck.on('slidechanged', enter);
deck.on('fragmentshown', () => {
  if (onDrivenSlide()) lab.send({ type: 'overlap:step', direction: 1 });
});
deck.on('fragmenthidden', () => {
  if (onDrivenSlide()) lab.send({ type: 'overlap:step', direction: -1 });
});

/** What reveal.js does with each key a lab hands on, as if pressed on the deck itself. */
const deckActions: Readonly<Record<string, () => void>> = {
  ArrowRight: () => deck.right(),
  ArrowLeft: () => deck.left(),
  ArrowUp: () => deck.up(),
  ArrowDown: () => deck.down(),
  PageDown: () => deck.next(),
  PageUp: () => deck.prev(),
  ' ': () => deck.next(),
  n: () => deck.next(),
  p: () => deck.prev(),
  Escape: () => deck.toggleOverview(),
  o: () => deck.toggleOverview(),
  // Full screen needs a user gesture: the key press in the frame is one for its parent too.
  f: () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => {});
  },
  // A deck with reveal.js's notes plugin (RevealNotes) opens its speaker view.
  s: () => (deck.getPlugin('notes') as { open?: () => void } | undefined)?.open?.(),
};
listenForLabKeys(
  () => document.querySelectorAll<HTMLIFrameElement>('iframe.lab-frame'),
  window.location.origin,
  (labKey: LabKey) => deckActions[labKey.key]?.(),
);

snippet.textContent = `<iframe
  src="https://overlap.example/?embed=1&theme=projector&model=worker-pool&limit=2&origin=${window.location.origin}"
  width="960" height="540" title="Overlap"></iframe>

<script type="module">
  const frame = document.querySelector('iframe');
  const lab = new URL(frame.src).origin;
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== lab) return;
    if (event.data?.type === 'overlap:ready') {
      frame.contentWindow.postMessage({ type: 'overlap:run' }, lab);
    }
    if (event.data?.type === 'overlap:run-finished') {
      console.log(event.data.summary.makespanMs);
    }
  });
</script>`;

void deck.initialize();
