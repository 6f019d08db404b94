// docs/authoring.md is the contract for teachers: each block's YAML example there must compile
// without an error, so the page cannot drift from what `lessonkit validate` accepts.
import { createSanitizer } from '@lessonkit/core';
import { compileLesson, formatDiagnostic } from '@lessonkit/pipeline';
import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { blocks } from '../src/lessons.js';

const doc = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
const sanitize = createSanitizer(new JSDOM('').window);

/** Each "## ```name" section's YAML examples, with the block name. */
function examples(): { block: string; yaml: string }[] {
  const found: { block: string; yaml: string }[] = [];
  for (const section of doc.split(/^## /m).slice(1)) {
    const name = /^` ```([a-z-]+) `/.exec(section)?.[1];
    if (!name) continue;
    for (const match of section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)) found.push({ block: name, yaml: match[1]! });
    for (const match of section.matchAll(/^```([a-z-]+)\n([\s\S]*?)^```$/gm))
      if (match[1] === name) found.push({ block: name, yaml: match[2]! });
  }
  return found;
}

/** Front matter listing every source id and glossary term an example refers to. */
function frontMatter(yaml: string): string {
  const ids = new Set([...yaml.matchAll(/sources: \[([^\]]*)\]/g)].flatMap((match) => match[1]!.split(/,\s*/)));
  for (const match of yaml.matchAll(/\[@([a-z0-9-]+)\]/g)) ids.add(match[1]!);
  const terms = new Set([...yaml.matchAll(/\[\[([^\]|]+)/g)].map((match) => match[1]!.trim()));
  return [
    '---',
    'id: doc-example',
    'title: An example',
    ...(ids.size > 0
      ? [
          'sources:',
          ...[...ids].flatMap((id) => [`  - id: ${id}`, `    title: ${id}`, '    url: https://example.org/']),
        ]
      : []),
    ...(terms.size > 0 ? ['glossary:', ...[...terms].map((term) => `  ${term}: A definition.`)] : []),
    '---',
  ].join('\n');
}

describe('docs/authoring.md', () => {
  const all = examples();

  it('has a YAML example for every block the CLI knows', () => {
    const documented = new Set(all.map((example) => example.block));
    const missing = blocks.map((block) => block.name).filter((name) => !documented.has(name));
    assert.deepEqual(missing, [], `no example in docs/authoring.md for: ${missing.join(', ')}`);
  });

  for (const [index, { block, yaml }] of all.entries()) {
    it(`example ${index + 1} (\`\`\`${block}) compiles without an error`, () => {
      const source = `${frontMatter(yaml)}\n\n## A section\n\n\`\`\`${block}\n${yaml}\`\`\`\n`;
      const { diagnostics } = compileLesson(source, { file: 'authoring.md', blocks, sanitize });
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(formatDiagnostic);
      assert.deepEqual(errors, []);
    });
  }
});
