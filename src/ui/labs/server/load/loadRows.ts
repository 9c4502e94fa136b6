import { formatDuration } from '../../../../core/format/formatDuration.ts';
import { formatNumber } from '../../../../core/format/formatNumber.ts';
import type { LoadSummary } from '../../../../core/queueing/loadSummary.ts';

/** One line of the theory panel: a quantity measured on the run beside its prediction. */
export interface LoadRow {
  readonly key: string;
  readonly label: string;
  readonly measured: string;
  /** The closed form's value, or null when it has none for this quantity. */
  readonly predicted: string | null;
}

/** What the theory panel shows of a run: Little's law, utilisation, the closed form's rows. */
export interface LoadPanelText {
  /** Little's law both sides, e.g. "L = 1.87 requests = λW = 6.72/s x 278.4 ms". */
  readonly littlesLaw: string | null;
  readonly rows: readonly LoadRow[];
  /** The closed form's name, e.g. "M/M/4 (Erlang C)", or null. */
  readonly model: string | null;
  /** Why no closed form applies (one sentence), or null. */
  readonly reason: string | null;
}

const count = (value: number): string => formatNumber(value, { decimals: 2, trim: false });
const percent = (share: number): string =>
  `${formatNumber(share * 100, { decimals: 1, trim: false })} %`;

/** The theory panel's text for a finished run (pure: the lab's component only lays it out). */
export function loadPanelText(summary: LoadSummary): LoadPanelText {
  const law = summary.littlesLaw;
  const { theory, reason } = summary.theory;
  const littlesLaw =
    law === null
      ? null
      : `L = ${count(law.timeAverageInSystem)} requests in the system on average over ` +
        `[0, ${formatDuration(law.windowMs)}] = λ x W = ${formatNumber(law.throughputPerSec, { decimals: 2 })}/s ` +
        `x ${formatDuration(law.meanLatencyMs)} = ${count(law.throughputTimesLatency)}`;
  const rows: LoadRow[] = [
    {
      key: 'utilisation',
      label: 'utilisation ρ',
      measured: summary.measuredUtilisation === null ? '—' : percent(summary.measuredUtilisation),
      predicted: summary.offeredUtilisation === null ? null : percent(summary.offeredUtilisation),
    },
  ];
  if (theory !== null) {
    const p = theory.prediction;
    rows.push(
      {
        key: 'wait-share',
        label: 'P(wait)',
        measured: percent(summary.shareThatWaited),
        predicted: percent(p.probabilityOfWait),
      },
      {
        key: 'mean-wait',
        label: 'mean wait',
        measured: formatDuration(summary.meanWaitMs),
        predicted: formatDuration(p.meanWaitMs),
      },
      {
        key: 'mean-latency',
        label: 'mean latency',
        measured: law === null ? '—' : formatDuration(law.meanLatencyMs),
        predicted: formatDuration(p.meanLatencyMs),
      },
      {
        key: 'in-system',
        label: 'L (in the system)',
        measured: law === null ? '—' : count(law.timeAverageInSystem),
        predicted: count((theory.arrivalRatePerSec * p.meanLatencyMs) / 1000),
      },
    );
  }
  const model =
    theory === null
      ? null
      : theory.model === 'M/M/c'
        ? `M/M/${theory.servers} (Erlang C)`
        : 'M/D/1 (Pollaczek-Khinchine)';
  return { littlesLaw, rows, model, reason };
}
