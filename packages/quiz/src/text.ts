/**
 * The text of authored content as a reader would say it: feedback inside it
 * left out, white space folded.
 */
export function plainText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const feedback of copy.querySelectorAll('[slot="feedback"]')) feedback.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The identifier of the n-th authored part: `a`, `b`, … `z`, then `c27`, `c28`, … */
export function letter(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `c${index + 1}`;
}
