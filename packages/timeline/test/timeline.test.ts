import { LocalTracker, track } from '@lessonkit/core';
import { MemoryStorage, captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../lk-timeline.js';
import type { LkTimeline } from '../src/timeline.js';

// Authored out of order on purpose: the element sorts by date.
const policy = html`<lk-timeline>
  <h3 slot="title">Unaccompanied children and trafficking law</h3>
  <ol>
    <li data-date="2000-10-28" data-category="law">
      <time datetime="2000-10-28">October 28, 2000</time> <strong>Trafficking Victims Protection Act</strong>
      <p>Created new federal trafficking crimes and the T visa.</p>
    </li>
    <li data-date="1997" data-category="court">
      <time datetime="1997">1997</time> <strong>Flores Settlement Agreement</strong>
      <p>Set standards for detaining and releasing immigrant children.</p>
    </li>
    <li data-date="2008-12-23" data-category="law">
      <time datetime="2008-12-23">December 23, 2008</time> <strong>TVPRA of 2008</strong>
      <p>Section 235 set screening rules for children from Mexico and Canada.</p>
    </li>
    <li data-date="2013-10" data-end="2014-09" data-category="event">
      <time datetime="2013-10">FY2014</time> <strong>Surge of unaccompanied children</strong>
      <p>68,541 unaccompanied children apprehended, a record at the time.</p>
    </li>
    <li data-date="2015-07-14" data-category="report">
      <time datetime="2015-07-14">July 14, 2015</time> <strong>GAO-15-521</strong>
      <p>Found CBP screening of Mexican children inconsistent and poorly documented.</p>
    </li>
  </ol>
</lk-timeline>`;

const markers = (el: LkTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="event"]')];
const titles = (el: LkTimeline) => el.shownEvents.map((event) => event.title);
/** What a screen reader says for an element: its text without aria-hidden parts. */
const spoken = (element: Element): string => {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};
const focused = (el: LkTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Ten events a year apart, in a column 40rem wide. */
async function tenEventsIn40rem(): Promise<{ wrapper: HTMLElement; el: LkTimeline }> {
  const events = Array.from({ length: 10 }, (_, index) => ({
    date: String(2000 + index),
    title: `Event ${index + 1}`,
    category: 'event',
  }));
  const wrapper = await fixture<HTMLElement>(
    html`<div style="width: 40rem"><lk-timeline .data=${events}></lk-timeline></div>`,
  );
  return { wrapper, el: wrapper.querySelector<LkTimeline>('lk-timeline')! };
}

describe('lk-timeline', () => {
  it('orders events by date and places them in proportion to time', async () => {
    const el = await fixture<LkTimeline>(policy);
    expect(titles(el)).to.deep.equal([
      'Flores Settlement Agreement',
      'Trafficking Victims Protection Act',
      'TVPRA of 2008',
      'Surge of unaccompanied children',
      'GAO-15-521',
    ]);
    const [flores, tvpa, tvpra] = el.shownEvents.map((event) => el.position(event));
    // 1997 → Oct 2000 is about 3.8 years; Oct 2000 → Dec 2008 about 8.2: the gaps keep that ratio.
    expect((tvpa! - flores!) / (tvpra! - tvpa!)).to.be.closeTo(3.82 / 8.15, 0.02);
    const lefts = markers(el).map((marker) => marker.getBoundingClientRect().left);
    expect([...lefts].sort((a, b) => a - b)).to.deep.equal(lefts);
    expect(spoken(markers(el)[1]!)).to.equal('Law: October 28, 2000 — Trafficking Victims Protection Act');
    expect(el.shadowRoot!.querySelectorAll('[part~="band"]'), 'the range is a band').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('moves between events with the arrow keys, Home and End, and opens one with Enter', async () => {
    const el = await fixture<LkTimeline>(policy);
    const [first] = markers(el);
    expect(
      markers(el).filter((marker) => marker.tabIndex === 0),
      'one tab stop',
    ).to.have.length(1);
    first!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.textContent).to.contain('Trafficking Victims Protection Act');
    await sendKeys({ press: 'End' });
    expect(focused(el)!.textContent).to.contain('GAO-15-521');
    await sendKeys({ press: 'Home' });
    expect(focused(el)!.textContent).to.contain('Flores');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector<HTMLElement>('[part~="detail"]')!;
    expect(detail.hidden).to.be.false;
    expect(detail.textContent).to.contain('Created new federal trafficking crimes and the T visa.');
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('filters by category, with icons and names, and says how many are shown', async () => {
    const el = await fixture<LkTimeline>(policy);
    const law = [...el.shadowRoot!.querySelectorAll('[part~="filters"] label')].find((label) =>
      label.textContent!.includes('Law'),
    )!;
    expect(law.querySelector('.icon')!.textContent).to.equal('§');
    law.querySelector('input')!.click();
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Flores Settlement Agreement', 'Surge of unaccompanied children', 'GAO-15-521']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('3 of 5 events shown');
    await expect(el).to.be.accessible();
  });

  it('zooms with buttons, keys and ctrl+wheel, widening the axis', async () => {
    const el = await fixture<LkTimeline>(policy);
    const track = el.shadowRoot!.querySelector<HTMLElement>('.track')!;
    const width = track.getBoundingClientRect().width;
    const zoomIn = [...el.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Zoom in',
    )!;
    zoomIn.click();
    await el.updateComplete;
    expect(el.zoom).to.equal(2);
    expect(track.getBoundingClientRect().width).to.be.closeTo(width * 2, 2);
    markers(el)[0]!.focus();
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(el.zoom).to.equal(1);
    el.shadowRoot!.querySelector('.axis')!.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect(el.zoom).to.equal(1.25);
  });

  it('puts its markers in lanes for its measured width before they are painted: none moves after', async () => {
    // Ten events a year apart in a column of 40rem: markers overlap, so lanes depend on the width.
    const { el } = await tenEventsIn40rem();
    const rows = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-row]')].map((marker) => marker.dataset.row);
    // The first frame the markers are painted in.
    await new Promise(requestAnimationFrame);
    const painted = rows();
    for (let frame = 0; frame < 3; frame += 1) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(rows(), 'the lanes of the first painted frame').to.deep.equal(painted);
    const lanes = new Set(painted).size;
    expect(lanes, 'lanes for a column of 40rem').to.be.greaterThan(3);
    // Lanes and colours come from the markers' attributes, through the style sheet.
    const placed = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker[data-row]')];
    const tops = placed.map((marker) => marker.getBoundingClientRect().top);
    const [first] = placed;
    for (const [index, marker] of placed.entries()) {
      expect(tops[index]! - tops[0]!, `lane ${marker.dataset.row}`).to.equal(
        (Number(marker.dataset.row) - Number(first!.dataset.row)) * 48,
      );
    }
    expect(getComputedStyle(first!).getPropertyValue('--_color').trim(), 'the category colour').to.equal(
      getComputedStyle(el).getPropertyValue('--_event').trim(),
    );
    el.setZoom(8);
    await el.updateComplete;
    expect(new Set(rows()).size, 'zoomed in, the markers spread out into fewer lanes').to.be.lessThan(lanes);
  });

  it('sizes its track to the lanes, to --lk-timeline-height, and to a narrow column whatever the zoom', async () => {
    const { wrapper, el } = await tenEventsIn40rem();
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    const track = el.shadowRoot!.querySelector<HTMLElement>('.track')!;
    const axis = el.shadowRoot!.querySelector<HTMLElement>('.axis')!;
    const lanes = new Set([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-row]')].map((m) => m.dataset.row));
    expect(track.getBoundingClientRect().height, `${lanes.size} lanes`).to.equal((4.5 + lanes.size * 3) * 16);
    el.style.setProperty('--lk-timeline-height', '30rem');
    expect(track.getBoundingClientRect().height).to.equal(30 * 16);
    el.style.removeProperty('--lk-timeline-height');
    // A narrow column: one event a row, the track as wide as the axis even zoomed in.
    wrapper.style.width = '20rem';
    el.setZoom(4);
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    expect(track.getBoundingClientRect().width).to.be.closeTo(axis.clientWidth, 1);
    const tops = markers(el).map((marker) => marker.getBoundingClientRect().top);
    expect(new Set(tops).size, 'one marker a row').to.equal(tops.length);
    // Wide again: the zoom holds.
    wrapper.style.width = '40rem';
    await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(track.getBoundingClientRect().width).to.be.closeTo(axis.clientWidth * 4, 2);
  });

  it('shows the authored list in list view', async () => {
    const el = await fixture<LkTimeline>(policy);
    const list = [...el.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'List',
    )!;
    list.click();
    await el.updateComplete;
    expect(list.getAttribute('aria-pressed')).to.equal('true');
    expect(el.querySelector('ol')!.assignedSlot).to.exist;
    expect(el.querySelector('ol')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('reports an event without a valid date instead of placing it anywhere', async () => {
    let el!: LkTimeline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<LkTimeline>(
        html`<lk-timeline
          ><ol>
            <li data-date="2001-02-30"><strong>Nonsense</strong></li>
            <li data-date="2002"><strong>Fine</strong></li>
          </ol></lk-timeline
        >`,
      );
    });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('“2001-02-30”');
    expect(warnings.join('\n')).to.contain('2001-02-30');
    expect(titles(el)).to.deep.equal(['Fine']);
  });

  it('speaks Spanish, dates included', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="es">${policy}</div>`).then((wrapper) =>
      wrapper.querySelector('lk-timeline')!,
    );
    await el.updateComplete;
    expect(spoken(markers(el)[1]!)).to.equal('Ley: 28 de octubre de 2000 — Trafficking Victims Protection Act');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('5 de 5 sucesos visibles');
    await expect(el).to.be.accessible();
  });
});

describe('lk-timeline in sequence mode', () => {
  const sequence = (attributes: { count?: number } = {}) =>
    fixture<LkTimeline>(
      html`<lk-timeline item-id="seq" mode="sequence" count=${attributes.count ?? 0} points="4">
        <ol>
          <li data-date="2000-10-28" data-category="law"><strong>TVPA</strong></li>
          <li data-date="1997" data-category="court"><strong>Flores</strong></li>
          <li data-date="2008-12-23" data-category="law"><strong>TVPRA 2008</strong></li>
          <li data-date="2015-07-14" data-category="report"><strong>GAO-15-521</strong></li>
        </ol>
      </lk-timeline>`,
    );
  const rows = (el: LkTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
  const order = (el: LkTimeline) => rows(el).map((row) => row.dataset.id);
  const moveUp = (el: LkTimeline, id: string) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${id}"] [part~="move-up"]`)!;

  it('is put in date order with the keyboard alone and scored as a sequencing answer', async () => {
    const el = await sequence();
    expect(order(el)).to.not.deep.equal(['e1', 'e2', 'e3', 'e4']);
    expect(el.shadowRoot!.textContent, 'no dates while ordering').to.not.contain('December');
    await expect(el).to.be.accessible();
    for (const [position, id] of ['e1', 'e2', 'e3', 'e4'].entries()) {
      if (order(el)[position] === id) continue;
      const button = moveUp(el, id);
      button.focus();
      while (order(el).indexOf(id) > position) {
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal(moveUp(el, id));
      }
    }
    const answered = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('lk-answer', (event) => resolve(event as never), { once: true }),
    );
    const check = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!;
    check.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await answered;
    expect(detail).to.deep.include({ itemId: 'seq', interaction: 'sequencing', correct: true, score: 4, final: true });
    expect(detail.response).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal('Correct. Score: 4 of 4.');
    expect(el.shadowRoot!.textContent, 'dates shown once finished').to.contain('December 23, 2008');
    await expect(el).to.be.accessible();
  });

  it('gives credit by positions, says where the others belong after the last try, and restores', async () => {
    const el = await sequence();
    el.restore({
      interaction: 'sequencing',
      response: ['e1', 'e2', 'e4', 'e3'],
      correct: false,
      score: 2,
      maxScore: 4,
      attempts: 2,
      final: true,
    });
    await el.updateComplete;
    expect(order(el)).to.deep.equal(['e1', 'e2', 'e4', 'e3']);
    const answers = [...el.shadowRoot!.querySelectorAll('.answer')].map((answer) => answer.textContent!.trim());
    expect(answers).to.deep.equal(['belongs at position 4', 'belongs at position 3']);
    expect(el.shadowRoot!.querySelector('[part~="check-button"]')).to.be.null;
  });

  it('asks for a move before checking, and orders a spread-out subset with count', async () => {
    const el = await sequence({ count: 3 });
    expect(order(el).sort()).to.deep.equal(['e1', 'e3', 'e4']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal(
      'Move the events into order before checking.',
    );
  });

  it('speaks Spanish', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <lk-timeline item-id="seq-es" mode="sequence"
          ><ol>
            <li data-date="2000"><strong>A</strong></li>
            <li data-date="2001"><strong>B</strong></li>
          </ol></lk-timeline
        >
      </div>`,
    ).then((wrapper) => wrapper.querySelector('lk-timeline')!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="check-button"]')!.textContent!.trim()).to.equal('Comprobar');
    expect(el.shadowRoot!.querySelector('[part~="move-up"]')!.getAttribute('aria-label')).to.match(/^Subir «[AB]»$/);
  });
});

describe('lk-timeline by pointer', () => {
  it('reorders a sequence by dragging a handle (touch pointer events)', async () => {
    const el = await fixture<LkTimeline>(
      html`<lk-timeline item-id="drag" mode="sequence">
        <ol>
          <li data-date="1997"><strong>Flores</strong></li>
          <li data-date="2000"><strong>TVPA</strong></li>
          <li data-date="2008"><strong>TVPRA</strong></li>
        </ol>
      </lk-timeline>`,
    );
    const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
    const last = rows().at(-1)!;
    const id = last.dataset.id!;
    const top = rows()[0]!.getBoundingClientRect();
    const touch = (type: string, y: number, target: EventTarget) =>
      target.dispatchEvent(
        new PointerEvent(type, { pointerId: 9, pointerType: 'touch', clientY: y, bubbles: true, composed: true }),
      );
    touch('pointerdown', last.getBoundingClientRect().y + 5, last.querySelector('[part~="handle"]')!);
    touch('pointermove', top.y + 2, el);
    touch('pointerup', top.y + 2, el);
    await el.updateComplete;
    expect(rows()[0]!.dataset.id).to.equal(id);
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('is now at position 1 of 3');
  });

  it('pans the axis with Earlier and Later', async () => {
    const el = await fixture<LkTimeline>(policy);
    el.setZoom(8);
    await el.updateComplete;
    const axis = el.shadowRoot!.querySelector<HTMLElement>('.axis')!;
    axis.scrollLeft = 0;
    [...el.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.includes('Later'))!.click();
    // The scroll is smooth: wait for it (up to 3 s on a busy machine).
    for (let waited = 0; waited < 3000 && axis.scrollLeft === 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(axis.scrollLeft).to.be.greaterThan(0);
  });

  it('takes its events as data, as text (never as HTML)', async () => {
    const el = await fixture<LkTimeline>(html`<lk-timeline></lk-timeline>`);
    el.data = [
      { date: '2008-12-23', title: 'TVPRA 2008', category: 'law' },
      { date: '1997', title: '<img src=x onerror=alert(1)>Flores', body: 'A <b>settlement</b>' },
    ];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)>Flores', 'TVPRA 2008']);
    expect(el.querySelector('img'), 'text, not markup').to.be.null;
    expect(el.querySelectorAll('ol')).to.have.length(1);
    el.data = [{ date: '2000', title: 'Only one' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Only one']);
    expect(el.querySelectorAll('ol'), 'the list is replaced').to.have.length(1);
  });

  it('restores a sequence through track() after a reload', async () => {
    const storage = new MemoryStorage();
    const markup = html`<div>
      <lk-timeline item-id="seq-track" mode="sequence">
        <ol>
          <li data-date="1997"><strong>Flores</strong></li>
          <li data-date="2000"><strong>TVPA</strong></li>
          <li data-date="2008"><strong>TVPRA</strong></li>
        </ol>
      </lk-timeline>
    </div>`;
    const host = await fixture<HTMLDivElement>(markup);
    const session = track(host, new LocalTracker('timeline', { storage }));
    await session.ready;
    const el = host.querySelector('lk-timeline')!;
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="move-down"]')[0]!.click();
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].map((row) => row.dataset.id);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
    await session.settled();
    session.disconnect();

    const again = await fixture<HTMLDivElement>(markup);
    const revisit = track(again, new LocalTracker('timeline', { storage }));
    await revisit.ready;
    const restored = again.querySelector('lk-timeline')!;
    await restored.updateComplete;
    expect(
      [...restored.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].map((row) => row.dataset.id),
    ).to.deep.equal(shown);
    expect(restored.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.match(/Score: [\d.]+ of 1\./);
    revisit.disconnect();
  });
});

describe('lk-timeline, harder cases', () => {
  const tabStops = (el: LkTimeline) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].filter((marker) => marker.tabIndex === 0);

  it('keeps exactly one tab stop after the focused event is filtered out', async () => {
    const el = await fixture<LkTimeline>(policy);
    markers(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' }); // to the TVPA, a law
    await el.updateComplete;
    const law = [...el.shadowRoot!.querySelectorAll('[part~="filters"] label')].find((label) =>
      label.textContent!.includes('Law'),
    )!;
    law.querySelector('input')!.click();
    await el.updateComplete;
    expect(tabStops(el)).to.have.length(1);
    await expect(el).to.be.accessible();
    for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="filters"] input')) {
      if (input.checked) input.click();
    }
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
      'No events to show: turn a category back on.',
    );
    await expect(el).to.be.accessible();
  });

  it('keeps the focused event in view when zooming with the keyboard, and is accessible zoomed', async () => {
    const el = await fixture<LkTimeline>(policy);
    const first = markers(el)[0]!;
    first.focus();
    for (let n = 0; n < 4; n += 1) await sendKeys({ press: '+' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.zoom).to.equal(16);
    const axis = el.shadowRoot!.querySelector('.axis')!.getBoundingClientRect();
    const box = first.getBoundingClientRect();
    expect(box.right > axis.left && box.left < axis.right, 'the focused event is on screen').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('reports a range that ends before it starts', async () => {
    let el!: LkTimeline;
    await captureWarnings(async () => {
      el = await fixture<LkTimeline>(
        html`<lk-timeline
          ><ol>
            <li data-date="2014-09" data-end="2013-10"><strong>Backwards</strong></li>
          </ol></lk-timeline
        >`,
      );
    });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
      'ends (“2013-10”) before it starts',
    );
    expect(el.shadowRoot!.querySelectorAll('[part~="band"]')).to.have.length(0);
  });
});

/** Puts a sequence timeline in the order `response` (as a saved, unchecked state), checks it, and gives the lk-answer. */
async function checkOrder(el: LkTimeline, response: string[]): Promise<CustomEvent> {
  el.restore({ interaction: 'sequencing', response, correct: null, score: 0, maxScore: 3, attempts: 0, final: false });
  await el.updateComplete;
  const answered = new Promise<CustomEvent>((resolve) =>
    el.addEventListener('lk-answer', (event) => resolve(event as never), { once: true }),
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  return answered;
}

describe('lk-timeline sequence, harder cases', () => {
  it('counts events with the same date as right in either order, and reports partial credit', async () => {
    const el = await fixture<LkTimeline>(
      html`<lk-timeline item-id="ties" mode="sequence" points="3">
        <ol>
          <li id="a" data-date="2000-05-01"><strong>A</strong></li>
          <li id="b" data-date="2000-05-01"><strong>B</strong></li>
          <li id="c" data-date="1999"><strong>C</strong></li>
        </ol>
      </lk-timeline>`,
    );
    expect((await checkOrder(el, ['c', 'b', 'a'])).detail).to.deep.include({ correct: true, score: 3 });

    const partial = await fixture<LkTimeline>(
      html`<lk-timeline item-id="partial" mode="sequence" points="3">
        <ol>
          <li id="x" data-date="1999"><strong>X</strong></li>
          <li id="y" data-date="2000"><strong>Y</strong></li>
          <li id="z" data-date="2001"><strong>Z</strong></li>
        </ol>
      </lk-timeline>`,
    );
    expect((await checkOrder(partial, ['x', 'z', 'y'])).detail).to.deep.include({
      correct: false,
      score: 1,
      attempt: 1,
      final: false,
    });
    await partial.updateComplete;
    expect(partial.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim()).to.equal(
      'Partly correct. Score: 1 of 3. You have 1 more try.',
    );
    await expect(partial).to.be.accessible();
  });

  it('never starts solved, not even with only the events of one date swapped', async () => {
    for (let n = 0; n < 12; n += 1) {
      const el = await fixture<LkTimeline>(
        html`<lk-timeline item-id=${`tied-${n}`} mode="sequence">
          <ol>
            <li id="a" data-date="2000-05-01"><strong>A</strong></li>
            <li id="b" data-date="2000-05-01"><strong>B</strong></li>
            <li id="c" data-date="1999"><strong>C</strong></li>
          </ol>
        </lk-timeline>`,
      );
      const shown = el.response;
      expect(shown.indexOf('c'), `tied-${n}: ${shown.join(' ')}`).to.not.equal(0);
    }
  });

  it('drops saved ids the timeline no longer has and adds new events at the end', async () => {
    const el = await fixture<LkTimeline>(
      html`<lk-timeline item-id="stale" mode="sequence">
        <ol>
          <li id="one" data-date="1999"><strong>One</strong></li>
          <li id="two" data-date="2000"><strong>Two</strong></li>
          <li id="three" data-date="2001"><strong>Three</strong></li>
        </ol>
      </lk-timeline>`,
    );
    el.restore({
      interaction: 'sequencing',
      response: ['two', 'gone', 'one'],
      correct: false,
      score: 0,
      maxScore: 1,
      attempts: 1,
      final: false,
    });
    await el.updateComplete;
    expect(el.response).to.deep.equal(['two', 'one', 'three']);
  });

  it('says a one-event sequence cannot be done, rather than leaving the learner stuck', async () => {
    const el = await fixture<LkTimeline>(
      html`<lk-timeline item-id="one" mode="sequence"
        ><ol>
          <li data-date="2000"><strong>Alone</strong></li>
        </ol></lk-timeline
      >`,
    );
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('at least two events');
    expect(el.shadowRoot!.querySelector('[part~="check-button"]')).to.be.null;
  });

  it('follows only the pointer that started a drag, and a tap announces nothing', async () => {
    const el = await fixture<LkTimeline>(
      html`<lk-timeline item-id="two-fingers" mode="sequence">
        <ol>
          <li id="p" data-date="1997"><strong>P</strong></li>
          <li id="q" data-date="2000"><strong>Q</strong></li>
          <li id="r" data-date="2008"><strong>R</strong></li>
        </ol>
      </lk-timeline>`,
    );
    const before = el.response;
    const rows = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
    const pointer = (type: string, id: number, y: number, target: EventTarget) =>
      target.dispatchEvent(
        new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientY: y, bubbles: true, composed: true }),
      );
    const handle = rows()[0]!.querySelector('[part~="handle"]')!;
    const y = rows()[0]!.getBoundingClientRect().y + 5;
    pointer('pointerdown', 1, y, handle);
    pointer('pointermove', 2, rows().at(-1)!.getBoundingClientRect().bottom + 20, el); // another finger
    pointer('pointerup', 2, 0, el);
    pointer('pointerup', 1, y, el);
    await el.updateComplete;
    expect(el.response, 'the other finger moved nothing').to.deep.equal(before);
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim(), 'a tap says nothing').to.equal('');
  });
});
