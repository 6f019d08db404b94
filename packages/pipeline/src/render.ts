import type { Block, RenderContext } from './block.js';
import { attr, markup, raw, type RawHtml } from './escape.js';
import type { BlockPart, LessonModel, Source } from './model.js';

export interface PageOptions {
  readonly blocks: readonly Block[];
  /** Module scripts, relative to the page (`assets/lessonkit.js`). */
  readonly scripts?: readonly string[];
  /**
   * Modules the scripts import, relative to the page: fetched at once beside the scripts
   * (`<link rel="modulepreload">`), not after a script has arrived and named them.
   */
  readonly modulePreloads?: readonly string[];
  /** Stylesheets, relative to the page. */
  readonly styles?: readonly string[];
  /**
   * Style sheets written into the page (no request before it can paint), each with the base64
   * SHA-256 of its text, which the Content-Security-Policy allows by name.
   */
  readonly inlineStyles?: readonly { readonly css: string; readonly sha256: string }[];
}

/** A strict policy: no inline script, no eval, nothing loaded from elsewhere but images and media. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "media-src 'self' https:",
  "connect-src 'self' https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const words = {
  en: {
    sources: 'Sources',
    about: 'About this lesson',
    audience: 'Audience',
    duration: 'Time',
    objectives: 'You will be able to',
    standards: 'Standards',
    worksheet: 'Worksheet',
    answerKey: 'Answer key (for teachers)',
    name: 'Name',
    date: 'Date',
    contentNote: 'Content note',
    resources: 'Help and resources',
    optional: 'Optional: not counted toward finishing the lesson or your score.',
    source: 'Source',
  },
  es: {
    sources: 'Fuentes',
    about: 'Sobre esta lección',
    audience: 'Para',
    duration: 'Duración',
    objectives: 'Podrás',
    standards: 'Estándares',
    worksheet: 'Hoja de trabajo',
    answerKey: 'Respuestas (para docentes)',
    name: 'Nombre',
    date: 'Fecha',
    contentNote: 'Aviso sobre el contenido',
    resources: 'Ayuda y recursos',
    optional: 'Opcional: no cuenta para terminar la lección ni para tu puntuación.',
    source: 'Fuente',
  },
} as const;

export const pageWords = (lang: string) => (lang === 'es' ? words.es : words.en);

/**
 * A citation of source `id`, number `n` in the lesson's list: `[n]`, a link to `#source-<id>` (which
 * `<lk-lesson>` opens in its sources panel), named "Source n" for a screen reader.
 */
export function citationLink(id: string, n: number, lang: string): RawHtml {
  return markup`<a class="lk-cite" href=${`#source-${id}`} aria-label=${`${pageWords(lang).source} ${n}`}>[${n}]</a>`;
}

function renderSource(source: Source): RawHtml {
  const details = [source.publisher, source.date].filter(Boolean).join(', ');
  return markup`<li id=${`source-${source.id}`}>
    ${source.url ? markup`<a href=${source.url}>${source.title}</a>` : source.title}${details ? `, ${details}` : ''}
  </li>`;
}

function renderAbout(lesson: LessonModel): RawHtml {
  const { meta } = lesson;
  // Nothing to say about the lesson: no start page, the lesson opens on its first section.
  if (
    !meta.summary &&
    !meta.audience &&
    !meta.duration &&
    meta.standards.length === 0 &&
    meta.objectives.length === 0
  ) {
    return raw('');
  }
  const w = pageWords(meta.lang);
  const facts = [
    meta.audience
      ? markup`<dt>${w.audience}</dt>
          <dd>${meta.audience}</dd>`
      : raw(''),
    meta.duration
      ? markup`<dt>${w.duration}</dt>
          <dd>${meta.duration}</dd>`
      : raw(''),
    meta.standards.length > 0
      ? markup`<dt>${w.standards}</dt>
          <dd>${meta.standards.join(', ')}</dd>`
      : raw(''),
  ];
  return markup`<div slot="about" class="lk-about">
    ${meta.summary ? markup`<p class="lk-summary">${meta.summary}</p>` : ''}
    ${meta.audience || meta.duration || meta.standards.length > 0 ? markup`<dl>${facts}</dl>` : ''}
    ${
      meta.objectives.length > 0
        ? markup`<h2>${w.objectives}</h2>
            <ul>
              ${meta.objectives.map((objective) => markup`<li>${objective}</li>`)}
            </ul>`
        : ''
    }
  </div>`;
}

function sourcesList(lesson: LessonModel): RawHtml {
  if (lesson.meta.sources.length === 0) return raw('');
  return markup`<section slot="sources" class="lk-sources" aria-labelledby="lk-sources-title">
    <h2 id="lk-sources-title">${pageWords(lesson.meta.lang).sources}</h2>
    <ol>
      ${lesson.meta.sources.map(renderSource)}
    </ol>
  </section>`;
}

/** The page's policy: the strict one, with the hashes of its own inline style sheets. */
function contentSecurityPolicy(options: PageOptions): string {
  const hashes = (options.inlineStyles ?? []).map((style) => ` 'sha256-${style.sha256}'`).join('');
  return CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self'${hashes}`);
}

function inlineStyle(css: string): RawHtml {
  if (/<\/style/i.test(css)) throw new Error('an inline style sheet cannot contain "</style".');
  return raw(`<style>${css}</style>`);
}

