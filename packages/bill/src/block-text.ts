// The texts of the bill blocks, for the pipeline: DOM-free.
import { citationLink, type RenderContext } from '@lessonkit/pipeline';
import { splitTerms } from './model.js';

/**
 * Text for a plain-HTML fallback or the worksheet: `[[term|words]]` marks as their words, `[@id]`
 * citations as the links a lesson's prose has (`citationLink`; a source the lesson does not list,
 * which the block has reported, as plain `[id]`).
 */
export const plain = (text: string, citations: Readonly<Record<string, number>>, lang: string) =>
  splitTerms(text).map((piece) => {
    if ('text' in piece) return piece.text;
    if ('term' in piece) return piece.label;
    const n = citations[piece.cite];
    return n === undefined ? `[${piece.cite}]` : citationLink(piece.cite, n, lang);
  });

/** The ids of the sources cited in `texts` (`[@id]`). */
export function citedSources(texts: readonly string[]): Set<string> {
  const cited = new Set<string>();
  for (const text of texts) for (const piece of splitTerms(text)) if ('cite' in piece) cited.add(piece.cite);
  return cited;
}

/** The number each source cited in `texts` has in the lesson's list (1-based), by id. */
export function citationNumbers(texts: readonly string[], context: RenderContext): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const id of citedSources(texts)) {
    const index = context.meta.sources.findIndex((source) => source.id === id);
    if (index >= 0) numbers[id] = index + 1;
  }
  return numbers;
}
