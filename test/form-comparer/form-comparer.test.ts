/**
 * <mg-form-comparer>: registration, every form's figures against the query API, attributes, the highlight, adding
 * and removing forms with `mg-forms-change`, the reader profile (with a provider, without, late), languages and
 * bad input.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/reader-profile/mg-reader-profile.js';
import { FORM_COMPARER_DEFAULT_FORMS, MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import type { MgReaderProfile } from '../../src/components/reader-profile/reader-profile.js';
import { LIFE_STAGE_IDS } from '../../src/data/enums.js';
import { SUPPLEMENT_FORM_IDS } from '../../src/data/generated/ids.js';
import type { ClaimId, SupplementFormId } from '../../src/data/generated/ids.js';
import { INTERACTIONS } from '../../src/data/generated/safety.js';
import { loadForms } from '../../src/data/loaders.js';
import { compoundMgFor, getForm, intakeTarget, percentOfRda } from '../../src/data/index.js';
import type { SupplementForm } from '../../src/data/types.js';
import { MgFormsChangeEvent } from '../../src/events/forms-change.js';
import { commonMessages, formatNumber, formatPercent } from '../../src/i18n/index.js';
import { defineElement } from '../../src/internal/define-element.js';
import { captureWarnings, nextFrames, uniqueTag } from '../helpers.js';
import {
  $,
  $$,
  ALL_FORMS,
  calculate,
  en,
  enView,
  es,
  esView,
  mg,
  part,
  plain,
  results,
  row,
  rowIds,
  rows,
  settle,
  tableStatus,
  text,
  typeInto,
} from './helpers.js';

const set = await loadForms();
const form = (id: SupplementFormId): SupplementForm => {
  const found = getForm(set, id);
  if (!found.ok) throw new Error(id);
  return found.value;
};
/** Claims about absorption itself: their badges go with absorption, the others with "Studied for". */
const ABSORPTION: readonly ClaimId[] = ['glycinate-vs-oxide-absorption', 'oxide-low-bioavailability'];
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

async function comparer(template: ReturnType<typeof html>): Promise<MgFormComparer> {
  const el = await fixture<MgFormComparer>(template);
  await settle(el);
  return el;
}

