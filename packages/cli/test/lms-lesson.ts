// What the LMS tests share (not a test file): a two-question lesson, and answering it by keyboard.
import type { Frame, Page } from 'puppeteer-core';

/** A lesson with a passing score of half: a true-false question, then a choice of two. */
export const lmsLesson = (id: string, title: string): string => `---
id: ${id}
title: ${title}
passing-score: 0.5
---

## One

\`\`\`question
id: q-town
type: true-false
prompt: Trafficking can happen within one town.
answer: true
\`\`\`

## Two

\`\`\`question
id: q-law
type: single
prompt: Which law created the T visa?
choices:
  - text: The TVPA of 2000
    correct: true
  - text: FOSTA
\`\`\`
`;

/**
 * Answers a question as a keyboard user: shows its section, focuses its first radio, then Space
 * (arrows = 0) or the arrow keys to move to a later choice, and Enter on Check.
 */
export async function answerByKeyboard(
  frame: Frame,
  page: Page,
  itemId: string,
  section: number,
  arrows = 0,
): Promise<void> {
  await frame.evaluate(async (index) => {
    const lesson = document.querySelector('lk-lesson')!;
    lesson.go(index);
    await lesson.updateComplete;
  }, section);
  const radio = await frame.waitForSelector(`lk-question[item-id="${itemId}"] >>> input`);
  await radio!.focus();
  for (let step = 0; step < arrows; step += 1) await page.keyboard.press('ArrowDown');
  if (arrows === 0) await page.keyboard.press('Space');
  const check = await frame.waitForSelector(`lk-question[item-id="${itemId}"] >>> [part~="check-button"]`);
  await check!.focus();
  await page.keyboard.press('Enter');
}
