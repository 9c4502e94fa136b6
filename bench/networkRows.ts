/**
 * The network benchmark's rows (bench/network.bench.ts): which calls each row sends, over which
 * protocol, and the query whose virtual makespan predicts it.
 */
const TALK_MS = [125, 250, 375, 500];
const TWELVE_MS = Array.from({ length: 12 }, () => 500);

export interface Row {
  readonly label: string;
  readonly protocol: 'http1' | 'h2';
  readonly latenciesMs: readonly number[];
  readonly allAtOnce: boolean;
  /** `close=1`: each answer closes its HTTP/1.1 connection (the keep-alive lesson). */
  readonly close?: boolean;
  /** The query whose virtual makespan is the prediction. */
  readonly predictedBy: string;
}

export const rows: Row[] = (['http1', 'h2'] as const).flatMap((protocol) => [
  {
    label: 'talk: four calls, one after another',
    protocol,
    latenciesMs: TALK_MS,
    allAtOnce: false,
    predictedBy: 'model=sequential&calls=125,250,375,500',
  },
  {
    label: 'talk: four calls, all at once',
    protocol,
    latenciesMs: TALK_MS,
    allAtOnce: true,
    predictedBy: 'model=promise-all&calls=125,250,375,500',
  },
  {
    label: 'twelve 500 ms calls, all at once',
    protocol,
    latenciesMs: TWELVE_MS,
    allAtOnce: true,
    predictedBy:
      protocol === 'http1'
        ? 'model=worker-pool&limit=6&calls=500*12'
        : 'model=promise-all&calls=500*12',
  },
]);

// The keep-alive lesson: the same four calls, each answer closing its connection.
rows.push({
  label: 'talk: one after another, Connection: close',
  protocol: 'http1',
  latenciesMs: TALK_MS,
  allAtOnce: false,
  close: true,
  predictedBy: 'model=sequential&calls=125,250,375,500',
});

/**
 * How many round trips lie on a row's critical path: one per call one after another; one for
 * calls all at once, or one per wave of six over HTTP/1.1.
 */
export function roundTripsOnPath(row: Row): number {
  if (!row.allAtOnce) return row.latenciesMs.length;
  return row.protocol === 'http1' ? Math.ceil(row.latenciesMs.length / 6) : 1;
}

/** The Fan-out lab's query for a row, on the network engine. */
export function appQuery(row: Row): string {
  const model = row.allAtOnce ? 'promise-all' : 'sequential';
  const calls = row.latenciesMs.every((ms) => ms === 500)
    ? `500*${row.latenciesMs.length}`
    : row.latenciesMs.join(',');
  const close = row.close === true ? '&connection=close' : '';
  return `model=${model}&calls=${calls}&engine=network&protocol=${row.protocol}${close}`;
}
