import { captureWarnings } from '@lessonkit/testing';
import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';

describe('define', () => {
  it('registers a tag once and keeps the first class when another copy loads', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('lk-test-define', First);
    define('lk-test-define', First);
    const warnings = await captureWarnings(() => define('lk-test-define', Second));
    expect(customElements.get('lk-test-define')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lk-test-define').and.contain('already defined');
  });
});
