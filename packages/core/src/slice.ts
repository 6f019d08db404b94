/**
 * Time-sliced first renders. Once `sliceFirstRenders()` has been called (a lesson page's runtime
 * does), the first renders of items take turns: they run in the order the items asked, and when
 * one task has spent the budget on them, the rest go on in the next task, so the browser can paint
 * and answer input in between. A part of an item (a question's choice) renders right after its
 * item, in the same turn. The items at the top of the page render first; a page of a hundred
 * questions no longer blocks its first paint and input for the time it takes to render them all.
 * Later renders are never delayed. Off by default: in tests, in Storybook and on other pages,
 * elements render as Lit schedules them.
 */
let budget = 0;
/** The first slice's budget, until that slice begins. */
let firstBudget: number | undefined;
/** This slice's budget. */
let sliceBudget = 0;
let sliceStart: number | undefined;
/** First renders done in this slice: every slice does at least one, however small its budget. */
let sliceRenders = 0;
const turns: (() => void)[] = [];

/** Items connected whose first render is not done, each with the first renders of its parts. */
const items = new WeakMap<Element, (() => void)[]>();
/** Every item seen: an item is never a part of the item around it (it takes its own turn). */
const known = new WeakSet<Element>();

/**
 * Turns slicing on: `ms` of first renders per task (under the 50 ms of a long task), and at least
 * one render a task however small the budget; 0 turns it off. The first task gets `firstMs`: a
 * short first slice lets the first frame show the top of the page (its first question,
 * answerable) sooner, before the rest renders.
 */
export function sliceFirstRenders(ms = 30, firstMs = ms): void {
  budget = ms;
  firstBudget = firstMs;
}

/** Whether first renders take turns on this page. */
export const slicing = (): boolean => budget > 0;

/** Starts this task's slice; it ends with the task, and the next one takes the waiting turns. */
function beginSlice(): number {
  const start = performance.now();
  sliceStart = start;
  sliceBudget = firstBudget ?? budget;
  firstBudget = undefined;
  sliceRenders = 0;
  setTimeout(() => {
    sliceStart = undefined;
    if (turns.length === 0) return;
    const next = beginSlice();
    do {
      sliceRenders += 1;
      turns.shift()?.();
    } while (turns.length > 0 && performance.now() - next < sliceBudget);
  });
  return start;
}

/** Runs every render, then throws the first error any of them threw. */
function runAll(renders: readonly (() => void)[]): void {
  const errors: unknown[] = [];
  for (const render of renders) {
    try {
      render();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
}

/** An item is on the page and will render: its parts wait for it. */
export function itemConnected(item: Element): void {
  if (budget === 0) return;
  known.add(item);
  if (!items.has(item)) items.set(item, []);
}

/** The first render of `item`, then its parts', now (an item that holds others renders first). */
export function renderNow(item: Element, render: () => void): void {
  const renders = [render, ...(items.get(item) ?? [])];
  items.delete(item);
  runAll(renders);
}

/**
 * The first render of `item`, then its parts': at once when this task's slice has time left and no
 * turn is waiting (returns undefined), or queued for a later task (returns a promise that settles
 * once they have run).
 */
export function renderInTurn(item: Element, render: () => void): Promise<void> | undefined {
  const start = sliceStart ?? beginSlice();
  if (turns.length === 0 && (sliceRenders === 0 || performance.now() - start < sliceBudget)) {
    sliceRenders += 1;
    renderNow(item, render);
    return undefined;
  }
  // Parts that ask after this (their microtasks come later) still join the turn.
  const parts = items.get(item) ?? [];
  items.set(item, parts);
  return new Promise<void>((resolve, reject) => {
    turns.push(() => {
      items.delete(item);
      try {
        runAll([render, ...parts]);
        resolve();
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * For a part whose first render is due: when an item around it has not rendered yet, `render`
 * waits to run right after that item's, and a promise that settles then is returned; otherwise
 * undefined (render now). An element around it that is not defined yet (a question whose choices
 * were defined first, in an earlier task) is waited for too.
 */
export function renderWithItem(part: Element, render: () => void): Promise<void> | undefined {
  if (budget === 0 || known.has(part)) return undefined;
  for (let node = part.parentElement; node; node = node.parentElement) {
    let parts = items.get(node);
    if (!parts && node.localName.startsWith('lk-') && !customElements.get(node.localName)) {
      const owner = node;
      const waiting: (() => void)[] = [];
      parts = waiting;
      items.set(owner, waiting);
      // Once the element is defined, an item has claimed the parts; otherwise (it is not an item)
      // they render. An element that is never defined lets them render after a while.
      const unclaimed = (): void => {
        if (known.has(owner) || items.get(owner) !== waiting) return;
        items.delete(owner);
        runAll(waiting);
      };
      void customElements.whenDefined(owner.localName).then(unclaimed);
      setTimeout(unclaimed, 2000);
    }
    if (parts) {
      const queue = parts;
      return new Promise<void>((resolve, reject) => {
        queue.push(() => {
          try {
            render();
            resolve();
          } catch (error) {
            // Reported once, through this part's own update.
            reject(error);
          }
        });
      });
    }
  }
  return undefined;
}
