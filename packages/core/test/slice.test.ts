import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { LkElement } from '../src/element.js';
import { LkItemElement } from '../src/item.js';
import { sliceFirstRenders } from '../src/slice.js';

/** What rendered, in order. */
const log: string[] = [];

/** Keeps the main thread busy, as a real first render does. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

class SliceItem extends LkItemElement {
  override render() {
    busy(4);
    log.push(this.itemId);
    return html`<slot></slot>`;
  }
  restore(): void {}
}

class SlicePart extends LkElement {
  override render() {
    log.push(`${this.parentElement?.getAttribute('item-id') ?? '?'}:part`);
    return html`<slot></slot>`;
  }
}

// The parts are defined first, as a question's choices are.
customElements.define('lk-test-slice-part', SlicePart);
customElements.define('lk-test-slice-item', SliceItem);
customElements.define('lk-test-slice-quiz', class extends SliceItem {});

const items = (count: number, prefix: string) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<lk-test-slice-item item-id="${prefix}${index + 1}"><lk-test-slice-part></lk-test-slice-part></lk-test-slice-item>`,
  ).join('');

/** Adds `markup` to the page; resolves after the task that connected it, and when all rendered. */
async function connect(markup: string): Promise<{ afterFirstTask: string[]; all: string[] }> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  // Scheduled before the slice's own timer: runs right after the task that connected the items.
  await new Promise((resolve) => setTimeout(resolve));
  const afterFirstTask = [...log];
  const elements = [...host.querySelectorAll<LkElement>('*')];
  await Promise.all(elements.map((element) => element.updateComplete));
  host.remove();
  return { afterFirstTask, all: [...log] };
}

describe('sliced first renders', () => {
  beforeEach(() => (log.length = 0));
  afterEach(() => sliceFirstRenders(0));

  it('renders items in turns across tasks, in page order, each part right after its item', async () => {
    sliceFirstRenders(10);
    const { afterFirstTask, all } = await connect(items(8, 'a'));
    const rendered = afterFirstTask.filter((entry) => !entry.endsWith(':part'));
    expect(rendered.length, afterFirstTask.join(' ')).to.be.within(1, 7);
    const expected = Array.from({ length: 8 }, (_, index) => [`a${index + 1}`, `a${index + 1}:part`]).flat();
    expect(all).to.deep.equal(expected);
  });

  it('gives the first task its own budget: a short one renders the first item, later tasks the rest', async () => {
    // A first budget of 0: the first task still renders one item (every slice renders at least one).
    sliceFirstRenders(1000, 0);
    const { afterFirstTask, all } = await connect(items(6, 'f'));
    expect(afterFirstTask).to.deep.equal(['f1', 'f1:part']);
    expect(all).to.deep.equal(Array.from({ length: 6 }, (_, index) => [`f${index + 1}`, `f${index + 1}:part`]).flat());
  });

  it('renders an item that holds others at once, so that what it holds can show', async () => {
    sliceFirstRenders(1);
    const { afterFirstTask, all } = await connect(
      `${items(3, 'b')}<lk-test-slice-quiz item-id="quiz">${items(2, 'c')}</lk-test-slice-quiz>`,
    );
    expect(afterFirstTask).to.include('quiz');
    expect(all.filter((entry) => !entry.endsWith(':part'))).to.have.members(['b1', 'b2', 'b3', 'quiz', 'c1', 'c2']);
  });

  it('keeps a part for its item when the part is defined first, as choices are before their question', async () => {
    sliceFirstRenders(1);
    const host = document.createElement('div');
    host.innerHTML =
      '<lk-test-late-item item-id="e1"><lk-test-late-part></lk-test-late-part></lk-test-late-item>' +
      '<lk-test-late-item item-id="e2"><lk-test-late-part></lk-test-late-part></lk-test-late-item>' +
      '<lk-test-unknown><lk-test-late-part></lk-test-late-part></lk-test-unknown>';
    document.body.append(host);
    // In two tasks, as a lesson page defines the elements of its later sections.
    customElements.define('lk-test-late-part', class extends SlicePart {});
    await new Promise((resolve) => setTimeout(resolve));
    customElements.define('lk-test-late-item', class extends SliceItem {});
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await Promise.all(
      [...host.querySelectorAll<LkElement>('lk-test-late-item, lk-test-late-part')].map((e) => e.updateComplete),
    );
    host.remove();
    // Each part after its item; the part in an element that is never defined renders in the end.
    expect(log.filter((entry) => entry.startsWith('e'))).to.deep.equal(['e1', 'e1:part', 'e2', 'e2:part']);
    expect(log).to.include('?:part');
  });

  it('is off unless turned on: everything renders in the task that connected it', async () => {
    const { afterFirstTask, all } = await connect(items(5, 'd'));
    expect(afterFirstTask).to.deep.equal(all);
    expect(all).to.have.length(10);
  });
});
