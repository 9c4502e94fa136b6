import { CALL_STATUSES } from '../../timeline/timelineCodes.ts';
import { callStatusCode, type TimelineData } from '../../timeline/timelineData.ts';

/**
 * What the timeline shows of `data` with its cursor at `nowMs` (test helper, marble-test style
 * like the core's textTimeline): every span clipped at the cursor, as the views clip them, so a
 * replay half-way and a live run that has only heard of some starts read as what is on screen.
 *
 *     0 session  |=         | 0 → 125
 *     1 business |-=        | 125 → 375
 *     2 user     |          | not sent
 *     now        | ^        | 200
 *
 * Each character covers `msPerChar` ms of an axis `axisEndMs` long: `-` queued (ready, not yet
 * sent), `=` in flight, `#` local work, space nothing yet (or nothing). The data's times follow
 * each line (`…` for an end not yet known), then the call's status unless ok. A `request` line,
 * once the data knows when the request settled, puts `|` there (when the cursor has passed it);
 * the last line puts `^` at the cursor.
 */
export function cursorPicture(
  data: TimelineData,
  nowMs: number,
  msPerChar: number,
  axisEndMs: number,
): string {
  const width = Math.max(1, Math.ceil(axisEndMs / msPerChar));
  const shown = (from: number, to: number, k: number): boolean => {
    const clipped = Math.min(to, nowMs);
    return from < clipped && from < (k + 1) * msPerChar && clipped > k * msPerChar;
  };
  const bar = (paint: (k: number) => string): string =>
    Array.from({ length: width }, (_, k) => paint(k)).join('');
  const names = Array.from(
    { length: data.count },
    (_, i) => `${i} ${data.serviceNames[data.serviceIndex[i] ?? 0] ?? '?'}`,
  );
  const nameWidth = Math.max('request'.length, ...names.map((n) => n.length));
  const lines = names.map((name, i) => {
    const readyAtMs = data.readyAtMs[i] ?? 0;
    const startedAtMs = data.startedAtMs[i] ?? Infinity;
    const endedAtMs = data.endedAtMs[i] ?? Infinity;
    const picture = bar((k) => {
      if (shown(startedAtMs, endedAtMs, k)) return '=';
      if (shown(readyAtMs, startedAtMs, k)) return '-';
      return ' ';
    });
    const times = Number.isFinite(startedAtMs)
      ? `${startedAtMs} → ${Number.isFinite(endedAtMs) ? endedAtMs : '…'}`
      : 'not sent';
    const status = CALL_STATUSES[callStatusCode(data, i)] ?? 'ok';
    return `${name.padEnd(nameWidth)} |${picture}| ${times}${status === 'ok' ? '' : ` ${status}`}`;
  });
  for (const work of data.work) {
    const picture = bar((k) => (shown(work.startedAtMs, work.endedAtMs, k) ? '#' : ' '));
    const end = Number.isFinite(work.endedAtMs) ? work.endedAtMs : '…';
    lines.push(`${'W work'.padEnd(nameWidth)} |${picture}| ${work.startedAtMs} → ${end}`);
  }
  const charAt = (ms: number): number => Math.min(width - 1, Math.floor(ms / msPerChar));
  const settled = data.requestOutcome;
  if (settled && Number.isFinite(settled.settledAtMs)) {
    const at = settled.settledAtMs <= nowMs ? charAt(settled.settledAtMs) : -1;
    const how = settled.failed ? 'failed' : 'ok';
    lines.push(
      `${'request'.padEnd(nameWidth)} |${bar((k) => (k === at ? '|' : ' '))}| ${how} at ${settled.settledAtMs}`,
    );
  }
  const cursorAt = charAt(nowMs);
  lines.push(`${'now'.padEnd(nameWidth)} |${bar((k) => (k === cursorAt ? '^' : ' '))}| ${nowMs}`);
  return lines.join('\n');
}
