import { expect } from '@open-wc/testing';
import { readJsonChild } from '../src/json-child.js';

const host = (inner: string) => {
  const element = document.createElement('lk-example');
  element.innerHTML = inner;
  return element;
};

describe('readJsonChild', () => {
  it('reads the JSON of a direct <script type="application/json"> child', () => {
    expect(readJsonChild(host('<script type="application/json">{"a": [1, 2]}</script><p>fallback</p>'))).to.deep.equal({
      data: { a: [1, 2] },
    });
  });

  it('finds nothing without such a child, or in a nested element’s script', () => {
    expect(readJsonChild(host('<p>fallback</p>'))).to.deep.equal({});
    expect(readJsonChild(host('<div><script type="application/json">{"a": 1}</script></div>'))).to.deep.equal({});
    expect(readJsonChild(host('<script type="application/json">   </script>'))).to.deep.equal({});
  });

  it('returns and logs, with the element’s name, JSON that cannot be parsed', () => {
    const original = console.error;
    const logged: string[] = [];
    console.error = (message: string) => logged.push(message);
    try {
      const { data, error } = readJsonChild(host('<script type="application/json">{ nope</script>'));
      expect(data).to.equal(undefined);
      expect(error).to.match(/^SyntaxError/);
    } finally {
      console.error = original;
    }
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^\[lessonkit\] lk-example: its data could not be read \(SyntaxError/);
  });
});
