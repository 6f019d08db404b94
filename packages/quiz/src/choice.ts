import { LkFeedbackPart } from './part.js';

/**
 * One answer of an `<lk-question>`. Its text is its content; the question
 * draws the radio button or checkbox and the verdict around it.
 *
 * @tagname lk-choice
 * @summary An answer choice of a question.
 *
 * @slot - The choice's text.
 * @slot feedback - Shown beside this choice after the learner checks it (and, for a right choice, once the answer is shown).
 *
 * @csspart feedback - The wrapper of the feedback text.
 */
export class LkChoice extends LkFeedbackPart {
  /**
   * Marks this choice as a right answer.
   * @attr correct
   */
  get correct(): boolean {
    return this.hasAttribute('correct');
  }

  set correct(correct: boolean) {
    this.toggleAttribute('correct', correct);
  }
}
