import { chromeTrace } from '../../core/export/chromeTrace.ts';
import type { ExportableRun } from '../../core/export/exportableRun.ts';
import { harLog } from '../../core/export/harLog.ts';
import { requestsCsv, runCsv } from '../../core/export/runCsv.ts';
import { runJson } from '../../core/export/runJson.ts';
import type { TimelineData } from '../timeline/index.ts';
import { chartSvg, renderedCharts } from './chartSvg.ts';
import { download } from './download.ts';
import { exportFileStem, slug } from './exportFilename.ts';
import { reasonOf, type ExportOutcome } from './exportOutcome.ts';
import { exportWords, type ExportWords } from './exportWords.ts';
import { withPngText } from './pngText.ts';
import { timelinePng, type TimelinePngOptions } from './timelinePng.ts';

/** The files the menu offers (Copy link is not a file: see ExportMenu). */
export type ExportAction = 'png-1x' | 'png-2x' | 'svg' | 'json' | 'csv' | 'trace' | 'har';

/** The timeline to draw as a PNG: the lab's TimelineCanvas inputs. */
export interface TimelinePicture extends TimelinePngOptions {
  readonly data: TimelineData;
}

export interface ExportInputs {
  readonly run: ExportableRun;
  /** When the run started (ISO 8601); null when unknown (the HAR then cannot be written). */
  readonly startedAtIso: string | null;
  readonly timeline: TimelinePicture | null;
  /** Where the charts are rendered; null when they are not on the page. */
  readonly charts: ParentNode | null;
  /** The page's address (`location.href`): the HAR's upstream URLs resolve against it. */
  readonly pageUrl: string;
}

/** Saves one file; `download` in the browser, a recorder in tests. */
export type SaveFile = (filename: string, content: Blob | string, mime: string) => ExportOutcome;

const JSON_MIME = 'application/json';

/**
 * The PNG with its words as tEXt chunks: the title, the caption and the link that reproduces
 * the run (keyword "URL"), so the file says what it shows even without its caption band.
 */
async function describedPng(png: Blob, words: ExportWords): Promise<Blob> {
  const bytes = withPngText(new Uint8Array(await png.arrayBuffer()), [
    ['Title', words.title],
    ['Description', words.caption],
    ['URL', words.link],
    ['Software', 'Overlap'],
  ]);
  return new Blob([bytes], { type: 'image/png' });
}

/** One outcome for several files: every name when all were saved, else the first failure. */
function combined(outcomes: readonly ExportOutcome[]): ExportOutcome {
  const failed = outcomes.find((o) => !o.ok);
  if (failed) return failed;
  if (outcomes.length === 1 && outcomes[0]) return outcomes[0];
  const names = outcomes.map((o) => o.message.replace(/^Saved |\.$/g, ''));
  return { ok: true, message: `Saved ${names.join(', ')}.` };
}

/**
 * Builds and saves the files of one action. Never throws: a failure (no canvas, no chart on the
 * page yet) comes back as an outcome that says what to do.
 */
export async function performExport(
  action: ExportAction,
  inputs: ExportInputs,
  save: SaveFile = download,
): Promise<ExportOutcome> {
  const { run, startedAtIso } = inputs;
  const stem = exportFileStem(run, startedAtIso);
  try {
    // Only the pictures carry words; made here so a bad page URL fails only the exports using it.
    const words = (): ExportWords => exportWords(run, inputs.pageUrl);
    switch (action) {
      case 'png-1x':
      case 'png-2x': {
        if (!inputs.timeline) return { ok: false, message: 'There is no timeline to save yet.' };
        const { data, ...options } = inputs.timeline;
        const scale = action === 'png-2x' ? 2 : 1;
        const described = words();
        const drawn = await timelinePng(data, { ...options, words: described }, scale);
        const png = await describedPng(drawn, described);
        return save(`${stem}-timeline${scale === 2 ? '@2x' : ''}.png`, png, 'image/png');
      }
      case 'svg': {
        const charts = inputs.charts ? renderedCharts(inputs.charts) : [];
        if (charts.length === 0) {
          return { ok: false, message: 'The charts are not drawn yet: wait until they appear.' };
        }
        const described = words();
        return combined(
          charts.map((chart) =>
            save(
              `${stem}-${slug(chart.title)}.svg`,
              chartSvg(chart.svg, described),
              'image/svg+xml',
            ),
          ),
        );
      }
      case 'json':
        return save(`${stem}.json`, runJson(run, { startedAtIso }), JSON_MIME);
      case 'csv': {
        const requests = requestsCsv(run);
        const calls = save(`${stem}-calls.csv`, runCsv(run), 'text/csv');
        return combined(
          requests === null ? [calls] : [calls, save(`${stem}-requests.csv`, requests, 'text/csv')],
        );
      }
      case 'trace':
        return save(`${stem}-trace.json`, chromeTrace(run, { startedAtIso }), JSON_MIME);
      case 'har':
        if (startedAtIso === null) {
          return { ok: false, message: "The HAR needs the run's start time, which is unknown." };
        }
        return save(
          `${stem}.har`,
          harLog(run, { pageUrl: inputs.pageUrl, startedAtIso }),
          JSON_MIME,
        );
    }
  } catch (error) {
    return { ok: false, message: `The export failed: ${reasonOf(error)}.` };
  }
}
