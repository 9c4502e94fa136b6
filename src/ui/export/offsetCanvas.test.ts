import { describe, expect, it } from 'vitest';
import { RecordingCanvas } from '../timeline/testing/recordingCanvas.ts';
import { OffsetCanvas } from './offsetCanvas.ts';

describe('OffsetCanvas', () => {
  it('shifts every transform the renderer sets, and passes drawing through unchanged', () => {
    const target = new RecordingCanvas();
    const transforms: number[][] = [];
    target.setTransform = (...args: number[]) => {
      transforms.push(args);
    };
    const shifted = new OffsetCanvas(target, 3, 80);
    shifted.setTransform(1, 0, 0, 1, 0, 0);
    shifted.fillStyle = '#123456';
    shifted.globalAlpha = 0.5;
    shifted.fillRect(1, 2, 3, 4);
    expect(transforms).toEqual([[1, 0, 0, 1, 3, 80]]);
    expect(shifted.fillStyle).toBe('#123456');
    expect(target.calls).toEqual([
      expect.objectContaining({ op: 'fillRect', x: 1, y: 2, style: '#123456', alpha: 0.5 }),
    ]);
  });
});
