import { expect, fixture, html } from '@open-wc/testing';
import { dragToReorder, moveItem, rowIndexAt } from '../src/reorder.js';

describe('reorder helpers', () => {
  it('moves an item, returning the same list when nothing moves', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 'c', 0)).to.deep.equal(['c', 'a', 'b']);
    expect(moveItem(list, 'a', 0)).to.equal(list);
    expect(moveItem(list, 'a', 5)).to.equal(list);
    expect(moveItem(list, 'x', 1)).to.equal(list);
  });

  it('finds the row under a pointer and follows only the pointer that started', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <p style="height: 40px; margin: 0">1</p>
        <p style="height: 40px; margin: 0">2</p>
        <p style="height: 40px; margin: 0">3</p>
      </div>`,
    );
    const rows = [...host.querySelectorAll('p')];
    const top = rows[0]!.getBoundingClientRect().top;
    expect(rowIndexAt(rows, top + 5)).to.equal(0);
    expect(rowIndexAt(rows, top + 65)).to.equal(2);
    expect(rowIndexAt(rows, top + 500)).to.equal(2);
    const moves: number[] = [];
    let ended = 0;
    const pointer = (type: string, id: number, y: number) =>
      new PointerEvent(type, { pointerId: id, clientY: y, bubbles: true, cancelable: true });
    dragToReorder(host, pointer('pointerdown', 5, top + 5), {
      rows: () => rows,
      moveTo: (to) => moves.push(to),
      end: () => (ended += 1),
    });
    host.dispatchEvent(pointer('pointermove', 6, top + 85));
    host.dispatchEvent(pointer('pointermove', 5, top + 45));
    host.dispatchEvent(pointer('pointerup', 6, 0));
    expect(ended, 'another pointer does not end it').to.equal(0);
    host.dispatchEvent(pointer('pointerup', 5, 0));
    host.dispatchEvent(pointer('pointermove', 5, top + 85));
    expect(moves).to.deep.equal([1]);
    expect(ended).to.equal(1);
  });
});
