import type { ServerTimelineData } from './serverTimelineData.ts';

type WorkerShape = Pick<ServerTimelineData, 'processes' | 'workersPerProcess' | 'workerKind'>;

/**
 * A worker as people name it, counted from 1: `process 2 · thread 1`, `process 1 · greenlet 37`,
 * or just `process 3` when each process has one thread (the talk's "4 processes"). Worker ids
 * are process-major, as core's SlotPool hands them out.
 */
export function workerLabel(shape: WorkerShape, worker: number): string {
  if (worker < 0) return 'no worker yet';
  const process = Math.floor(worker / shape.workersPerProcess) + 1;
  if (shape.workersPerProcess === 1 && shape.workerKind === 'thread') return `process ${process}`;
  const within = (worker % shape.workersPerProcess) + 1;
  if (shape.processes === 1) return `${shape.workerKind} ${within}`;
  return `process ${process} · ${shape.workerKind} ${within}`;
}

/** The longest lane label of a server, in characters (sizes the label column). */
export function longestWorkerLabelChars(shape: WorkerShape): number {
  return workerLabel(shape, shape.processes * shape.workersPerProcess - 1).length;
}

/** `2 processes x 50 greenlets`, `1 process x 4 threads`, `4 processes`: the legend's first line. */
export function serverShapeText(shape: WorkerShape): string {
  const processes = `${shape.processes} process${shape.processes === 1 ? '' : 'es'}`;
  if (shape.workersPerProcess === 1 && shape.workerKind === 'thread') return processes;
  const kind = `${shape.workerKind}${shape.workersPerProcess === 1 ? '' : 's'}`;
  return `${processes} x ${shape.workersPerProcess} ${kind}`;
}
