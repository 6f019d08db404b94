import { expect, fixture, html } from '@open-wc/testing';
import { autoSizeFrames } from '../src/embed.js';

describe('autoSizeFrames', () => {
  it('sizes the iframe whose lesson reported its height, and no other', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <iframe title="Lesson A" srcdoc="<p>A</p>"></iframe>
        <iframe title="Lesson B" srcdoc="<p>B</p>"></iframe>
      </div>`,
    );
    const [a, b] = host.querySelectorAll('iframe');
    // The frame may have loaded already (a busy machine): wait only if it has not.
    if (a!.contentDocument?.readyState !== 'complete' || !a!.contentDocument.body?.textContent) {
      await new Promise((resolve) => a!.addEventListener('load', resolve, { once: true }));
    }
    const stop = autoSizeFrames();
    try {
      const before = b!.style.height;
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'lessonkit:resize', height: 1234.2 }, source: a!.contentWindow }),
      );
      expect(a!.style.height).to.equal('1235px');
      expect(b!.style.height).to.equal(before);
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'lessonkit:resize', height: 'tall' }, source: a!.contentWindow }),
      );
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'lessonkit:resize', height: 9e9 }, source: a!.contentWindow }),
      );
      expect(a!.style.height, 'bounded').to.equal('100000px');
      window.dispatchEvent(
        new MessageEvent('message', { data: { type: 'other', height: 5 }, source: a!.contentWindow }),
      );
      expect(a!.style.height).to.equal('100000px');
    } finally {
      stop();
    }
  });
});
