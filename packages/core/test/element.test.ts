import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { define } from '../src/define.js';
import { LkElement } from '../src/element.js';
import { registerStrings } from '../src/i18n.js';

registerStrings('en', { 'probe.label': 'Next' });
registerStrings('es', { 'probe.label': 'Siguiente' });

class LkProbe extends LkElement {
  override render() {
    return html`<button type="button">${this.t('probe.label')}</button>`;
  }
  fire(): boolean {
    return this.emit(new Event('probe', { cancelable: true }));
  }
}
define('lk-probe', LkProbe);

const label = (el: LkProbe): string => el.shadowRoot!.querySelector('button')!.textContent!;

describe('LkElement', () => {
  it('renders in its own lang, which it reflects, and re-renders when it changes', async () => {
    const el = await fixture<LkProbe>(fixtureHtml`<lk-probe></lk-probe>`);
    expect(el.hasAttribute('lang'), 'no lang attribute unless one is set').to.be.false;
    expect(label(el)).to.equal('Next');
    el.lang = 'es';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('es');
    expect(label(el)).to.equal('Siguiente');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(label(el)).to.equal('Next');
  });

  it('takes the nearest ancestor lang, and the document lang when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div lang="es"><lk-probe></lk-probe></div>`);
    const el = wrapper.querySelector<LkProbe>('lk-probe')!;
    await el.updateComplete;
    expect(el.locale).to.equal('es');
    expect(label(el)).to.equal('Siguiente');

    const loose = await fixture<LkProbe>(fixtureHtml`<lk-probe></lk-probe>`);
    document.documentElement.lang = 'es';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await loose.updateComplete;
      expect(label(loose)).to.equal('Siguiente');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('speaks the language of where it is now, after a move and after an ancestor’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      fixtureHtml`<div><section lang="es"><lk-probe></lk-probe></section><section lang="en"></section></div>`,
    );
    const [spanish, english] = [...wrapper.querySelectorAll('section')];
    const el = spanish!.querySelector<LkProbe>('lk-probe')!;
    await el.updateComplete;
    expect(label(el)).to.equal('Siguiente');
    english!.append(el);
    await el.updateComplete;
    expect(el.locale, 'moved under English').to.equal('en');
    expect(label(el)).to.equal('Next');
    english!.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.locale, 'its new ancestor changed language').to.equal('es');
    expect(label(el)).to.equal('Siguiente');
  });

  it('emits events and reports whether a listener cancelled them', async () => {
    const el = await fixture<LkProbe>(fixtureHtml`<lk-probe></lk-probe>`);
    expect(el.fire()).to.be.true;
    el.addEventListener('probe', (event) => event.preventDefault());
    expect(el.fire()).to.be.false;
  });
});
