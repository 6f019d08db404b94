// Figures and Markdown for the bench's tables.

/** The middle value (the upper middle for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** "min–max", rounded. */
export const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;

/** A Markdown table from a header row and rows of cells. */
export const markdownTable = (header, rows) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
