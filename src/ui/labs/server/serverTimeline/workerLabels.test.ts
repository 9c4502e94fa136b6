import { describe, expect, it } from 'vitest';
import { longestWorkerLabelChars, serverShapeText, workerLabel } from './workerLabels.ts';

const shape = (processes: number, workersPerProcess: number, kind: 'thread' | 'greenlet') => ({
  processes,
  workersPerProcess,
  workerKind: kind,
});

describe('worker labels', () => {
  it('names workers as the talk does, counted from 1', () => {
    expect(workerLabel(shape(4, 1, 'thread'), 2)).toBe('process 3');
    expect(workerLabel(shape(1, 4, 'thread'), 2)).toBe('thread 3');
    expect(workerLabel(shape(2, 2, 'thread'), 2)).toBe('process 2 · thread 1');
    expect(workerLabel(shape(2, 50, 'greenlet'), 87)).toBe('process 2 · greenlet 38');
    expect(workerLabel(shape(2, 50, 'greenlet'), -1)).toBe('no worker yet');
  });

  it('describes the whole server and sizes the label column by the last worker', () => {
    expect(serverShapeText(shape(2, 50, 'greenlet'))).toBe('2 processes x 50 greenlets');
    expect(serverShapeText(shape(1, 4, 'thread'))).toBe('1 process x 4 threads');
    expect(serverShapeText(shape(4, 1, 'thread'))).toBe('4 processes');
    expect(longestWorkerLabelChars(shape(2, 50, 'greenlet'))).toBe(
      'process 2 · greenlet 50'.length,
    );
  });
});
