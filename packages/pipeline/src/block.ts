import type { Reporter } from './diagnostics.js';
import type { Fields } from './fields.js';
import type { LessonMeta } from './model.js';

/** What a block's parser can use besides its own fields. */
export interface BlockContext {
  readonly report: Reporter;
  readonly lang: string;
  /** The lesson's glossary (term → definition), for blocks that pass definitions to their element. */
  readonly glossary: Readonly<Record<string, string>>;
  /** Markdown of one paragraph to safe inline HTML (citations and glossary terms included). */
  inline(markdown: string, offset: number): string;
  /** Markdown of several paragraphs to safe HTML. */
  markdown(markdown: string, offset: number): string;
  /**
   * Claims an item id: reports a duplicate, and an id that is not made of
   * lowercase letters, digits and dashes. Returns whether it is usable.
   */
  claimId(id: string, offset: number): boolean;
}

/** What a block's renderer can use. */
export interface RenderContext {
  readonly meta: LessonMeta;
  readonly lang: string;
}

/**
 * A lesson block: the fenced ```name block a teacher writes, validated into
 * a model and rendered to the element's HTML. Each element package brings its
 * own; the pipeline is a registry of them.
 */
export interface Block<Model = unknown> {
  /** The fence's info string: `question`, `quiz`, `timeline`… */
  readonly name: string;
  /** Reads and checks the block's YAML; undefined when it cannot be used (errors are reported). */
  parse(fields: Fields, context: BlockContext): Model | undefined;
  /** The item ids in the model. */
  items(model: Model): string[];
  /** The element HTML for the web page. */
  render(model: Model, context: RenderContext): string;
  /**
   * For the printed worksheet: the block without answers, and its answer key;
   * `undefined` (or no `print`) prints the block as `render` writes it.
   */
  print?(model: Model, context: RenderContext): { worksheet: string; key: string } | undefined;
}

/** Helps a block module keep its own type while being listed with others. */
export function defineBlock<Model>(block: Block<Model>): Block<Model> {
  return block;
}
