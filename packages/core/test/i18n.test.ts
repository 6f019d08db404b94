import { captureWarnings } from '@lessonkit/testing';
import { expect, fixture, html } from '@open-wc/testing';
import { canonicalLang, langChain, registerStrings, resolveLang, setStrings, translate } from '../src/i18n.js';

registerStrings('en', {
  'test.hello': 'Hello, {name}!',
  'test.items.one': '{count} item',
  'test.items.other': '{count} items',
});
registerStrings('es', {
  'test.hello': '¡Hola, {name}!',
  'test.items.one': '{count} elemento',
  'test.items.other': '{count} elementos',
});

describe('i18n', () => {
  it('falls back from a regional language to its base, then to English', () => {
    expect(langChain('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(langChain('')).to.deep.equal(['en']);
    expect(translate('es-MX', 'test.hello', { name: 'Ana' })).to.equal('¡Hola, Ana!');
    expect(translate('fr', 'test.hello', { name: 'Luc' })).to.equal('Hello, Luc!');
  });

  it('chooses plural forms by count and language', () => {
    expect(translate('en', 'test.items', { count: 1 })).to.equal('1 item');
    expect(translate('en', 'test.items', { count: 3 })).to.equal('3 items');
    expect(translate('es', 'test.items', { count: 1 })).to.equal('1 elemento');
    expect(translate('es', 'test.items', { count: 0 })).to.equal('0 elementos');
  });

  it('lets authors override, and one element override more', () => {
    setStrings('es', { 'test.hello': 'Buenas, {name}.' });
    expect(translate('es', 'test.hello', { name: 'Ana' })).to.equal('Buenas, Ana.');
    expect(translate('es', 'test.hello', { name: 'Ana' }, { 'test.hello': 'Qué tal, {name}' })).to.equal(
      'Qué tal, Ana',
    );
    setStrings('es', { 'test.hello': '¡Hola, {name}!' });
  });

  it('uses a string from any language the page has before showing a raw key', () => {
    // As on a page built with one language's tables whose language changes (a browser translating it).
    registerStrings('xq', { 'test.onlyInOneLanguage': 'Kept' });
    expect(translate('fr', 'test.onlyInOneLanguage')).to.equal('Kept');
  });

  it('warns about a missing key and shows the key rather than nothing', async () => {
    let text = '';
    const warnings = await captureWarnings(() => (text = translate('en', 'test.missing')));
    expect(text).to.equal('test.missing');
    expect(warnings[0]).to.contain('no string "test.missing"');
  });

  it('finds the nearest lang across shadow roots, then the document', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="es-MX"><p></p></div>`);
    const inner = document.createElement('span');
    outer.querySelector('p')!.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('es-MX');
    const loose = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(resolveLang(loose)).to.equal(document.documentElement.lang || 'en');
  });

  it('turns malformed language tags into usable ones', async () => {
    expect(canonicalLang('en_US')).to.equal('en-US');
    expect(canonicalLang(' ES-mx ')).to.equal('es-MX');
    let fallback = '';
    const warnings = await captureWarnings(() => (fallback = canonicalLang('not a tag!')));
    expect(fallback).to.equal('en');
    expect(warnings[0]).to.contain('"not a tag!" is not a language tag');
  });
});
