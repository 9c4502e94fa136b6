import { useId, useState, type RefObject } from 'react';
import type { ExportableRun } from '../../core/export/exportableRun.ts';
import { copyText } from './copyText.ts';
import { performExport, type ExportAction, type TimelinePicture } from './exportActions.ts';
import type { ExportOutcome } from './exportOutcome.ts';
import { shareLink } from './shareLink.ts';

export interface ExportMenuProps {
  /**
   * The finished run (see exportableFanOutRun), or null while there is none: every file export
   * is then disabled and `disabledReason` says why. Copy link works either way.
   */
  readonly run: ExportableRun | null;
  /** When the run started, ISO 8601 (useExportRecord): file names and the HAR's dates. */
  readonly startedAtIso: string | null;
  /** What the timeline PNG draws (the lab's TimelineCanvas inputs); null: no PNG. */
  readonly timeline: TimelinePicture | null;
  /** An element around the run's charts: each Recharts <svg> inside becomes one SVG file. */
  readonly chartsRef: RefObject<Element | null>;
  /** The canonical query (encodeScenario) of the scenario "Copy link" shares. */
  readonly query: string;
  /** Why the exports are disabled when `run` is null. Default: run the scenario first. */
  readonly disabledReason?: string;
}

interface FileItem {
  readonly action: ExportAction;
  readonly label: string;
  /** What the file is for, under the label. */
  readonly hint: string;
  readonly testId: string;
}

const FILE_ITEMS: readonly FileItem[] = [
  { action: 'png-1x', label: 'Timeline PNG', hint: 'for documents', testId: 'export-png-1x' },
  { action: 'png-2x', label: 'Timeline PNG 2x', hint: 'for slides', testId: 'export-png-2x' },
  { action: 'svg', label: 'Charts as SVG', hint: 'one file per chart', testId: 'export-svg' },
  { action: 'json', label: 'Run as JSON', hint: 'every number', testId: 'export-json' },
  { action: 'csv', label: 'Calls as CSV', hint: 'for a spreadsheet', testId: 'export-csv' },
  {
    action: 'trace',
    label: 'Chrome Trace',
    hint: 'opens in Perfetto, chrome://tracing',
    testId: 'export-trace',
  },
  { action: 'har', label: 'HAR', hint: "a browser's network panel", testId: 'export-har' },
];

export const DEFAULT_DISABLED_REASON =
  'Run the scenario first: the exports save the results of a finished run.';

/**
 * "Export and share": the finished run as files (timeline PNG at 1x and 2x, charts as SVG, JSON,
 * CSV, Chrome Trace, HAR) and a link that reproduces the scenario. A disclosure, so that it
 * takes one line until it is wanted; every item is a plain button (keyboard and clicker
 * operable), and the status line says what was saved or why not.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { run, startedAtIso, timeline, chartsRef, query } = props;
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [manualLink, setManualLink] = useState<string | null>(null);
  const reasonId = useId();
  const reason = run === null ? (props.disabledReason ?? DEFAULT_DISABLED_REASON) : null;

  const onExport = async (action: ExportAction): Promise<void> => {
    // Buttons stay enabled while a file is built (disabling one would drop keyboard focus), so a
    // second press is ignored instead.
    if (run === null || busy) return;
    setBusy(true);
    setManualLink(null);
    const charts = chartsRef.current;
    const pageUrl = window.location.href;
    const result = await performExport(action, { run, startedAtIso, timeline, charts, pageUrl });
    setBusy(false);
    setOutcome(result);
  };

  const onCopyLink = async (): Promise<void> => {
    const link = shareLink(window.location.href, query);
    const result = await copyText(link, 'the link');
    setManualLink(result.ok ? null : link);
    setOutcome(result);
  };

  return (
    <details className="export-menu" data-testid="export-menu">
      <summary>Export and share</summary>
      <div className="export-menu__body" aria-busy={busy}>
        {reason ? (
          <p id={reasonId} className="export-menu__reason">
            {reason}
          </p>
        ) : null}
        {run?.simulated ? (
          <p className="export-menu__note">
            A virtual run: its HAR is marked as simulated, since no request was sent.
          </p>
        ) : null}
        <ul className="export-menu__items">
          {FILE_ITEMS.map((item) => (
            <li key={item.action}>
              <button
                type="button"
                className="export-menu__button"
                data-testid={item.testId}
                disabled={reason !== null}
                aria-describedby={reason ? reasonId : undefined}
                onClick={() => void onExport(item.action)}
              >
                <span className="export-menu__label">{item.label}</span>
                <span className="export-menu__hint">{item.hint}</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="export-menu__button"
              data-testid="copy-link"
              onClick={() => void onCopyLink()}
            >
              <span className="export-menu__label">Copy link</span>
              <span className="export-menu__hint">this scenario and seed</span>
            </button>
          </li>
        </ul>
        <p
          role="status"
          className={
            outcome?.ok === false ? 'export-menu__status export-menu__error' : 'export-menu__status'
          }
          data-testid="export-status"
        >
          {outcome?.message ?? ''}
        </p>
        {manualLink ? (
          <input
            className="export-menu__link"
            readOnly
            value={manualLink}
            aria-label="Link to this scenario"
            onFocus={(event) => event.currentTarget.select()}
          />
        ) : null}
      </div>
    </details>
  );
}
