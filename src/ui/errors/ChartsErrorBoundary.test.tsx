import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ChartsErrorBoundary } from './ChartsErrorBoundary.tsx';

// React's server renderer does not run error boundaries, so the boundary's two halves are driven
// directly: the state React derives from a thrown error, and what the boundary renders then.
describe('ChartsErrorBoundary', () => {
  it('renders the charts while nothing has thrown', () => {
    const html = renderToStaticMarkup(
      <ChartsErrorBoundary>
        <p>charts</p>
      </ChartsErrorBoundary>,
    );
    expect(html).toBe('<p>charts</p>');
  });

  it('replaces charts that threw with a one-line alert naming the error', () => {
    const boundary = new ChartsErrorBoundary({ children: <p>charts</p> });
    boundary.state = ChartsErrorBoundary.getDerivedStateFromError(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    const html = renderToStaticMarkup(<>{boundary.render()}</>);
    expect(html).toContain('role="alert"');
    expect(html).toContain('data-testid="charts-error"');
    expect(html).toContain(
      'The charts could not be drawn: Failed to fetch dynamically imported module',
    );
    expect(html).not.toContain('<p>charts</p>');
  });

  it('names a thrown value that is not an Error, and reports it on the console', () => {
    const boundary = new ChartsErrorBoundary({ children: null });
    boundary.state = ChartsErrorBoundary.getDerivedStateFromError('chunk gone');
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toContain('chunk gone');
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    boundary.componentDidCatch(new Error('x'), { componentStack: '' });
    expect(log).toHaveBeenCalledWith(
      'Overlap: the charts stopped with an error.',
      expect.any(Error),
      '',
    );
    log.mockRestore();
  });
});
