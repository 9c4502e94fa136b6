/**
 * The call a key press selects on the focused timeline: arrows move one call, Page keys move a
 * page, Home/End jump to the ends, Escape clears. `undefined` means the key is not ours (let the
 * browser have it). The first arrow press selects the first (Down) or last (Up) call.
 */
export function nextSelection(
  key: string,
  current: number | null,
  count: number,
  pageSize: number,
): number | null | undefined {
  if (key === 'Escape') return current === null ? undefined : null;
  if (count <= 0) return undefined;
  const last = count - 1;
  const clamp = (i: number): number => Math.min(last, Math.max(0, i));
  const page = Math.max(1, Math.floor(pageSize));
  switch (key) {
    case 'ArrowDown':
      return current === null ? 0 : clamp(current + 1);
    case 'ArrowUp':
      return current === null ? last : clamp(current - 1);
    case 'PageDown':
      return current === null ? clamp(page - 1) : clamp(current + page);
    case 'PageUp':
      return current === null ? 0 : clamp(current - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
