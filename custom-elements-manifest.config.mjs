// Shared config for `cem analyze`, run in each package (`npm run analyze`).
// The analyzer cannot follow a class into another workspace package, so the
// plugin below copies what an element inherits from @lessonkit/core (item-id,
// lang, strings, CSS properties) from core's manifest, which is built first.
import { readFileSync } from 'node:fs';

const CORE = '@lessonkit/core';

function inheritFromCore() {
  return {
    name: 'lessonkit-inherit-from-core',
    packageLinkPhase({ customElementsManifest }) {
      let core;
      try {
        core = JSON.parse(readFileSync(new URL('./packages/core/custom-elements.json', import.meta.url), 'utf8'));
      } catch {
        return; // analyzing core itself, or core not analyzed yet
      }
      const classes = new Map();
      for (const module of core.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') classes.set(declaration.name, declaration);
        }
      }
      const lists = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties'];
      const copyInto = (declaration, base, from) => {
        for (const list of lists) {
          const own = [...(declaration[list] ?? [])];
          const names = new Set(own.map((item) => `${item.kind ?? ''}:${item.name}`));
          for (const item of base[list] ?? []) {
            if (item.privacy === 'private' || names.has(`${item.kind ?? ''}:${item.name}`)) continue;
            own.push({ ...item, inheritedFrom: item.inheritedFrom ?? from });
          }
          if (own.length > 0) declaration[list] = own;
        }
      };
      const local = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class') local.set(declaration.name, { declaration, module: module.path });
        }
      }
      // First what comes from core, then down through this package's own subclasses.
      const done = new Set();
      const resolve = (declaration) => {
        if (done.has(declaration)) return;
        done.add(declaration);
        const superclass = declaration.superclass;
        if (!superclass) return;
        if (superclass.package === CORE) {
          const base = classes.get(superclass.name);
          if (base) copyInto(declaration, base, { name: base.name, package: CORE });
          return;
        }
        const parent = local.get(superclass.name);
        if (!parent) return;
        resolve(parent.declaration);
        copyInto(declaration, parent.declaration, { name: parent.declaration.name, module: parent.module });
      };
      for (const { declaration } of local.values()) resolve(declaration);
    },
  };
}

/**
 * Keeps the manifest to the public API: drops private and protected members,
 * `#private` ones and static plumbing (`styles`, `shadowRootOptions`), which
 * would otherwise appear as controls in Storybook's docs.
 */
function publicApiOnly() {
  return {
    name: 'lessonkit-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#') &&
              !member.static,
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [inheritFromCore(), publicApiOnly()],
};
