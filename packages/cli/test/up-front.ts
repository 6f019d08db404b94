/**
 * What a built lesson page loads before a learner acts: the files of its module scripts and
 * stylesheets, and the text of its inline style sheets.
 */
export function upFront(html: string): { files: string[]; inline: string[] } {
  return {
    files: [...html.matchAll(/<(?:script type="module" src|link rel="stylesheet" href)="([^"]+)"/g)].map(
      (match) => match[1] as string,
    ),
    inline: [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] as string),
  };
}
