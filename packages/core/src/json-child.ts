/**
 * Reads an element's data from its `<script type="application/json">` child —
 * what a lesson build writes, and what a strict CSP allows (a JSON script is
 * never run). JSON that cannot be parsed is logged with the element's name and
 * returned as `error`, for the element to show in place.
 */
export function readJsonChild<T>(host: Element): { data?: T; error?: string } {
  const island = host.querySelector(':scope > script[type="application/json"]');
  if (!island?.textContent?.trim()) return {};
  try {
    return { data: JSON.parse(island.textContent) as T };
  } catch (error) {
    console.error(`[lessonkit] ${host.localName}: its data could not be read (${String(error)}).`);
    return { error: String(error) };
  }
}
