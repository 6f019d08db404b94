/** What a Lessonkit page in an iframe posts when its height changes (see `reportHeight`). */
interface ResizeMessage {
  type: 'lessonkit:resize';
  height: number;
}

const isResize = (data: unknown): data is ResizeMessage =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'lessonkit:resize' &&
  typeof (data as { height?: unknown }).height === 'number' &&
  Number.isFinite((data as { height: number }).height);

/**
 * For the page that embeds lessons: sizes each iframe to the height its
 * lesson reports, so no inner scroll bar appears. Only messages from one of
 * the page's own iframes count, and heights are kept within sane bounds.
 * Returns a function that stops it.
 */
export function autoSizeFrames(win: Window = window): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (!isResize(event.data)) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.min(Math.max(Math.ceil(event.data.height), 100), 100_000);
      frame.style.height = `${height}px`;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
