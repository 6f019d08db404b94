import { css } from 'lit';

/** `list` with `item` moved to index `to` (a new array; the same one when nothing moves). */
export function moveItem<T>(list: readonly T[], item: T, to: number): readonly T[] {
  const from = list.indexOf(item);
  if (from < 0 || to < 0 || to >= list.length || to === from) return list;
  const next = [...list];
  next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The index of the row a pointer at `clientY` is over (by the rows' midpoints). */
export function rowIndexAt(rows: readonly Element[], clientY: number): number {
  for (const [index, row] of rows.entries()) {
    const box = row.getBoundingClientRect();
    if (clientY < box.top + box.height / 2) return index;
  }
  return rows.length - 1;
}

export interface PointerReorder {
  /** The rows, top to bottom, as they are now. */
  rows(): readonly Element[];
  /** The dragged item should now be at `to`. */
  moveTo(to: number): void;
  /** The drag is over (the caller compares the order with the one it started with). */
  end(): void;
}

/**
 * Drags a row to reorder a list, with a mouse, a pen or a finger. The
 * pointer is captured on `host` (rows move in the DOM while dragging; the
 * host does not), and only the pointer that started the drag counts.
 */
export function dragToReorder(host: HTMLElement, start: PointerEvent, reorder: PointerReorder): void {
  start.preventDefault();
  try {
    host.setPointerCapture(start.pointerId);
  } catch {
    // Not an active pointer (a synthetic event): listening on the host still works.
  }
  const move = (event: PointerEvent): void => {
    if (event.pointerId !== start.pointerId) return;
    reorder.moveTo(rowIndexAt(reorder.rows(), event.clientY));
  };
  const end = (event: PointerEvent): void => {
    if (event.pointerId !== start.pointerId) return;
    host.removeEventListener('pointermove', move);
    host.removeEventListener('pointerup', end);
    host.removeEventListener('pointercancel', end);
    if (host.hasPointerCapture(start.pointerId)) host.releasePointerCapture(start.pointerId);
    reorder.end();
  };
  host.addEventListener('pointermove', move);
  host.addEventListener('pointerup', end);
  host.addEventListener('pointercancel', end);
}

/** Styles of reorderable rows: a drag handle and Move up / Move down buttons (44px targets). */
export const reorderStyles = css`
  .handle {
    flex: none;
    display: grid;
    place-items: center;
    width: 2rem;
    min-height: 2.75rem;
    color: var(--_muted);
    cursor: grab;
    touch-action: none;
    user-select: none;
  }
  .handle[aria-disabled='true'] {
    cursor: default;
    opacity: 0.4;
  }
  .dragging {
    border-style: dashed;
    border-color: var(--_accent);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  .move {
    flex: none;
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .move[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
  }
`;
