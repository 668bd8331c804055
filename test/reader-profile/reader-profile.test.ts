import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/reader-profile/mg-reader-profile.js';
import { MgReaderProfile } from '../../src/components/reader-profile/reader-profile.js';
import { langListenerCount } from '../../src/controllers/reader-controller.js';
import { LIFE_STAGE_IDS } from '../../src/data/enums.js';
import { defineElement } from '../../src/internal/define-element.js';
import type { MgProfileChangeEvent } from '../../src/events/profile-change.js';
import { captureWarnings, nextFrames, shadowText, uniqueTag } from '../helpers.js';
import './reader-consumer.js';
import type { TestReader } from './reader-consumer.js';

async function settle(...elements: Element[]): Promise<void> {
  for (const element of elements) await elementUpdated(element);
  await nextFrames();
}

function select(profile: MgReaderProfile, name: string): HTMLSelectElement {
  return profile.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
}

async function choose(profile: MgReaderProfile, name: string, value: string): Promise<void> {
  const control = select(profile, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(profile);
}

describe('<mg-reader-profile>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('registration', () => {
    it('is defined and upgraded', async () => {
      const el = await fixture(html`<mg-reader-profile></mg-reader-profile>`);
      expect(el).to.be.instanceOf(MgReaderProfile);
      expect(customElements.get('mg-reader-profile')).to.equal(MgReaderProfile);
    });

    it('tolerates a second define of the same version', () => {
      expect(() => defineElement('mg-reader-profile', class extends MgReaderProfile {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('passes axe without controls', async () => {
      const el = await fixture(html`<mg-reader-profile><p>Article text</p></mg-reader-profile>`);
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'es']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe with every control (${lang}, ${theme})`, async () => {
          const el = await fixture(
            html`<mg-reader-profile controls lang=${lang} theme=${theme} life-stage="female-31-50"></mg-reader-profile>`,
          );
          await expect(el).to.be.accessible();
        });
      }
    }

    it('labels every control and groups them in a named fieldset', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile controls></mg-reader-profile>`);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent).to.equal('Personalize the numbers');
      const labels = [...el.shadowRoot!.querySelectorAll('select')].map((s) => s.closest('label')!.textContent!.trim().split('\n')[0]);
      expect(labels).to.deep.equal(['Life stage', 'Language', 'Units', 'Region']);
    });

    it('can be used with the keyboard alone', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile controls="life-stage units"></mg-reader-profile>`);
      const selects = [...el.shadowRoot!.querySelectorAll('select')];
      expect(selects.every((s) => s.tabIndex === 0)).to.equal(true);
      selects[0]!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(selects[0]);
    });
  });

  describe('attributes', () => {
    it('defaults to adult general, US units and region, auto theme', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile></mg-reader-profile>`);
      expect(el.profile).to.deep.equal({ lifeStage: undefined, locale: 'en', units: 'us', region: 'us', theme: 'auto' });
      expect(shadowText(el)).to.equal('');
    });

    it('provides every valid life stage', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile></mg-reader-profile>`);
      for (const id of LIFE_STAGE_IDS) {
        el.setAttribute('life-stage', id);
        await el.updateComplete;
        expect(el.profile.lifeStage).to.equal(id);
      }
      el.removeAttribute('life-stage');
      await el.updateComplete;
      expect(el.profile.lifeStage).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows only the controls asked for', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile controls="units region"></mg-reader-profile>`);
      const names = [...el.shadowRoot!.querySelectorAll('select')].map((s) => s.name);
      expect(names).to.deep.equal(['units', 'region']);
      el.removeAttribute('controls');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('fieldset')).to.equal(null);
    });

    it('shows the current profile in the pickers', async () => {
      const el = await fixture<MgReaderProfile>(
        html`<mg-reader-profile controls life-stage="pregnant-19-30" units="metric" region="eu" lang="es"></mg-reader-profile>`,
      );
      expect(select(el, 'life-stage').value).to.equal('pregnant-19-30');
      expect(select(el, 'life-stage').selectedOptions[0]!.textContent).to.equal('Embarazo, 19–30 años');
      expect(select(el, 'units').value).to.equal('metric');
      expect(select(el, 'region').value).to.equal('eu');
      expect(select(el, 'lang').value).to.equal('es');
    });
  });

  describe('events', () => {
    it('fires mg-profile-change when the reader picks a life stage, and reflects it', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile controls></mg-reader-profile>`);
      const listener = oneEvent(el, 'mg-profile-change') as Promise<MgProfileChangeEvent>;
      await choose(el, 'life-stage', 'male-51-plus');
      const event = await listener;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        lifeStage: 'male-51-plus',
        lang: 'en',
        units: 'us',
        region: 'us',
        theme: 'auto',
        changed: ['lifeStage'],
      });
      expect(el.getAttribute('life-stage')).to.equal('male-51-plus');
    });

    it('switches language from the picker and re-renders in Spanish', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile controls></mg-reader-profile>`);
      const listener = oneEvent(el, 'mg-profile-change') as Promise<MgProfileChangeEvent>;
      await choose(el, 'lang', 'es');
      expect((await listener).detail.changed).to.deep.equal(['lang']);
      await settle(el);
      expect(el.getAttribute('lang')).to.equal('es');
      expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Personaliza las cifras');
    });
  });

  describe('context', () => {
    it('gives every consumer inside it the profile', async () => {
      const el = await fixture<MgReaderProfile>(html`
        <mg-reader-profile life-stage="female-19-30" units="metric" region="eu" theme="dark">
          <test-reader></test-reader>
          <div><test-reader></test-reader></div>
        </mg-reader-profile>
      `);
      const readers = [...el.querySelectorAll('test-reader')];
      await settle(...readers);
      for (const reader of readers) expect(shadowText(reader)).to.equal('female-19-30|en|metric|eu|dark');
    });

    it('lets a consumer override the profile with its own attributes', async () => {
      const el = await fixture<MgReaderProfile>(html`
        <mg-reader-profile life-stage="female-19-30" units="metric">
          <test-reader life-stage="child-4-8" units="us" lang="es"></test-reader>
        </mg-reader-profile>
      `);
      const reader = el.querySelector('test-reader')!;
      await settle(reader);
      expect(shadowText(reader)).to.equal('child-4-8|es|us|us|auto');
    });

    it('updates every consumer when the profile changes', async () => {
      const el = await fixture<MgReaderProfile>(html`
        <mg-reader-profile><test-reader></test-reader><test-reader></test-reader></mg-reader-profile>
      `);
      el.lifeStage = 'lactating-31-50';
      el.units = 'metric';
      await settle(el, ...el.querySelectorAll('test-reader'));
      for (const reader of el.querySelectorAll('test-reader')) {
        expect(shadowText(reader)).to.equal('lactating-31-50|en|metric|us|auto');
      }
    });

    it('applies a change a descendant asks for to every consumer under the same profile', async () => {
      const el = await fixture<MgReaderProfile>(html`
        <mg-reader-profile><test-reader id="a"></test-reader><section><test-reader id="b"></test-reader></section></mg-reader-profile>
      `);
      const [a, b] = [el.querySelector<TestReader>('#a')!, el.querySelector<TestReader>('#b')!];
      const changed = oneEvent(el, 'mg-profile-change') as Promise<MgProfileChangeEvent>;
      expect(a.ask({ lifeStage: 'male-31-50', locale: 'es' })).to.equal(true);
      expect((await changed).detail.changed).to.deep.equal(['lifeStage', 'lang']);
      await settle(a, b);
      expect(shadowText(b)).to.equal('male-31-50|es|us|us|auto');
      expect(shadowText(a)).to.equal('male-31-50|es|us|us|auto');
      expect(el.getAttribute('life-stage')).to.equal('male-31-50');
    });

    it('only the nearest profile handles a request', async () => {
      const outer = await fixture<MgReaderProfile>(html`
        <mg-reader-profile life-stage="male-19-30">
          <mg-reader-profile id="inner"><test-reader></test-reader></mg-reader-profile>
        </mg-reader-profile>
      `);
      const inner = outer.querySelector<MgReaderProfile>('#inner')!;
      const reader = inner.querySelector('test-reader')!;
      await settle(inner, reader);
      expect(shadowText(reader)).to.equal('male-19-30|en|us|us|auto');
      reader.ask({ units: 'metric' });
      await settle(inner, reader);
      expect(inner.profile.units).to.equal('metric');
      expect(outer.profile.units).to.equal('us');
    });

    it('without a provider, falls back to own attributes, nearest [lang], then en', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="es-MX"><test-reader id="a"></test-reader><test-reader id="b" lang="en" units="metric"></test-reader></div>
      `);
      const a = wrapper.querySelector<TestReader>('#a')!;
      const b = wrapper.querySelector<TestReader>('#b')!;
      await settle(a, b);
      expect(shadowText(a)).to.equal('general|es|us|us|auto');
      expect(shadowText(b)).to.equal('general|en|metric|us|auto');
      const bare = await fixture<TestReader>(html`<test-reader></test-reader>`);
      expect(shadowText(bare)).to.equal(`general|${document.documentElement.lang ? 'en' : 'en'}|us|us|auto`);
    });

    it('without a provider, a request applies to the widget alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><test-reader id="a"></test-reader><test-reader id="b"></test-reader></div>`);
      const a = wrapper.querySelector<TestReader>('#a')!;
      const b = wrapper.querySelector<TestReader>('#b')!;
      expect(a.ask({ lifeStage: 'child-1-3' })).to.equal(false);
      await settle(a, b);
      expect(shadowText(a)).to.equal('child-1-3|en|us|us|auto');
      expect(shadowText(b)).to.equal('general|en|us|us|auto');
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-reader></test-reader></div>`);
      const reader = wrapper.querySelector('test-reader')!;
      await settle(reader);
      expect(shadowText(reader)).to.equal('general|en|us|us|auto');
      wrapper.setAttribute('lang', 'es');
      await settle(reader);
      expect(shadowText(reader)).to.equal('general|es|us|us|auto');
    });

    it('gives the profile to a consumer that upgraded before its provider', async () => {
      const tag = uniqueTag('late-profile');
      const wrapper = await fixture<HTMLDivElement>(
        html`<div></div>`,
      );
      const provider = document.createElement(tag);
      provider.setAttribute('life-stage', 'pregnant-31-50');
      provider.setAttribute('region', 'eu');
      const reader = document.createElement('test-reader');
      provider.append(reader);
      wrapper.append(provider);
      await settle(reader);
      expect(shadowText(reader)).to.equal('general|en|us|us|auto');
      customElements.define(tag, class extends MgReaderProfile {});
      await settle(provider, reader);
      expect(shadowText(reader)).to.equal('pregnant-31-50|en|us|eu|auto');
    });

    it('forgets the provider when moved out from under it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div><mg-reader-profile units="metric"><test-reader></test-reader></mg-reader-profile><aside></aside></div>
      `);
      const reader = wrapper.querySelector('test-reader')!;
      await settle(reader);
      expect(shadowText(reader)).to.equal('general|en|metric|us|auto');
      wrapper.querySelector('aside')!.append(reader);
      await settle(reader);
      expect(shadowText(reader)).to.equal('general|en|us|us|auto');
    });

    it('stops listening for lang changes when removed', async () => {
      const before = langListenerCount();
      const wrapper = await fixture<HTMLDivElement>(html`<div><test-reader></test-reader><test-reader></test-reader></div>`);
      expect(langListenerCount()).to.equal(before + 2);
      wrapper.remove();
      expect(langListenerCount()).to.equal(before);
    });
  });

  describe('bad input', () => {
    it('warns for an unknown life stage and falls back to adult, general', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile life-stage="female-31-40"></mg-reader-profile>`);
      expect(el.profile.lifeStage).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<mg-reader-profile>: life-stage="female-31-40" is not valid.');
      expect(warnings.messages[0]).to.contain('infant-0-6m, infant-7-12m');
      expect(warnings.messages[0]).to.contain('Did you mean "female-31-50"?');
    });

    it('warns for bad units, region, theme, lang and controls, and falls back', async () => {
      const el = await fixture<MgReaderProfile>(
        html`<mg-reader-profile units="imperial" region="uk" theme="blue" lang="fr" controls="life-stages"></mg-reader-profile>`,
      );
      expect(el.profile).to.deep.equal({ lifeStage: undefined, locale: 'en', units: 'us', region: 'us', theme: 'auto' });
      const text = warnings.messages.join('\n');
      expect(text).to.contain('units="imperial" is not valid. Valid values: us, metric.');
      expect(text).to.contain('region="uk" is not valid. Valid values: us, eu.');
      expect(text).to.contain('theme="blue" is not valid. Valid values: auto, light, dark.');
      expect(text).to.contain('lang="fr" is not valid. Valid values: en, es.');
      expect(text).to.contain('controls="life-stages" is not valid.');
      expect(text).to.contain('Did you mean "life-stage"?');
      expect(el.shadowRoot!.querySelectorAll('select').length).to.equal(4);
    });

    it('keeps working after bad input is corrected', async () => {
      const el = await fixture<MgReaderProfile>(html`<mg-reader-profile units="imperial"><test-reader></test-reader></mg-reader-profile>`);
      el.units = 'metric';
      await settle(el, el.querySelector('test-reader')!);
      expect(shadowText(el.querySelector('test-reader')!)).to.equal('general|en|metric|us|auto');
    });
  });
});
