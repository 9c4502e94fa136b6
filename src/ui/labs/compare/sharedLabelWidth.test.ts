import { describe, expect, it } from 'vitest';
import { planCalls, TALK_CALLS } from '../../../core/scenario.ts';
import { pendingTimelineData, timelineLayout } from '../../timeline/index.ts';
import { sharedLabelWidthPx } from './sharedLabelWidth.ts';

const talk = () => pendingTimelineData(planCalls(TALK_CALLS, 1));

describe('sharedLabelWidthPx', () => {
  it('is the widest lane’s own column, so a local work row widens every lane alike', () => {
    const calls = talk();
    const offload = { ...talk(), work: [{ startedAtMs: 0, endedAtMs: 1000 }] };
    const alone = sharedLabelWidthPx([calls]);
    const shared = sharedLabelWidthPx([calls, offload]);
    expect(shared).toBeGreaterThan(alone);
    expect(shared).toBe(sharedLabelWidthPx([offload]));
  });

  it('lines up the plots of lanes with different labels and row counts', () => {
    const lanes = [talk(), { ...talk(), work: [{ startedAtMs: 0, endedAtMs: 1000 }] }];
    const labelWidthPx = sharedLabelWidthPx(lanes);
    const [a, b] = lanes.map((data, k) =>
      timelineLayout({
        rowCount: data.count + data.work.length,
        widthPx: 1200,
        heightPx: 200 + 36 * k,
        longestLabelChars: k === 0 ? 8 : 10,
        labelWidthPx,
      }),
    );
    expect(a?.plotLeftPx).toBe(b?.plotLeftPx);
    expect(a?.plotWidthPx).toBe(b?.plotWidthPx);
  });
});
