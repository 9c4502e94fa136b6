import { memo, useLayoutEffect, useRef } from 'react';

export interface CodeListingProps {
  readonly code: string;
  /** 0-based index of the executing line, or null. */
  readonly activeLine: number | null;
  readonly label: string;
}

/**
 * A source listing, one element per line, the executing one marked `aria-current` and scrolled
 * into view inside the listing (never the page: the presenter's scroll position is theirs).
 * Memoised: during a replay it re-renders only when the active line changes.
 */
export const CodeListing = memo(function CodeListing({
  code,
  activeLine,
  label,
}: CodeListingProps) {
  const preRef = useRef<HTMLPreElement>(null);
  const lines = code.replace(/\n$/, '').split('\n');

  useLayoutEffect(() => {
    const pre = preRef.current;
    const line = pre?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!pre || !line) return;
    const top = line.offsetTop;
    const bottom = top + line.offsetHeight;
    if (top < pre.scrollTop || bottom > pre.scrollTop + pre.clientHeight) {
      pre.scrollTop = Math.max(0, top - pre.clientHeight / 3);
    }
  }, [activeLine, code]);

  return (
    <pre ref={preRef} className="code__listing" aria-label={label} tabIndex={0}>
      <code className="code__lines">
        {lines.map((line, index) => {
          const active = index === activeLine;
          return (
            <span
              // Lines never reorder within one listing: the index is their identity.
              key={index}
              className={active ? 'code__line code__line--active' : 'code__line'}
              aria-current={active ? 'true' : undefined}
              data-testid={active ? 'code-active-line' : undefined}
            >
              {line}
            </span>
          );
        })}
      </code>
    </pre>
  );
});
