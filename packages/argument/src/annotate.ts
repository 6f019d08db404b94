import { LkElement, citeStyles, type BuildEnv, type ItemState } from '@lessonkit/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LkActivity } from './activity.js';
import { activityStyles } from './activity.styles.js';
import { annotateStyles } from './annotate.styles.js';
import {
  TAGS,
  annotateProblem,
  labelId,
  tagIsRight,
  type AnnotateData,
  type AnnotateSpan,
  type CustomLabel,
  type Tag,
} from './annotate-model.js';
import './annotate-strings.js';

interface Label {
  readonly id: string;
  readonly name: string;
  readonly define: string;
}

/** The first words of a sentence, to name it in the feedback. */
function opening(text: string, words = 8): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}

/**
 * A passage split into sentences (or spans the author marks), and the learner
 * tags each one with a label — thesis, claim, evidence, reasoning, appeal to
 * emotion, loaded language, no tag, or labels of the author's own. A whole
 * sentence is tagged at once, by pointer or keyboard: choose a tag in the
 * legend, then select sentences; on a sentence, number keys give a tag
 * directly. Check compares the tags with the author's key: each sentence gets
 * its own feedback and why, and the score is the share tagged right.
 *
 * @tagname lk-annotate
 * @summary Tag each sentence of a passage with its role in the argument, checked against a key, with partial credit.
 *
 * @slot - Fallback content shown until the element runs; a `<script type="application/json">` child holds the data.
 *
 * @csspart legend - The group of labels to tag with.
 * @csspart passage - The passage.
 * @csspart sentence - Each sentence (a button); also `tagged`, `right` or `wrong` as it goes.
 * @csspart tag - The tag shown after a sentence.
 * @csspart results - The per-sentence feedback after a check.
 * @csspart check-button - Check.
 * @csspart retry-button - Try again.
 * @csspart status - The summary and notices (a polite live region).
 * @csspart error - An author error.
 *
 * @fires lk-answer - When the learner checks. `interaction: "matching"`, `response`: `sentence.label` pairs (`"3.claim"`, 1-based), `score`: the share of `points` tagged right.
 */
export class LkAnnotate extends LkActivity<AnnotateData> {
  static override styles = [LkElement.styles, activityStyles, annotateStyles, citeStyles];

  /** Points for a passage tagged all right (a share of them for some); one per sentence when unset. */
  @property({ type: Number }) points: number | undefined;

  /** The learner's tag per sentence. */
  @state() private tags: readonly (string | undefined)[] = [];
  /** The label that selecting a sentence gives it. */
  @state() private brush = '';
  /** Sentences tagged right at the last check, kept (and locked) through a retry. */
  @state() private kept: ReadonlySet<number> = new Set();
  /** The sentence in the tab order (the passage is one tab stop; the arrow keys move in it). */
  @state() private current = 0;

  protected readonly stringPrefix = 'annotate';

  protected problem(data: AnnotateData): string {
    return (import.meta as BuildEnv).env?.LESSONKIT_VALIDATED ? '' : annotateProblem(data);
  }

  /** The learner's tags as `sentence.label` pairs (1-based), untagged sentences left out. */
  get response(): string[] {
    return this.tags.flatMap((tag, index) => (tag === undefined ? [] : [`${index + 1}.${tag}`]));
  }

