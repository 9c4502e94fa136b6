import { reasonOf, type ExportOutcome } from './exportOutcome.ts';

/**
 * The old way to copy: select a hidden textarea's text and `execCommand('copy')`. Deprecated,
 * but still the only one on pages without the async Clipboard API (plain http on another host
 * than localhost, some embedded frames), and it works inside the click that asked for it.
 */
function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const focused = document.activeElement;
  area.select();
  try {
    // oxlint-disable-next-line typescript/no-deprecated -- the fallback when navigator.clipboard is missing or refused.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
  }
}

/**
 * Puts `text` on the clipboard: the Clipboard API, else the selection fallback. Never throws;
 * when both fail (a frame without the clipboard-write permission, say), the outcome says so and
 * the caller shows the text for copying by hand.
 */
export async function copyText(text: string, what = 'the text'): Promise<ExportOutcome> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  let refused = '';
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return { ok: true, message: `Copied ${what}.` };
    } catch (error) {
      refused = ` (${reasonOf(error)})`;
    }
  }
  if (copyWithSelection(text)) return { ok: true, message: `Copied ${what}.` };
  return {
    ok: false,
    message: `This page may not use the clipboard${refused}: select ${what} below and copy it by hand.`,
  };
}
