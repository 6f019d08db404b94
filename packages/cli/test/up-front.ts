/** The files a built lesson page loads before a learner acts: its module scripts, the modules it preloads, its stylesheets. */
export function upFront(html: string): string[] {
  return [
    ...html.matchAll(/<(?:script type="module" src|link rel="(?:modulepreload|stylesheet)" href)="([^"]+)"/g),
  ].map((match) => match[1] as string);
}
