import { expect, fixture, html } from '@open-wc/testing';
import { watchElements } from '../src/watch-elements.js';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('watchElements (the drop-in loader)', () => {
  it('loads a tag’s module the first time the tag appears, once, and only for tags on the page', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><lk-watch-a></lk-watch-a></div>`);
    const loads: string[] = [];
    const loader = (tag: string) => async () => {
      loads.push(tag);
      if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    };
    const stop = watchElements(root, { 'lk-watch-a': loader('lk-watch-a'), 'lk-watch-b': loader('lk-watch-b') });
    await tick();
    expect(loads).to.deep.equal(['lk-watch-a']);
    root.append(document.createElement('lk-watch-a'));
    const later = document.createElement('section');
    later.innerHTML = '<p><lk-watch-b></lk-watch-b></p>';
    root.append(later);
    await tick();
    expect(loads).to.deep.equal(['lk-watch-a', 'lk-watch-b']);
    expect(customElements.get('lk-watch-b')).to.exist;
    stop();
  });

  it('says which element failed to load, and tries again when the tag appears again', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><lk-watch-c></lk-watch-c></div>`);
    let attempts = 0;
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const stop = watchElements(root, {
        'lk-watch-c': () => {
          attempts += 1;
          return Promise.reject(new Error('offline'));
        },
      });
      await tick();
      root.append(document.createElement('lk-watch-c'));
      await tick();
      stop();
    } finally {
      console.error = original;
    }
    expect(attempts).to.equal(2);
    expect(errors[0]).to.contain('could not load <lk-watch-c>').and.contain('offline');
  });
});