function head(lesson: LessonModel, options: PageOptions, extra: RawHtml = raw('')): RawHtml {
  return markup`<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content=${contentSecurityPolicy(options)} />
    <title>${lesson.meta.title}</title>
    ${lesson.meta.summary ? markup`<meta name="description" content=${lesson.meta.summary} />` : ''}
    <meta name="generator" content="Lessonkit" />
    <link rel="icon" href="data:," />
    ${(options.styles ?? []).map((href) => markup`<link rel="stylesheet" href=${href} />`)}
    ${(options.inlineStyles ?? []).map((style) => inlineStyle(style.css))}
    ${(options.modulePreloads ?? []).map((href) => markup`<link rel="modulepreload" href=${href} />`)}
    ${(options.scripts ?? []).map((src) => markup`<script type="module" src=${src}></script>`)} ${extra}
  </head>`;
}

/**
 * A block as written, or, when its activities are optional, in a `data-optional` box (which
 * `<lk-lesson>` leaves out of completion and the score) that says so first: a group named by its
 * note for a screen reader. A div, not a fieldset: it breaks across printed pages in any browser.
 */
function optionalBlock(part: BlockPart, html: RawHtml, note: string): RawHtml {
  if (!part.optional) return html;
  const noteId = `lk-optional-${part.items[0] ?? part.block}`;
  return markup`<div class="lk-optional" data-optional role="group" aria-labelledby=${noteId}>
      <p class="lk-optional-note" id=${noteId}>${note}</p>
      ${html}
    </div>`;
}

/**
 * The web page of a lesson: an `<lk-lesson>` whose content is plain HTML in
 * reading order (sections, questions as declarative elements, sources), so it
 * reads without JavaScript; the scripts upgrade it.
 */
export function renderWebPage(lesson: LessonModel, options: PageOptions): string {
  const { meta } = lesson;
  const blocks = new Map(options.blocks.map((block) => [block.name, block]));
  const context: RenderContext = { meta, lang: meta.lang };
  const w = pageWords(meta.lang);
  const page = markup`<!doctype html>
<html lang=${meta.lang}>
  ${head(lesson, options)}
  <body>
    <main>
    <lk-lesson${attr('lesson-id', meta.id)}${attr('passing-score', meta.passingScore)}>
      <h1 slot="title">${meta.title}</h1>
      ${renderAbout(lesson)}
      ${meta.contentNote ? markup`<p slot="content-note"><strong>${w.contentNote}:</strong> ${meta.contentNote}</p>` : ''}
      ${lesson.sections.map(
        (section) =>
          markup`<section id=${section.slug} class="lk-section">
            <h2>${section.title}</h2>
            ${section.parts.map((part) =>
              part.kind === 'prose'
                ? raw(part.html)
                : optionalBlock(part, raw(blocks.get(part.block)?.render(part.model, context) ?? ''), w.optional),
            )}
          </section>`,
      )}
      ${sourcesList(lesson)}
      ${
        meta.resources
          ? markup`<aside slot="resources" class="lk-resources" aria-label=${w.resources}>
              ${raw(meta.resources)}
            </aside>`
          : ''
      }
    </lk-lesson>
    </main>
  </body>
</html>
`;
  return page.html;
}

/** The printable worksheet: every question without its answers, then an answer key for teachers. */
export function renderPrintPage(lesson: LessonModel, options: PageOptions): string {
  const { meta } = lesson;
  const blocks = new Map(options.blocks.map((block) => [block.name, block]));
  const context: RenderContext = { meta, lang: meta.lang };
  const w = pageWords(meta.lang);
  const keys: RawHtml[] = [];
  const sections = lesson.sections.map((section) => {
    const parts = section.parts.map((part) => {
      // On paper a collapsed <details> would print as a bare marker: print it open.
      if (part.kind === 'prose') return raw(part.html.replace(/<details(?![^>]*\sopen)/g, '<details open'));
      const block = blocks.get(part.block);
      const printed = block?.print?.(part.model, context);
      if (!printed) return optionalBlock(part, raw(block?.render(part.model, context) ?? ''), w.optional);
      if (printed.key) keys.push(raw(printed.key));
      return optionalBlock(part, raw(printed.worksheet), w.optional);
    });
    return markup`<section class="lk-section">
      <h2>${section.title}</h2>
      ${parts}
    </section>`;
  });
  const page = markup`<!doctype html>
    <html lang=${meta.lang}>
      ${head({ ...lesson }, { blocks: options.blocks, styles: options.styles ?? [] })}
      <body class="lk-print">
        <header>
          <h1>${meta.title}</h1>
          <p class="lk-student">${w.name}: ____________________ ${w.date}: ____________</p>
          ${meta.contentNote ? markup`<p class="lk-note"><strong>${w.contentNote}:</strong> ${meta.contentNote}</p>` : ''}
        </header>
        <main>${sections}</main>
        ${
          meta.resources
            ? markup`<section class="lk-resources">
                <h2>${w.resources}</h2>
                ${raw(meta.resources)}
              </section>`
            : ''
        }
        ${
          lesson.meta.sources.length > 0
            ? markup`<section class="lk-sources">
                <h2>${w.sources}</h2>
                <ol>
                  ${lesson.meta.sources.map(renderSource)}
                </ol>
              </section>`
            : ''
        }
        ${
          keys.length > 0
            ? markup`<section class="lk-answer-key">
                <h2>${w.answerKey}</h2>
                <ol>
                  ${keys}
                </ol>
              </section>`
            : ''
        }
      </body>
    </html> `;
  return page.html;
}
