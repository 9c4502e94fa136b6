import { connectLab, type LabCommand, type LabEvent } from './labFrame.ts';

/**
 * A plain host page for the lab (the e2e tests drive it): the lab in an iframe whose address is
 * this page's `lab` parameter (sized `width` x `height`), a few buttons, and every event the lab
 * posts, in order, both on the page and in `window.overlapEvents`.
 */
declare global {
  interface Window {
    overlapEvents: LabEvent[];
    sendToLab: (message: unknown) => void;
  }
}

const params = new URLSearchParams(window.location.search);
const frame = document.querySelector<HTMLIFrameElement>('#lab');
const log = document.querySelector<HTMLOListElement>('#log');
if (!frame || !log) throw new Error('host.html lost its #lab frame or #log list.');

frame.width = params.get('width') ?? '640';
frame.height = params.get('height') ?? '360';
// `offset` pushes the frame down the page (px), e.g. below the fold: a slide not shown yet.
frame.style.marginTop = `${Number(params.get('offset') ?? 0)}px`;
// The app's page is one folder up: this page is served at examples/host.html beside it.
frame.src = new URL(`../?${params.get('lab') ?? 'embed=1'}`, window.location.href).href;

const lab = connectLab(frame);
window.overlapEvents = [];
lab.on('*', (event) => {
  window.overlapEvents.push(event);
  const item = document.createElement('li');
  item.textContent = JSON.stringify(event).slice(0, 300);
  log.append(item);
});
// Raw access for tests: any message at all, straight to the frame, even a malformed one.
window.sendToLab = (message) =>
  frame.contentWindow?.postMessage(message, new URL(frame.src).origin);

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-command]')) {
  button.addEventListener('click', () => {
    lab.send({ type: button.dataset['command'] } as LabCommand);
  });
}
