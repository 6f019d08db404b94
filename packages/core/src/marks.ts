// The marks a text in a block's data may carry, as in a lesson's prose: DOM-free, for the pipeline
// (Node and browser) and the elements.

/** A piece of a text: a plain run, a glossary mark, or a citation. */
export type TextPiece = { text: string } | { term: string; label: string } | { cite: string };

/**
 * Pieces of a text: plain runs, glossary marks `[[term]]` or `[[term|words]]`, and citations
 * `[@source-id]` (as in a lesson's prose).
 */
export function splitMarks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]|\[@([A-Za-z0-9_-]+)\]/g)) {
    const at = match.index ?? 0;
    if (at > last) pieces.push({ text: text.slice(last, at) });
    if (match[3] !== undefined) pieces.push({ cite: match[3] });
    else {
      const term = (match[1] ?? '').trim();
      pieces.push({ term, label: (match[2] ?? match[1] ?? '').trim() });
    }
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** The ids of the sources cited in `texts` (`[@id]`), in the order first cited. */
export function citedSources(texts: readonly string[]): Set<string> {
  const cited = new Set<string>();
  for (const text of texts) for (const piece of splitMarks(text)) if ('cite' in piece) cited.add(piece.cite);
  return cited;
}
