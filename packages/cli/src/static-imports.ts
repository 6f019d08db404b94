/**
 * The relative modules a bundled script imports statically (`import"./x.js"`,
 * `import{a}from"./x.js"`, `import x from"./x.js"`), not `import("./x.js")`:
 * what a page loads with the script before it can run.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*(?:\{[^}]*\}\s*from\s*|[\w$]+\s*from\s*)?"(\.\.?\/[^"]+)"/g)].map(
    (match) => match[1] as string,
  );
}
