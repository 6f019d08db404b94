// Texts in a block's data that carry marks (`[@id]` citations, `[[term]]` glossary marks), as the
// bill and argument blocks keep them for their elements: their HTML for a fallback or the worksheet,
// and the numbers of the sources they cite. DOM-free.
import { citedSources, splitMarks } from '@lessonkit/core/marks.js';
import type { RenderContext } from './block.js';
import { citationLink } from './render.js';

/**
 * Text for a plain-HTML fallback or the worksheet: `[[term|words]]` marks as their words, `[@id]`
 * citations as the links a lesson's prose has (`citationLink`; a source the lesson does not list,
 * which the block has reported, as plain `[id]`).
 */
export const markedText = (text: string, citations: Readonly<Record<string, number>>, lang: string) =>
  splitMarks(text).map((piece) => {
    if ('text' in piece) return piece.text;
    if ('term' in piece) return piece.label;
    const n = citations[piece.cite];
    return n === undefined ? `[${piece.cite}]` : citationLink(piece.cite, n, lang);
  });

/** The number each source cited in `texts` has in the lesson's list (1-based), by id. */
export function citationNumbers(texts: readonly string[], context: RenderContext): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const id of citedSources(texts)) {
    const index = context.meta.sources.findIndex((source) => source.id === id);
    if (index >= 0) numbers[id] = index + 1;
  }
  return numbers;
}
