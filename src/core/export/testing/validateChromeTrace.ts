/**
 * What the Trace Event Format requires of the events the export writes, checked on the parsed
 * JSON (not on our own types, so a wrong type cannot hide a missing field). Returns one sentence
 * per problem; empty means valid. Slices ('X'), instants ('i') and track metadata ('M') only. Also checks what Perfetto needs to draw a track: every slice's
 * thread is named, and slices on one track nest or stay apart (no partial overlap).
 */
export function validateChromeTrace(doc: unknown): string[] {
  const problems: string[] = [];
  if (typeof doc !== 'object' || doc === null || !('traceEvents' in doc)) {
    return ['the document is not an object with traceEvents'];
  }
  const events = doc.traceEvents;
  if (!Array.isArray(events)) return ['traceEvents is not an array'];
  const named = new Set<string>();
  const instants = new Set<string>();
  const slices = new Map<string, Array<{ ts: number; end: number; name: string }>>();
  const isId = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
  const isTime = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  events.forEach((raw: unknown, k) => {
    const e = raw as Record<string, unknown>;
    const where = `event ${k} (${JSON.stringify(e).slice(0, 80)})`;
    if (typeof e['name'] !== 'string') problems.push(`${where} has no name`);
    if (!isId(e['pid']) || !isId(e['tid'])) problems.push(`${where} has no integer pid and tid`);
    const track = `${String(e['pid'])}/${String(e['tid'])}`;
    if (e['ph'] === 'X') {
      if (typeof e['cat'] !== 'string') problems.push(`${where} has no cat`);
      if (!isTime(e['ts']) || !isTime(e['dur'])) problems.push(`${where} needs ts, dur >= 0 (µs)`);
      const list = slices.get(track) ?? [];
      const ts = e['ts'] as number;
      list.push({ ts, end: ts + (e['dur'] as number), name: String(e['name']) });
      slices.set(track, list);
    } else if (e['ph'] === 'i') {
      if (typeof e['cat'] !== 'string') problems.push(`${where} has no cat`);
      if (!isTime(e['ts'])) problems.push(`${where} needs ts >= 0 (µs)`);
      if (!['g', 'p', 't'].includes(String(e['s']))) problems.push(`${where} has no scope s`);
      if (e['s'] === 't') instants.add(track);
    } else if (e['ph'] === 'M') {
      const args = e['args'] as Record<string, unknown> | undefined;
      if (e['name'] === 'process_name' || e['name'] === 'thread_name') {
        if (typeof args?.['name'] !== 'string') problems.push(`${where} has no args.name`);
        if (e['name'] === 'thread_name') named.add(track);
      } else if (e['name'] === 'process_sort_index' || e['name'] === 'thread_sort_index') {
        if (!Number.isInteger(args?.['sort_index'])) problems.push(`${where} has no sort_index`);
      } else {
        problems.push(`${where} is an unknown metadata event`);
      }
    } else {
      problems.push(`${where} has a phase the export does not write`);
    }
  });
  for (const track of instants) {
    if (!named.has(track)) problems.push(`track ${track} has an instant but no thread_name`);
  }
  for (const [track, list] of slices) {
    if (!named.has(track)) problems.push(`track ${track} has slices but no thread_name`);
    // Sorted by start, then longest first (how viewers stack them): each slice must end within
    // every open slice it starts in.
    list.sort((a, b) => a.ts - b.ts || b.end - a.end);
    const open: Array<{ end: number; name: string }> = [];
    for (const s of list) {
      while (open.length > 0 && (open[open.length - 1] as { end: number }).end <= s.ts) open.pop();
      const parent = open[open.length - 1];
      if (parent && s.end > parent.end) {
        problems.push(`on track ${track}, "${s.name}" overlaps "${parent.name}" without nesting`);
      }
      open.push(s);
    }
  }
  return problems;
}
