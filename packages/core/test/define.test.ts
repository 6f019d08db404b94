import { captureWarnings } from '@lessonkit/testing';
import { expect } from '@open-wc/testing';
import { define, holdDefinitions } from '../src/define.js';

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

  it('holds every definition but the first page’s until released, then defines them one task at a time', async () => {
    class Now extends HTMLElement {}
    class Later extends HTMLElement {}
    class AfterThat extends HTMLElement {}
    const release = holdDefinitions(['lk-test-now']);
    define('lk-test-now', Now);
    define('lk-test-later', Later);
    define('lk-test-after-that', AfterThat);
    expect(customElements.get('lk-test-now')).to.equal(Now);
    expect(customElements.get('lk-test-later')).to.equal(undefined);
    // Released, the waiting ones come in order, each in a task of its own.
    const defined: string[] = [];
    void customElements.whenDefined('lk-test-later').then(() => defined.push('later'));
    void customElements.whenDefined('lk-test-after-that').then(() => defined.push('after-that'));
    const done = release();
    // A definition made after the release is not held.
    class Free extends HTMLElement {}
    define('lk-test-free', Free);
    expect(customElements.get('lk-test-free')).to.equal(Free);
    expect(customElements.get('lk-test-later')).to.equal(undefined, 'not in the releasing task');
    await done;
    expect(customElements.get('lk-test-later')).to.equal(Later);
    expect(customElements.get('lk-test-after-that')).to.equal(AfterThat);
    await Promise.resolve();
    expect(defined).to.deep.equal(['later', 'after-that']);
  });
});
