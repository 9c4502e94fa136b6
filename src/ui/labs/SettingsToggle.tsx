import type { SettingsPanel } from './useSettingsPanel.ts';

/** The button that shows or hides a lab's settings (beside Run and Reset). */
export function SettingsToggle({ panel }: { readonly panel: SettingsPanel }) {
  return (
    <button
      type="button"
      className="settings-toggle"
      aria-expanded={panel.open}
      aria-controls={panel.panelId}
      onClick={panel.toggle}
      data-testid="settings-toggle"
    >
      {panel.open ? 'Hide settings' : 'Settings'}
    </button>
  );
}
