import type { AnswerDetail, LkAnswerEvent } from '@lessonkit/core';
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LkQuestionBase } from '../src/question-base.js';

export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const parts = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The live region's visible text, white space folded. */
export const status = (el: Element): string => {
  const copy = part(el, 'status')!.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return fold(copy.textContent!);
};

/** All the live region says, including what only screen readers get. */
export const spoken = (el: Element): string => fold(part(el, 'status')!.textContent!);

/** Whether authored light-DOM content is rendered on screen (slotted into a visible place). */
export const shown = (node: Element): boolean => node.assignedSlot !== null && node.getBoundingClientRect().height > 0;

/** The focused element inside the question's shadow root. */
export const shadowFocus = (el: Element): Element | null => el.shadowRoot!.activeElement;

/** Clicks Check and waits for the lk-answer it fires. */
export async function check(el: LkQuestionBase): Promise<AnswerDetail> {
  const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
  part<HTMLButtonElement>(el, 'check-button')!.click();
  return (await answered).detail;
}

/** Presses keys one after another. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** Tabs until `target` (inside `el`'s shadow root) has focus; fails after `limit` presses. */
export async function tabTo(el: Element, target: Element, limit = 30): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    if (el.shadowRoot!.activeElement === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 80)}`);
}

/** Presses Enter on the focused Check button and waits for lk-answer. */
export async function enterAndAnswer(el: Element): Promise<AnswerDetail> {
  const answered = oneEvent(el, 'lk-answer') as Promise<LkAnswerEvent>;
  await sendKeys({ press: 'Enter' });
  return (await answered).detail;
}