describe('<mg-form-comparer>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('registration', () => {
    it('is defined and upgraded, and registers the evidence badge it uses', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      expect(el).to.be.instanceOf(MgFormComparer);
      expect(customElements.get('mg-form-comparer')).to.equal(MgFormComparer);
      expect(customElements.get('mg-evidence-badge')).to.not.equal(undefined);
      expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
    });

    it('tolerates a second define of the same version', () => {
      expect(() => defineElement('mg-form-comparer', class extends MgFormComparer {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('every form, against the query API', () => {
    for (const [locale, view] of [
      ['en', enView],
      ['es', esView],
    ] as const) {
      it(`shows each of the ${SUPPLEMENT_FORM_IDS.length} forms as the data says (${locale})`, async () => {
        const el = await comparer(html`<mg-form-comparer lang=${locale} forms=${ALL_FORMS}></mg-form-comparer>`);
        expect(rowIds(el)).to.deep.equal(set.forms.map((f) => f.id));
        expect(set.forms).to.have.length(14);
        for (const f of set.forms) {
          const r = row(el, f.id);
          expect(part(r, '.name'), f.id).to.equal(f.name[locale]);
          expect(part(r, '.formula'), f.id).to.equal(f.formula);
          expect(part(r, '.pct'), f.id).to.equal(plain(formatPercent(locale, f.elementalPercent, 1)));
          expect(part(r, '.dose .num'), f.id).to.equal(mg(locale, compoundMgFor(f, 200)));
          expect(part(r, '.verdict'), f.id).to.equal(view.absorption[f.absorption.vsOxide]);
          expect(part(r, '.absorption .small'), f.id).to.equal(f.absorption.text[locale]);
          if (f.note) expect(part(r, '.elemental .small'), f.id).to.equal(f.note[locale]);
          const effects = [...r.querySelectorAll('.gut .effect')].map((e) => text(e));
          expect(effects, f.id).to.deep.equal(f.gutEffects.map((e) => e.text[locale]));
          if (f.gutEffects.length === 0) expect(part(r, '.gut .none')).to.equal(view.noGutData);
          const fill = r.querySelector<HTMLElement>('.fill')!;
          expect(fill.style.getPropertyValue('--_fill'), f.id).to.equal(`${f.elementalPercent.toFixed(1)}%`);
        }
      });
    }

    it('computes the compound for the `dose` attribute, for every form', async () => {
      const el = await comparer(html`<mg-form-comparer forms=${ALL_FORMS} dose="350"></mg-form-comparer>`);
      expect(text($(el, 'thead th.dose'))).to.equal(plain(en.columns.dose(mg('en', 350))));
      for (const f of set.forms)
        expect(part(row(el, f.id), '.dose .num'), f.id).to.equal(mg('en', compoundMgFor(f, 350)));
      el.dose = 2.5;
      await settle(el);
      for (const f of set.forms)
        expect(part(row(el, f.id), '.dose .num'), f.id).to.equal(mg('en', compoundMgFor(f, 2.5)));
    });

    it('shows an evidence badge for absorption and for each use studied, with the theme of the comparer', async () => {
      const el = await comparer(html`<mg-form-comparer forms=${ALL_FORMS} theme="dark"></mg-form-comparer>`);
      for (const f of set.forms) {
        const r = row(el, f.id);
        const absorption = [...r.querySelectorAll('.absorption mg-evidence-badge')].map((b) => b.getAttribute('claim'));
        const cited = new Set(f.absorption.sources.map((s) => s.claim));
        expect(absorption, f.id).to.deep.equal(ABSORPTION.filter((c) => cited.has(c)));
        const studied = [...r.querySelectorAll('.studied li')];
        const expected = f.claims.filter((c) => !ABSORPTION.includes(c) && !c.startsWith('safety-'));
        expect(
          studied.map((li) => li.querySelector('mg-evidence-badge')!.getAttribute('claim')),
          f.id,
        ).to.deep.equal(expected);
        for (const li of studied) {
          const claim = li.querySelector('mg-evidence-badge')!.getAttribute('claim') as keyof typeof enView.topics;
          expect(text(li).startsWith(enView.topics[claim]), f.id).to.equal(true);
        }
        if (expected.length === 0) expect(part(r, '.studied .none')).to.equal(enView.noStudies);
        for (const badge of r.querySelectorAll('mg-evidence-badge'))
          expect(badge.getAttribute('theme')).to.equal('dark');
      }
    });

    it('lists each form’s sources once, in a disclosure named with the form', async () => {
      const el = await comparer(html`<mg-form-comparer forms=${ALL_FORMS}></mg-form-comparer>`);
      for (const f of set.forms) {
        const r = row(el, f.id);
        const labels = [
          ...new Set([...f.absorption.sources, ...f.gutEffects.flatMap((e) => e.sources)].map((s) => s.label)),
        ];
        const items = [...r.querySelectorAll('.sources li')].map((li) => text(li));
        expect(items, f.id).to.deep.equal(labels.map((l) => plain(l)));
        if (labels.length === 0) {
          expect(part(r, '.sources .none')).to.equal(enView.noSources);
        } else {
          expect(text(r.querySelector('.sources summary'))).to.equal(
            plain(enView.sourcesCount(labels.length, String(labels.length)) + enView.sourcesFor(lower(f.name.en))),
          );
        }
      }
    });

    it('notes the gut effect of every form, with its sources', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      expect(text($(el, '.gut-note p'))).to.equal(
        plain(`${en.columns.gut}. ${enView.allForms} ${set.gutEffectsAllForms.text.en}`),
      );
      expect($$(el, '.gut-note li').map((li) => text(li))).to.deep.equal(
        set.gutEffectsAllForms.sources.map((s) => plain(s.label)),
      );
    });
  });

  describe('attributes', () => {
    it('compares the default forms, 200 mg, with the table caption and notes', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      expect(rowIds(el)).to.deep.equal([...FORM_COMPARER_DEFAULT_FORMS]);
      expect(FORM_COMPARER_DEFAULT_FORMS).to.deep.equal([
        'oxide',
        'citrate',
        'glycinate',
        'chloride',
        'malate',
        'l-threonate',
      ]);
      expect(text($(el, 'caption'))).to.equal(en.title);
      expect(text($(el, '#table-notes'))).to.equal(`${en.theoretical} ${en.studiedNote}`);
      expect(text($(el, 'thead th.dose'))).to.equal(plain(en.columns.dose(mg('en', 200))));
      expect($$(el, '.highlighted')).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the forms of `forms` in its order', async () => {
      const el = await comparer(html`<mg-form-comparer forms="taurate oxide sulfate"></mg-form-comparer>`);
      expect(rowIds(el)).to.deep.equal(['taurate', 'oxide', 'sulfate']);
      el.forms = 'gluconate';
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['gluconate']);
    });

    it('marks the `highlight` form with a text tag and a thicker border, not color alone', async () => {
      const el = await comparer(html`<mg-form-comparer highlight="glycinate"></mg-form-comparer>`);
      const r = row(el, 'glycinate');
      expect(r.classList.contains('highlighted')).to.equal(true);
      expect(r.getAttribute('part')).to.equal('row highlighted');
      expect(part(r, '.tag')).to.equal(enView.highlighted);
      // The tag is part of the row header, so screen readers hear it with the form's name.
      expect(text(r.querySelector('th[scope="row"]'))).to.contain(enView.highlighted);
      const th = getComputedStyle(r.querySelector('th')!);
      const plainTh = getComputedStyle(row(el, 'oxide').querySelector('th')!);
      expect(parseFloat(th.borderInlineStartWidth)).to.be.greaterThan(parseFloat(plainTh.borderInlineStartWidth) + 4);
      expect(parseFloat(th.borderTopWidth)).to.be.at.least(3);
      expect($$(el, '.tag')).to.have.length(1);
    });

    it('adds the `highlight` form when `forms` leaves it out', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide citrate" highlight="taurate"></mg-form-comparer>`);
      expect(rowIds(el)).to.deep.equal(['oxide', 'citrate', 'taurate']);
      expect(row(el, 'taurate').classList.contains('highlighted')).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('restores the defaults when attributes are removed', async () => {
      const el = await comparer(
        html`<mg-form-comparer forms="oxide" highlight="oxide" dose="50" layout="cards"></mg-form-comparer>`,
      );
      expect(rowIds(el)).to.deep.equal(['oxide']);
      for (const name of ['forms', 'highlight', 'dose', 'layout']) el.removeAttribute(name);
      await settle(el);
      expect(rowIds(el)).to.deep.equal([...FORM_COMPARER_DEFAULT_FORMS]);
      expect($$(el, '.highlighted')).to.have.length(0);
      expect(text($(el, 'thead th.dose'))).to.equal(plain(en.columns.dose(mg('en', 200))));
      expect($(el, '.root').classList.contains('layout-auto')).to.equal(true);
    });

    it('does not reflect its attributes (the reader’s changes update properties only)', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide citrate"></mg-form-comparer>`);
      row(el, 'oxide').querySelector<HTMLButtonElement>('.remove')!.click();
      await settle(el);
      expect(el.forms).to.equal('citrate');
      expect(el.getAttribute('forms')).to.equal('oxide citrate');
      for (const name of ['highlight', 'dose', 'layout', 'region', 'life-stage'])
        expect(el.hasAttribute(name)).to.equal(false);
    });
  });

  describe('adding and removing forms', () => {
    it('removes a form with its button, fires mg-forms-change and keeps the focus on the next remove button', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      const button = row(el, 'citrate').querySelector<HTMLButtonElement>('.remove')!;
      expect(text(button.querySelector('.visually-hidden'))).to.equal(enView.remove('magnesium citrate'));
      expect(button.querySelector('[aria-hidden="true"]')!.textContent).to.equal('✕');
      button.focus();
      setTimeout(() => button.click());
      const event = await oneEvent(el, MgFormsChangeEvent.eventName);
      expect(event).to.be.instanceOf(MgFormsChangeEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(false);
      const expected = FORM_COMPARER_DEFAULT_FORMS.filter((id) => id !== 'citrate');
      expect(event.detail).to.deep.equal({ forms: expected });
      expect(Object.isFrozen(event.detail)).to.equal(true);
      expect(Object.isFrozen(event.detail.forms)).to.equal(true);
      await settle(el);
      expect(rowIds(el)).to.deep.equal(expected);
      expect(el.shadowRoot!.activeElement).to.equal(row(el, 'glycinate').querySelector('.remove'));
      expect(tableStatus(el)).to.equal(plain(enView.removed('magnesium citrate', 5, '5')));
    });

    it('moves the focus to the previous row after removing the last one, and to the add control at one form', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide citrate"></mg-form-comparer>`);
      row(el, 'citrate').querySelector<HTMLButtonElement>('.remove')!.click();
      await settle(el);
      // One form left: it cannot be removed, so the focus goes to the add control.
      expect(rowIds(el)).to.deep.equal(['oxide']);
      expect($$(el, '.remove')).to.have.length(0);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#add-form'));
      const three = await comparer(html`<mg-form-comparer forms="oxide citrate malate"></mg-form-comparer>`);
      row(three, 'malate').querySelector<HTMLButtonElement>('.remove')!.click();
      await settle(three);
      expect(three.shadowRoot!.activeElement).to.equal(row(three, 'citrate').querySelector('.remove'));
    });

    it('adds a form from the select of the forms not shown, and keeps the focus on the select', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide glycinate"></mg-form-comparer>`);
      const select = $<HTMLSelectElement>(el, '#add-form');
      const options = [...select.options].map((o) => o.value);
      expect(options.sort()).to.deep.equal(
        SUPPLEMENT_FORM_IDS.filter((id) => id !== 'oxide' && id !== 'glycinate').sort(),
      );
      // Sorted by name in the reader's language.
      expect([...select.options].map((o) => o.text)).to.deep.equal(
        [...select.options].map((o) => o.text).sort((a, b) => a.localeCompare(b, 'en')),
      );
      expect(text($(el, 'label[for="add-form"]'))).to.equal(enView.addLabel);
      select.value = 'taurate';
      setTimeout(() => $<HTMLButtonElement>(el, '.add-button').click());
      const event = await oneEvent(el, MgFormsChangeEvent.eventName);
      expect(event.detail.forms).to.deep.equal(['oxide', 'glycinate', 'taurate']);
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['oxide', 'glycinate', 'taurate']);
      expect(el.forms).to.equal('oxide glycinate taurate');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#add-form'));
      expect([...$<HTMLSelectElement>(el, '#add-form').options].map((o) => o.value)).to.not.include('taurate');
      expect(tableStatus(el)).to.equal(plain(enView.added('magnesium taurate', 3, '3')));
    });

    it('says when every form is in the table, and then focuses the new row', async () => {
      const last = SUPPLEMENT_FORM_IDS[SUPPLEMENT_FORM_IDS.length - 1]!;
      const el = await comparer(
        html`<mg-form-comparer forms=${SUPPLEMENT_FORM_IDS.filter((id) => id !== last).join(' ')}></mg-form-comparer>`,
      );
      $<HTMLSelectElement>(el, '#add-form').value = last;
      $<HTMLButtonElement>(el, '.add-button').click();
      await settle(el);
      expect(rowIds(el)).to.have.length(14);
      expect(el.shadowRoot!.querySelector('#add-form')).to.equal(null);
      expect(text($(el, '.add'))).to.equal(enView.allShown);
      expect(el.shadowRoot!.activeElement).to.equal(row(el, last).querySelector('.remove'));
    });

    it('does not add back a highlighted form the reader removed', async () => {
      const el = await comparer(
        html`<mg-form-comparer forms="oxide citrate" highlight="glycinate"></mg-form-comparer>`,
      );
      expect(rowIds(el)).to.deep.equal(['oxide', 'citrate', 'glycinate']);
      row(el, 'glycinate').querySelector<HTMLButtonElement>('.remove')!.click();
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['oxide', 'citrate']);
      el.setAttribute('forms', 'malate');
      await settle(el);
      expect(rowIds(el)).to.deep.equal(['malate', 'glycinate']);
    });

    it('ignores an add without a valid choice', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide"></mg-form-comparer>`);
      let fired = 0;
      el.addEventListener(MgFormsChangeEvent.eventName, () => fired++);
      const select = $<HTMLSelectElement>(el, '#add-form');
      select.append(new Option('Oxide again', 'oxide'));
      select.value = 'oxide';
      $<HTMLButtonElement>(el, '.add-button').click();
      await settle(el);
      expect(fired).to.equal(0);
      expect(rowIds(el)).to.deep.equal(['oxide']);
    });
  });

  describe('reader profile', () => {
    it('uses the life stage and region of the profile in the calculator', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile life-stage="female-19-30" region="eu"
          ><mg-form-comparer></mg-form-comparer
        ></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-form-comparer')!;
      await settle(el);
      await calculate(el, { amount: '100' });
      const common = commonMessages('en');
      expect(results(el).target).to.equal(
        plain(
          enView.results.targetValue(
            formatPercent('en', percentOfRda(100, 'female-19-30')),
            mg('en', 310),
            'RDA',
            common.lifeStages['female-19-30'],
          ),
        ),
      );
      expect(results(el).limit).to.equal(
        plain(
          enView.results.limitValue(
            formatPercent('en', (100 / 250) * 100),
            mg('en', 250),
            common.regions.eu,
            common.lifeStages['female-19-30'],
          ),
        ),
      );
      expect($<HTMLSelectElement>(el, '#calc-life-stage').value).to.equal('female-19-30');
      expect($<HTMLSelectElement>(el, '#calc-region').value).to.equal('eu');
    });

    it('changes the profile from its own pickers (and every widget under it follows)', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile
          ><mg-form-comparer id="a"></mg-form-comparer><mg-form-comparer id="b"></mg-form-comparer
        ></mg-reader-profile>`,
      );
      const [a, b] = [profile.querySelector<MgFormComparer>('#a')!, profile.querySelector<MgFormComparer>('#b')!];
      await settle(a, b);
      const select = $<HTMLSelectElement>(a, '#calc-region');
      select.value = 'eu';
      select.dispatchEvent(new Event('change'));
      const stage = $<HTMLSelectElement>(a, '#calc-life-stage');
      stage.value = 'child-4-8';
      stage.dispatchEvent(new Event('change'));
      await settle(profile, a, b);
      expect(profile.region).to.equal('eu');
      expect(profile.lifeStage).to.equal('child-4-8');
      expect($<HTMLSelectElement>(b, '#calc-region').value).to.equal('eu');
      expect($<HTMLSelectElement>(b, '#calc-life-stage').value).to.equal('child-4-8');
    });

    it('prefers its own life-stage and region to the profile’s, and follows the reader’s pick too', async () => {
      const profile = await fixture<MgReaderProfile>(
        html`<mg-reader-profile life-stage="male-31-50"
          ><mg-form-comparer life-stage="child-1-3" region="eu"></mg-form-comparer
        ></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-form-comparer')!;
      await settle(el);
      await calculate(el, { amount: '50' });
      const common = commonMessages('en');
      expect(results(el).limit).to.equal(
        plain(enView.results.noLimit(common.regions.eu, common.lifeStages['child-1-3'])),
      );
      const select = $<HTMLSelectElement>(el, '#calc-life-stage');
      select.value = 'child-9-13';
      select.dispatchEvent(new Event('change'));
      await settle(profile, el);
      expect(el.lifeStage).to.equal('child-9-13');
      expect(profile.lifeStage).to.equal('child-9-13');
    });

    it('without a profile, applies the reader’s picks to itself alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><mg-form-comparer id="a"></mg-form-comparer><mg-form-comparer id="b"></mg-form-comparer></div>`,
      );
      const [a, b] = [wrapper.querySelector<MgFormComparer>('#a')!, wrapper.querySelector<MgFormComparer>('#b')!];
      await settle(a, b);
      const select = $<HTMLSelectElement>(a, '#calc-region');
      select.value = 'eu';
      select.dispatchEvent(new Event('change'));
      await settle(a, b);
      expect($<HTMLSelectElement>(a, '#calc-region').value).to.equal('eu');
      expect($<HTMLSelectElement>(b, '#calc-region').value).to.equal('us');
    });

    it('gets the profile when the provider upgrades late', async () => {
      const tag = uniqueTag('late-profile');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = document.createElement(tag);
      provider.setAttribute('life-stage', 'pregnant-19-30');
      provider.setAttribute('region', 'eu');
      const el = document.createElement('mg-form-comparer');
      provider.append(el);
      wrapper.append(provider);
      await settle(el);
      expect($<HTMLSelectElement>(el, '#calc-life-stage').value).to.equal('');
      const { MgReaderProfile: Profile } = await import('../../src/components/reader-profile/reader-profile.js');
      customElements.define(tag, class extends Profile {});
      await settle(provider, el);
      expect($<HTMLSelectElement>(el, '#calc-life-stage').value).to.equal('pregnant-19-30');
      await calculate(el, { amount: '100' });
      expect(results(el).target).to.contain(plain(mg('en', intakeTarget('pregnant-19-30').mg)));
      expect(results(el).limit).to.contain(plain(mg('en', 250)));
    });
  });

  describe('languages', () => {
    it('renders in Spanish with lang="es": texts, names, numbers and the safety panel', async () => {
      const el = await comparer(
        html`<mg-form-comparer lang="es" highlight="glycinate" dose="1000"></mg-form-comparer>`,
      );
      expect(text($(el, '#table-title'))).to.equal(es.title);
      expect(text($(el, 'thead th.dose'))).to.equal(plain(es.columns.dose(mg('es', 1000))));
      expect(mg('es', 1000)).to.equal('1000 mg');
      const glycinate = form('glycinate');
      const r = row(el, 'glycinate');
      expect(part(r, '.name')).to.equal(glycinate.name.es);
      expect(part(r, '.pct')).to.equal(plain(formatPercent('es', glycinate.elementalPercent, 1)));
      expect(part(r, '.pct')).to.match(/^\d+,\d %$/);
      expect(part(r, '.dose .num')).to.equal(mg('es', compoundMgFor(glycinate, 1000)));
      expect(part(r, '.tag')).to.equal(esView.highlighted);
      expect(text($(el, 'label[for="calc-amount"]'))).to.equal(esView.calc.amount);
      expect(text($(el, '.guide summary'))).to.equal(esView.guideTitle);
      expect($$(el, '.safety li').map((li) => text(li).split(commonMessages('es').sources)[0]!.trim())).to.deep.equal(
        INTERACTIONS.map((i) => plain(i.text.es)),
      );
      // Source labels are English: marked so.
      expect($$(el, '.safety .cite [lang="en"]').length).to.be.greaterThan(0);
      expect($(el, '.root').getAttribute('lang')).to.equal('es');
    });

    it('re-renders when an ancestor lang changes, keeping the reader’s forms and calculator', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mg-form-comparer></mg-form-comparer></div>`);
      const el = wrapper.querySelector('mg-form-comparer')!;
      await settle(el);
      row(el, 'oxide').querySelector<HTMLButtonElement>('.remove')!.click();
      await typeInto(el, 'calc-amount', '250');
      await settle(el);
      wrapper.setAttribute('lang', 'es-MX');
      await settle(el);
      expect(text($(el, '#table-title'))).to.equal(es.title);
      expect(rowIds(el)).to.not.include('oxide');
      expect($<HTMLInputElement>(el, '#calc-amount').value).to.equal('250');
      expect(text($(el, '.results dt'))).to.equal(esView.results.perDay);
    });

    it('reads amounts in the reader’s number format (1.000 in Spanish, 1,000 in English)', async () => {
      const el = await comparer(html`<mg-form-comparer lang="es"></mg-form-comparer>`);
      await calculate(el, { amount: '1.000', basis: 'elemental' });
      expect(results(el).perDay).to.equal(mg('es', 1000));
      await typeInto(el, 'calc-amount', '2,5');
      await settle(el);
      expect(results(el).perDay).to.equal(mg('es', 2.5));
      const english = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      await calculate(english, { amount: '1,000', basis: 'elemental' });
      expect(results(english).perDay).to.equal(mg('en', 1000));
    });
  });

  describe('light-DOM fallback content', () => {
    it('shows the publisher’s table until the element upgrades, then hides it and keeps it in the document', async () => {
      const tag = uniqueTag('mg-form-comparer-late');
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      const table = document.createElement('table');
      const caption = table.createCaption();
      caption.textContent = 'Supplement forms';
      el.append(table);
      wrapper.append(el);
      expect(table.checkVisibility()).to.equal(true);
      customElements.define(tag, class extends MgFormComparer {});
      await settle(el);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(table.isConnected).to.equal(true);
      expect(table.checkVisibility()).to.equal(false);
      expect(rows(el as MgFormComparer)).to.have.length(6);
    });
  });

  describe('bad input', () => {
    const validForms = SUPPLEMENT_FORM_IDS.join(', ');

    it('warns for unknown form ids with a did-you-mean, and keeps the valid ones', async () => {
      const el = await comparer(html`<mg-form-comparer forms="oxide glycinat threonate zinc"></mg-form-comparer>`);
      expect(warnings.messages).to.deep.equal([
        `<mg-form-comparer>: forms="glycinat" is not valid. Valid values: ${validForms}. Did you mean "glycinate"? Using the valid tokens only.`,
        `<mg-form-comparer>: forms="threonate" is not valid. Valid values: ${validForms}. Did you mean "l-threonate"? Using the valid tokens only.`,
        `<mg-form-comparer>: forms="zinc" is not valid. Valid values: ${validForms}. Using the valid tokens only.`,
      ]);
      expect(rowIds(el)).to.deep.equal(['oxide']);
    });

    it('uses the default forms when none is valid, and says so', async () => {
      const el = await comparer(html`<mg-form-comparer forms="zinc iron"></mg-form-comparer>`);
      expect(warnings.messages).to.deep.equal([
        `<mg-form-comparer>: forms="zinc" is not valid. Valid values: ${validForms}. Using the valid tokens only.`,
        `<mg-form-comparer>: forms="iron" is not valid. Valid values: ${validForms}. Using the valid tokens only.`,
        '<mg-form-comparer>: forms="zinc iron" names no supplement form. Using the default forms: oxide citrate glycinate chloride malate l-threonate.',
      ]);
      expect(rowIds(el)).to.deep.equal([...FORM_COMPARER_DEFAULT_FORMS]);
    });

    for (const dose of ['abc', '-5', '0', '5000', 'Infinity', '1e9']) {
      it(`warns for dose="${dose}" and uses 200 mg`, async () => {
        const el = await comparer(html`<mg-form-comparer dose=${dose}></mg-form-comparer>`);
        expect(warnings.messages).to.deep.equal([
          `<mg-form-comparer>: dose="${dose}" is not valid. Valid values: a number from 1 to 2000. Using 200.`,
        ]);
        expect(text($(el, 'thead th.dose'))).to.equal(plain(en.columns.dose(mg('en', 200))));
        expect(part(row(el, 'oxide'), '.dose .num')).to.equal(mg('en', compoundMgFor(form('oxide'), 200)));
      });
    }

    it('warns for an unknown highlight and highlights nothing', async () => {
      const el = await comparer(html`<mg-form-comparer highlight="glycine"></mg-form-comparer>`);
      expect(warnings.messages).to.deep.equal([
        `<mg-form-comparer>: highlight="glycine" is not valid. Valid values: ${validForms}. Did you mean "glycinate"? Using no highlight.`,
      ]);
      expect($$(el, '.highlighted')).to.have.length(0);
      expect(rowIds(el)).to.deep.equal([...FORM_COMPARER_DEFAULT_FORMS]);
    });

    it('warns for an unknown layout and uses auto', async () => {
      const el = await comparer(html`<mg-form-comparer layout="grid"></mg-form-comparer>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-form-comparer>: layout="grid" is not valid. Valid values: auto, table, cards. Using "auto".',
      ]);
      expect($(el, '.root').classList.contains('layout-auto')).to.equal(true);
    });

    it('warns for an unknown region and uses the profile’s (the US by default)', async () => {
      const el = await comparer(html`<mg-form-comparer region="uk"></mg-form-comparer>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-form-comparer>: region="uk" is not valid. Valid values: us, eu. Did you mean "us"? Using "us".',
      ]);
      await calculate(el, { amount: '100' });
      expect(results(el).limit).to.contain(commonMessages('en').regions.us);
      expect(results(el).limit).to.contain(mg('en', 350));
    });

    it('warns for an unknown life stage and uses the profile (or adults)', async () => {
      const el = await comparer(html`<mg-form-comparer life-stage="female-31-40"></mg-form-comparer>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal(
        `<mg-form-comparer>: life-stage="female-31-40" is not valid. Valid values: ${LIFE_STAGE_IDS.join(', ')}. ` +
          'Did you mean "female-31-50"? Using the reader profile (or adult, general).',
      );
      await calculate(el, { amount: '100' });
      expect(results(el).target).to.equal(
        plain(enView.results.targetGeneral(formatPercent('en', percentOfRda(100)), mg('en', 420))),
      );
    });

    it('keeps the reader’s forms and calculator when attributes turn bad', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      $<HTMLSelectElement>(el, '#add-form').value = 'taurate';
      $<HTMLButtonElement>(el, '.add-button').click();
      await calculate(el, { amount: '400', form: 'citrate', basis: 'compound' });
      const before = { ids: rowIds(el), results: results(el) };
      el.setAttribute('dose', 'lots');
      el.setAttribute('layout', 'wide');
      el.setAttribute('region', 'mars');
      el.setAttribute('highlight', 'best');
      await settle(el);
      expect(warnings.messages).to.have.length(4);
      expect(rowIds(el)).to.deep.equal(before.ids);
      expect(results(el)).to.deep.equal(before.results);
      expect($<HTMLInputElement>(el, '#calc-amount').value).to.equal('400');
      expect($<HTMLSelectElement>(el, '#calc-form').value).to.equal('citrate');
    });

    it('never throws on odd property values', async () => {
      const el = await comparer(html`<mg-form-comparer></mg-form-comparer>`);
      const odd: [string, unknown][] = [
        ['forms', 42],
        ['forms', '   '],
        ['forms', ',,,'],
        ['forms', 'a'.repeat(5000)],
        ['dose', Number.NaN],
        ['dose', -0.5],
        ['dose', 1e12],
        ['dose', {}],
        ['highlight', ['oxide']],
        ['layout', 7],
        ['region', {}],
        ['lifeStage', 'nobody'],
        ['theme', ['dark']],
      ];
      for (const [key, value] of odd) {
        (el as unknown as Record<string, unknown>)[key] = value;
        await settle(el);
      }
      expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
      expect(rows(el).length).to.be.greaterThan(0);
      await nextFrames();
    });

    it('logs each bad value once, however often it renders', async () => {
      const el = await comparer(html`<mg-form-comparer dose="big"></mg-form-comparer>`);
      await typeInto(el, 'calc-amount', '1');
      await typeInto(el, 'calc-amount', '12');
      await settle(el);
      expect(warnings.messages).to.have.length(1);
      expect(formatNumber('en', 1)).to.equal('1');
    });
  });
});
