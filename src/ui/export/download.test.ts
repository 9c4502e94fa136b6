import { afterEach, describe, expect, it, vi } from 'vitest';
import { download } from './download.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Just enough of a document for download(): one link that records its click. */
function fakeDocument() {
  const link = {
    href: '',
    download: '',
    rel: '',
    style: { display: '' },
    click: vi.fn<() => void>(),
    remove: vi.fn<() => void>(),
  };
  const append = vi.fn<(node: unknown) => void>();
  vi.stubGlobal('document', { createElement: () => link, body: { append } });
  return { link, append };
}

describe('download', () => {
  it('clicks a detached download link to an object URL, and frees the URL later', async () => {
    vi.useFakeTimers();
    const { link, append } = fakeDocument();
    const outcome = download('run.json', '{"a":1}', 'application/json');
    expect(outcome).toEqual({ ok: true, message: 'Saved run.json.' });
    expect(append).toHaveBeenCalledWith(link);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
    expect(link.download).toBe('run.json');
    expect(link.href).toMatch(/^blob:/);
    // The URL still serves the file right after the click...
    expect(await (await fetch(link.href)).text()).toBe('{"a":1}');
    // ...and is revoked a minute later.
    vi.advanceTimersByTime(60_000);
    await expect(fetch(link.href)).rejects.toThrow('fetch failed');
  });

  it('says so where the page cannot create files', () => {
    expect(download('run.json', '{}', 'application/json')).toEqual({
      ok: false,
      message: 'run.json could not be saved: this page cannot create files.',
    });
  });
});
