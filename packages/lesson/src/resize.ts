/**
 * In an iframe, tells the parent page how tall the lesson is whenever that
 * changes: `{type: "lessonkit:resize", height}` for Lessonkit's embed.js and
 * `{subject: "lti.frameResize", height}` for Canvas and other LTI hosts.
 * Returns a function that stops it; does nothing outside an iframe.
 */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  let last = 0;
  const send = (): void => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: 'lessonkit:resize', height }, '*');
    win.parent.postMessage({ subject: 'lti.frameResize', height }, '*');
  };
  // The observer reports the first height too, after layout: reading it here would force one.
  const observer = new ResizeObserver(send);
  observer.observe(win.document.documentElement);
  return () => observer.disconnect();
}
