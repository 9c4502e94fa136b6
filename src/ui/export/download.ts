import { reasonOf, type ExportOutcome } from './exportOutcome.ts';

/**
 * How long the object URL lives after the click. Browsers start the download asynchronously
 * (Firefox and Safari read the URL after the click handler returns), so revoking it at once can
 * cancel the download; a minute is ample and frees the memory afterwards.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `content` as a file named `filename`: an object URL clicked through a detached
 * `<a download>`, the one way that works in every browser without a permission prompt. Where
 * `download` is not supported (old iOS Safari), the file opens in a new tab to be saved from there.
 * Never throws: the outcome says what happened.
 */
export function download(filename: string, content: Blob | string, mime: string): ExportOutcome {
  if (typeof document === 'undefined' || typeof URL.createObjectURL !== 'function') {
    return { ok: false, message: `${filename} could not be saved: this page cannot create files.` };
  }
  let url: string;
  try {
    const blob = typeof content === 'string' ? new Blob([content], { type: mime }) : content;
    url = URL.createObjectURL(blob);
  } catch (error) {
    return { ok: false, message: `${filename} could not be saved (${reasonOf(error)}).` };
  }
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  const link = document.createElement('a');
  if (!('download' in link)) {
    const opened = window.open(url, '_blank', 'noopener');
    return opened
      ? { ok: true, message: `${filename} opened in a new tab: save it from there.` }
      : {
          ok: false,
          message: `${filename} could not be saved: this browser neither downloads files from a page nor let it open a tab (allow pop-ups and try again).`,
        };
  }
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox only follows a click on a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  return { ok: true, message: `Saved ${filename}.` };
}
