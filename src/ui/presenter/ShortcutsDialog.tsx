import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { SHORTCUTS } from './shortcutKeys.ts';

export interface ShortcutsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The keyboard shortcuts, in a modal dialog. The native <dialog> opened with showModal() makes
 * the page behind it inert and closes on Esc; Tab is kept inside by hand (the browser would let
 * it leave for its own toolbar), and focus goes back where it was when the dialog closes.
 */
export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab') return;
    const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable.at(-1);
    if (first === undefined || last === undefined) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="shortcuts-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      data-testid="shortcuts-dialog"
      onKeyDown={onKeyDown}
      onClose={() => {
        // Esc closes the native dialog itself: tell the owner, and put focus back.
        returnFocus.current?.focus();
        returnFocus.current = null;
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="shortcuts-dialog__title">
        Keyboard shortcuts
      </h2>
      <table className="shortcuts-dialog__table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.does}>
              <th scope="row">
                {shortcut.keys.map((key, k) => (
                  <span key={key}>
                    {k > 0 ? ' or ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-dialog__note">
        In a slide, the keys reach the lab only while it has focus: click it first, and click
        outside it to give the keys back to the slides.
      </p>
      <button type="button" className="shortcuts-dialog__close" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
