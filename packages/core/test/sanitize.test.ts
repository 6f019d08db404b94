import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../src/sanitize.js';

describe('sanitizeHtml in the browser', () => {
  it('removes scripts, handlers and javascript: URLs, and keeps lk-* elements', () => {
    const dirty = [
      '<p>Read <a href="javascript:alert(1)">this</a></p>',
      '<img src="x" onerror="alert(1)" alt="A chart">',
      '<script>alert(1)</script>',
      '<svg><script>alert(1)</script></svg>',
      '<lk-choice correct onclick="alert(1)" slot="x">Yes</lk-choice>',
      '<a href="https://www.gao.gov/products/gao-15-521" target="_blank">GAO</a>',
    ].join('');
    const clean = sanitizeHtml(dirty);
    const doc = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
    expect(doc.querySelector('script')).to.be.null;
    expect(clean).not.to.match(/onerror|onclick|javascript:/i);
    expect(doc.querySelector('img')!.getAttribute('alt')).to.equal('A chart');
    const choice = doc.querySelector('lk-choice')!;
    expect(choice.hasAttribute('correct') && choice.getAttribute('slot') === 'x').to.be.true;
    expect(doc.querySelector('a[target]')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });
});
