import { describe, expect, it } from 'vitest';
import { loadSummary } from '../../../../core/queueing/loadSummary.ts';
import { serverRunInputOf } from '../../../../core/server/serverRunInput.ts';
import { simulateServer } from '../../../../core/server/simulateServer.ts';
import { decodeScenario } from '../../../../core/urlCodec.ts';
import { loadPanelText } from './loadRows.ts';

async function panelOf(query: string) {
  const input = serverRunInputOf(decodeScenario(query).scenario);
  const summary = loadSummary(input, await simulateServer(input));
  return { summary, text: loadPanelText(summary) };
}

describe('the theory panel’s text', () => {
  it('writes Little’s law both sides and M/M/c beside the measured figures', async () => {
    const { summary, text } = await panelOf(
      'lab=server&calls=~100&threads=2&requests=400&arrival=open&arrivalRate=12&seed=4',
    );
    const law = summary.littlesLaw;
    expect(text.littlesLaw).toMatch(/^L = \d+\.\d\d requests in the system on average over \[0, /);
    expect(text.littlesLaw).toContain(`= ${law?.timeAverageInSystem.toFixed(2)}`);
    expect(text.model).toBe('M/M/2 (Erlang C)');
    expect(text.reason).toBeNull();
    expect(text.rows.map((r) => r.key)).toEqual([
      'utilisation',
      'wait-share',
      'mean-wait',
      'mean-latency',
      'in-system',
    ]);
    // ρ = 12/s x 0.1 s / 2 = 60 %; P(wait) of M/M/2 at ρ = 0.6 is 2ρ² / (1 + ρ) = 45 %.
    expect(text.rows[0]?.predicted).toBe('60.0 %');
    expect(text.rows[1]?.predicted).toBe('45.0 %');
  });

  it('keeps Little’s law and utilisation for a closed loop, and says why no form applies', async () => {
    const { text } = await panelOf('lab=server&preset=talk-sync-basic');
    expect(text.littlesLaw).toContain('[0, 25 s]');
    expect(text.model).toBeNull();
    expect(text.reason).toMatch(/^a closed loop/);
    expect(text.rows).toEqual([
      { key: 'utilisation', label: 'utilisation ρ', measured: '100.0 %', predicted: null },
    ]);
  });
});
