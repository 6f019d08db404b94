export {
  compileLesson,
  findTerm,
  slugify,
  type CompileOptions,
  type CompileResult,
  type Sanitizer,
} from './compile.js';
export {
  renderWebPage,
  renderPrintPage,
  pageWords,
  citationLink,
  CONTENT_SECURITY_POLICY,
  type PageOptions,
} from './render.js';
export { defineBlock, type Block, type BlockContext, type RenderContext } from './block.js';
export { citationNumbers, markedText } from './marks.js';
export { Fields } from './fields.js';
export { Reporter, LineIndex, didYouMean, formatDiagnostic, type Diagnostic, type Location } from './diagnostics.js';
export { escapeHtml, markup, raw, attr, jsonScript, RawHtml } from './escape.js';
export {
  scorm12Manifest,
  scorm2004Manifest,
  cmi5CourseStructure,
  packageManifest,
  escapeXml,
  PACKAGE_FORMATS,
  type PackageFormat,
  type PackageMeta,
} from './packages.js';
export {
  LESSON_SCHEMA,
  type LessonModel,
  type LessonMeta,
  type Section,
  type Source,
  type ProsePart,
  type BlockPart,
} from './model.js';
