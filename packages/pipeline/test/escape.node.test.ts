import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markup, raw } from '../src/index.js';

describe('markup', () => {
  it('escapes text, and quotes a value the template puts after name=', () => {
    const evil = '" onclick="alert(1)';
    assert.equal(
      markup`<a href=${evil} title=${'<b>'}>${'<i>'}</a>`.html,
      '<a href="&quot; onclick=&quot;alert(1)" title="&lt;b&gt;">&lt;i&gt;</a>',
    );
  });

  it('leaves text alone when it, not the template, ends in "="', () => {
    assert.equal(markup`<p>${'a ='}${raw(' b')}${' c'}</p>`.html, '<p>a = b c</p>');
    assert.equal(markup`<p>${' = '}${'x'}</p>`.html, '<p> = x</p>');
  });
});
