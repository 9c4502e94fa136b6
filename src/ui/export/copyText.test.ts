import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copyText.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyText', () => {
  it('uses the Clipboard API when the page may', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('https://x/?seed=2', 'the link')).toEqual({
      ok: true,
      message: 'Copied the link.',
    });
    expect(writeText).toHaveBeenCalledWith('https://x/?seed=2');
  });

  it('says why and what to do when no way of copying works', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: async () => Promise.reject(new Error('Write permission denied.')) },
    });
    const outcome = await copyText('text', 'the link');
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toBe(
      'This page may not use the clipboard (Write permission denied): select the link below and copy it by hand.',
    );
  });
});
