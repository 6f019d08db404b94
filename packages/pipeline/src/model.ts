/** The version of the lesson model's shape; it goes up when the shape changes. */
export const LESSON_SCHEMA = 1;

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly date?: string;
}

export interface LessonMeta {
  readonly id: string;
  readonly title: string;
  readonly lang: string;
  readonly summary?: string;
  readonly audience?: string;
  readonly duration?: string;
  readonly objectives: readonly string[];
  readonly standards: readonly string[];
  readonly contentNote?: string;
  /** 0..1 of the scored points. */
  readonly passingScore?: number;
  readonly sources: readonly Source[];
  /** Term → definition. */
  readonly glossary: Readonly<Record<string, string>>;
  /** Help and resources for the lesson's resources panel: Markdown in the file, safe HTML in the model. */
  readonly resources?: string;
}

/** A run of prose, already rendered and sanitized. */
export interface ProsePart {
  readonly kind: 'prose';
  readonly html: string;
}

/** An interactive block: its name and the model its block module parsed. */
export interface BlockPart {
  readonly kind: 'block';
  readonly block: string;
  readonly model: unknown;
  /** The item ids it holds (for completion and duplicate checks). */
  readonly items: readonly string[];
  /** `optional: true`: its activities are saved but do not count toward completion or the score. */
  readonly optional?: boolean;
}

export interface Section {
  readonly title: string;
  /** A URL-safe id, unique in the lesson. */
  readonly slug: string;
  readonly parts: readonly (ProsePart | BlockPart)[];
}

/** A validated lesson: plain JSON, ready to render to any target. */
export interface LessonModel {
  readonly schema: typeof LESSON_SCHEMA;
  readonly meta: LessonMeta;
  readonly sections: readonly Section[];
}