  get #sentences(): readonly AnnotateSpan[] {
    return this.data?.sentences ?? [];
  }

  get #labels(): Label[] {
    return (this.data?.labels ?? TAGS).map((label: Tag | CustomLabel) =>
      typeof label === 'string'
        ? { id: label, name: this.t(`annotate.tag.${label}`), define: this.t(`annotate.define.${label}`) }
        : { id: label.id, name: label.name, define: label.define ?? '' },
    );
  }

  get #maxScore(): number {
    return this.points ?? this.#sentences.length;
  }

  #name(id: string | undefined): string {
    return this.#labels.find((label) => label.id === id)?.name ?? '';
  }

  protected restoreState(saved: ItemState): void {
    if (saved.interaction !== 'matching') return;
    const ids = (this.data?.labels ?? TAGS).map(labelId);
    const tags: (string | undefined)[] = this.#sentences.map(() => undefined);
    for (const pair of saved.response) {
      const dot = pair.indexOf('.');
      const index = Number(pair.slice(0, dot)) - 1;
      const tag = pair.slice(dot + 1);
      if (Number.isInteger(index) && index >= 0 && index < tags.length && ids.includes(tag)) tags[index] = tag;
    }
    this.tags = tags;
    this.kept = new Set();
    const usedUp = this.restoreAttempts(saved);
    // Feedback shows again only for a whole passage: a key edited since may have added sentences.
    this.showing = this.attempts > 0 && tags.every((tag) => tag !== undefined);
    this.finished = usedUp || (this.showing && this.#sentences.every((span, index) => tagIsRight(span, tags[index])));
  }

  protected override resetState(): void {
    super.resetState();
    this.tags = [];
    this.kept = new Set();
    this.current = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const spans = this.#sentences;
    if (this.tags.length !== spans.length) this.tags = spans.map((_, index) => this.tags[index]);
    const ids = this.#labels.map((label) => label.id);
    if (!ids.includes(this.brush)) this.brush = ids[0] ?? '';
  }

  #tag(index: number, tag: string | undefined): void {
    if (this.locked || this.kept.has(index)) return;
    const tags = [...this.tags];
    // Giving a sentence the tag it has takes the tag off.
    tags[index] = tags[index] === tag ? undefined : tag;
    this.tags = tags;
    // The sentence's own name changes as it is tagged, which screen readers seldom say: say it.
    const now = tags[index];
    this.announce(
      now === undefined
        ? this.t('annotate.tagRemoved', { n: index + 1 })
        : this.t('annotate.taggedAs', { n: index + 1, tag: this.#name(now) }),
    );
  }

  #onSentenceKey(event: KeyboardEvent, index: number): void {
    const { key } = event;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.#tag(index, this.brush);
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      if (this.tags[index] !== undefined) this.#tag(index, this.tags[index]);
    } else if (/^[1-9]$/.test(key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const label = this.#labels[Number(key) - 1];
      if (!label) return;
      event.preventDefault();
      // A number key always sets its tag (it never takes it off).
      if (this.tags[index] !== label.id) this.#tag(index, label.id);
    } else if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'Home', 'End'].includes(key)) {
      event.preventDefault();
      const sentences = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="sentence"]')];
      const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
      const next = key === 'Home' ? 0 : key === 'End' ? sentences.length - 1 : index + step;
      sentences[Math.min(sentences.length - 1, Math.max(0, next))]?.focus();
    }
  }

  protected check(): void {
    const spans = this.#sentences;
    if (!this.data || this.locked) return;
    const left = this.tags.filter((tag) => tag === undefined).length;
    if (left > 0) {
      this.announce(this.t('annotate.left', { count: left }));
      return;
    }
    const final = this.submit({
      interaction: 'matching',
      response: this.response,
      right: spans.filter((span, index) => tagIsRight(span, this.tags[index])).length,
      total: spans.length,
      maxScore: this.#maxScore,
    });
    void this.focusAfterUpdate(final ? '[part~="results"]' : '[part~="retry-button"]');
  }

  protected override retry(): void {
    const kept = new Set<number>();
    const sentences = this.#sentences;
    this.tags = this.tags.map((tag, index) => {
      const sentence = sentences[index];
      const right = sentence !== undefined && tagIsRight(sentence, tag);
      if (right) kept.add(index);
      return right ? tag : undefined;
    });
    this.kept = kept;
    super.retry();
    this.notice = this.t('annotate.retryHint');
    void this.focusAfterUpdate('[part~="sentence"]:not([aria-disabled="true"])');
  }

  #summary() {
    if (this.notice) return html`<p>${this.notice}</p>`;
    if (!this.showing && !this.finished) return nothing;
    const spans = this.#sentences;
    const right = spans.filter((span, index) => tagIsRight(span, this.tags[index])).length;
    return html`<p class="summary">
      ${
        right === spans.length
          ? this.t('annotate.allRight', { total: spans.length })
          : this.t('annotate.summary', { right, total: spans.length })
      }
    </p>`;
  }

  #results() {
    if (!this.showing && !this.finished) return nothing;
    return html`<ol class="results" part="results" tabindex="-1">
      ${this.#sentences.map((span, index) => {
        const tag = this.tags[index];
        const right = tagIsRight(span, tag);
        const others = [span.answer, ...(span.accept ?? [])].filter((id) => id !== tag);
        return html`<li ?data-right=${right}>
          <span class="which">${this.t('annotate.sentence', { n: index + 1 })}</span>
          <q lang=${ifDefined(this.data?.lang)}>${opening(span.text)}</q>
          <span class="verdict"
            ><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${
              right
                ? this.t('annotate.right', { tag: this.#name(tag) })
                : tag === undefined
                  ? this.t('annotate.untagged')
                  : this.t('annotate.notThis', { tag: this.#name(tag) })
            }</span
          >
          ${
            right || this.finished
              ? html`${right ? nothing : html`<span class="verdict">${this.t('annotate.answer', { tag: this.#name(span.answer) })}</span>`}
                ${this.reason(span.why)}
                ${
                  this.finished && others.length > 0 && (right || (span.accept ?? []).length > 0)
                    ? html`<span class="also"
                        >${this.t('annotate.alsoAccepted', { tags: others.map((id) => this.#name(id)).join(', ') })}</span
                      >`
                    : nothing
                }`
              : nothing
          }
        </li>`;
      })}
    </ol>`;
  }

  #sentence(span: AnnotateSpan, index: number) {
    const tag = this.tags[index];
    const kept = this.kept.has(index);
    // Marked right or wrong after a check; a tag kept through a retry stays marked right.
    const judged = ((this.showing || this.finished) && tag !== undefined) || kept;
    const right = judged && tagIsRight(span, tag);
    const locked = this.locked || kept;
    const parts = ['sentence', tag === undefined ? '' : 'tagged', judged ? (right ? 'right' : 'wrong') : '']
      .filter(Boolean)
      .join(' ');
    const labelIndex = this.#labels.findIndex((label) => label.id === tag);
    return html`<span
        class="sentence"
        part=${parts}
        role="button"
        tabindex=${index === Math.min(this.current, this.#sentences.length - 1) ? '0' : '-1'}
        data-label=${ifDefined(labelIndex >= 0 ? String(labelIndex % 9) : undefined)}
        aria-disabled=${locked ? 'true' : 'false'}
        @click=${() => this.#tag(index, this.brush)}
        @focus=${() => (this.current = index)}
        @keydown=${(event: KeyboardEvent) => this.#onSentenceKey(event, index)}
        ><span lang=${ifDefined(this.data?.lang)}>${span.text}</span> ${
          tag === undefined
            ? html`<span class="visually-hidden">(${this.t('annotate.untagged')})</span>`
            : html`<span class="tag" part="tag"
                ><span class="visually-hidden">(${this.t('annotate.tagged')}</span> ${this.#name(tag)}${
                  judged
                    ? html` <span aria-hidden="true">${right ? '✓' : '✗'}</span
                        ><span class="visually-hidden"
                          >,
                          ${this.t(kept ? 'annotate.kept' : right ? 'annotate.mark.right' : 'annotate.mark.wrong')}</span
                        >`
                    : nothing
                }<span class="visually-hidden">)</span></span
              >`
        }</span
      >${' '}`;
  }

  #passage(data: AnnotateData) {
    // Paragraphs: a span marked `paragraph` starts a new one.
    const paragraphs: { span: AnnotateSpan; index: number }[][] = [];
    data.sentences.forEach((span, index) => {
      const last = paragraphs.at(-1);
      if (!last || span.paragraph) paragraphs.push([{ span, index }]);
      else last.push({ span, index });
    });
    return paragraphs.map(
      (paragraph) => html`<p>${paragraph.map(({ span, index }) => this.#sentence(span, index))}</p>`,
    );
  }

  override render() {
    const data = this.data;
    const problem = this.renderProblem();
    if (problem || !data) return problem;
    const labels = this.#labels;
    const done = this.tags.filter((tag) => tag !== undefined).length;
    return html`
      <fieldset class="legend" part="legend">
        <legend>${this.t('annotate.legend')}</legend>
        <p class="instructions" id="instructions">${this.t('annotate.instructions')}</p>
        <div class="labels">
          ${labels.map(
            (label, index) =>
              html`<label data-label=${index % 9}
                ><input
                  type="radio"
                  name="brush"
                  .value=${label.id}
                  .checked=${this.brush === label.id}
                  @change=${() => (this.brush = label.id)}
                /><span
                  ><span class="name">${label.name}</span>
                  <span class="key">(${this.t('annotate.key', { key: index + 1 })})</span>
                  ${label.define ? html`<span class="define">${label.define}</span>` : nothing}</span
                ></label
              >`,
          )}
        </div>
      </fieldset>
      <figure>
        <div
          class="passage"
          part="passage"
          role="group"
          aria-label=${this.t('annotate.passage')}
          aria-describedby="instructions"
        >
          ${this.#passage(data)}
        </div>
        ${data.source || data.url ? html`<figcaption>${this.renderCredit(data.source, data.url)}</figcaption>` : nothing}
      </figure>
      <p class="progress">${this.t('annotate.progress', { done, total: data.sentences.length })}</p>
      <div role="status" part="status">${this.#summary()}</div>
      ${this.#results()} ${this.renderActions()}
    `;
  }
}
