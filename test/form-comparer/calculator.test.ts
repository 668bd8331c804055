/**
 * <mg-form-comparer> label calculator, guide and safety panel: compound and elemental amounts for every form, % of
 * the RDA/AI and of the upper limit for several life stages in both regions (against the query API), servings,
 * the warning above the limit (and none at or below it, announced only on crossing), debounced announcements,
 * number formats and invalid input.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CALC_ANNOUNCE_DELAY, type MgFormComparer } from '../../src/components/form-comparer/form-comparer.js';
import { parseAmount } from '../../src/components/form-comparer/label-math.js';
import type { LifeStageId, Region } from '../../src/data/enums.js';
import { DAILY_VALUE_MG, UPPER_LIMIT_NOTE } from '../../src/data/generated/intakes.js';
import { INTERACTIONS } from '../../src/data/generated/safety.js';
import { loadForms } from '../../src/data/loaders.js';
import { compoundMgFor, elementalMg, intakeTarget, percentOfRda, upperLimitFor } from '../../src/data/index.js';
import type { SupplementForm } from '../../src/data/types.js';
import { commonMessages, formatPercent } from '../../src/i18n/index.js';
import { safeHttpUrl } from '../../src/internal/safe-url.js';
import { captureWarnings } from '../helpers.js';
import {
  $,
  $$,
  calcStatus,
  calculate,
  choose,
  enView,
  esView,
  mg,
  plain,
  results,
  settle,
  text,
  typeInto,
  wait,
} from './helpers.js';

const set = await loadForms();
const common = commonMessages('en');
const pct = (value: number) => plain(formatPercent('en', value));
const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

async function comparer(template = html`<mg-form-comparer></mg-form-comparer>`): Promise<MgFormComparer> {
  const el = await fixture<MgFormComparer>(template);
  await settle(el);
  return el;
}

/** The target line as the API computes it. */
function expectedTarget(perDay: number, lifeStage: LifeStageId | undefined): string {
  const target = intakeTarget(lifeStage);
  const percent = pct(percentOfRda(perDay, lifeStage));
  return plain(
    target.kind === 'DV' || !target.lifeStage
      ? enView.results.targetGeneral(percent, mg('en', target.mg))
      : enView.results.targetValue(percent, mg('en', target.mg), target.kind, common.lifeStages[target.lifeStage]),
  );
}

/** The upper-limit line as the API computes it. */
function expectedLimit(perDay: number, lifeStage: LifeStageId | undefined, region: Region): string {
  const limit = upperLimitFor(lifeStage, region).mg;
  const who = lifeStage ? common.lifeStages[lifeStage] : enView.results.adults;
  return plain(
    limit === null
      ? enView.results.noLimit(common.regions[region], who)
      : enView.results.limitValue(pct((perDay / limit) * 100), mg('en', limit), common.regions[region], who),
  );
}

describe('<mg-form-comparer> calculator', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => {
    expect(warnings.messages).to.deep.equal([]);
    warnings.restore();
  });

  describe('reading numbers', () => {
    it('reads English and Spanish number formats', () => {
      const cases: [string, 'en' | 'es', number][] = [
        ['500', 'en', 500],
        [' 500 mg', 'en', 500],
        ['1,000', 'en', 1000],
        ['1,000.5', 'en', 1000.5],
        ['1.5', 'en', 1.5],
        ['1,5', 'en', 1.5],
        ['.5', 'en', 0.5],
        ['1.000', 'es', 1000],
        ['1.000,5', 'es', 1000.5],
        ['2,5', 'es', 2.5],
        ['2.5', 'es', 2.5],
        ['1 000', 'es', 1000],
        ['0', 'en', 0],
      ];
      for (const [input, locale, expected] of cases)
        expect(parseAmount(input, locale), `${input} (${locale})`).to.equal(expected);
      for (const bad of ['', 'abc', '-5', '5-', '1..2', '1,2,3.4.5', 'e5', '12abc', 'Infinity'])
        expect(Number.isNaN(parseAmount(bad, 'en')), bad).to.equal(true);
    });
  });

  describe('both ways, for every form', () => {
    it('turns a compound amount into magnesium, and magnesium into the compound', async () => {
      const el = await comparer();
      for (const form of set.forms) {
        await calculate(el, { form: form.id, amount: '500', basis: 'compound' });
        const elemental = elementalMg(form, 500);
        expect(results(el).perDay, form.id).to.equal(mg('en', elemental));
        expect(text($(el, '.results dd .small')), form.id).to.equal(
          plain(enView.results.fromCompound(mg('en', 500), lower(form.name.en))),
        );
        expect(results(el).target, form.id).to.equal(expectedTarget(elemental, undefined));
        await calculate(el, { amount: '200', basis: 'elemental' });
        expect(results(el).perDay, form.id).to.equal(mg('en', 200));
        expect(text($(el, '.results dd .small')), form.id).to.equal(
          plain(enView.results.asCompound(mg('en', compoundMgFor(form, 200)), lower(form.name.en))),
        );
      }
    });

    it('multiplies by the servings a day, and shows the amount per serving', async () => {
      const el = await comparer();
      const glycinate = set.byId.get('glycinate')!;
      await calculate(el, { form: 'glycinate', amount: '500', basis: 'compound', servings: '3' });
      const perServing = elementalMg(glycinate, 500);
      expect(results(el).perDay).to.equal(mg('en', perServing * 3));
      expect(text($(el, '.results dd .small'))).to.equal(
        plain(
          `${enView.results.fromCompound(mg('en', 1500), 'magnesium glycinate (bisglycinate)')} · ${enView.results.perServing(mg('en', perServing))}`,
        ),
      );
      expect(results(el).limit).to.equal(expectedLimit(perServing * 3, undefined, 'us'));
    });
  });

  describe('% of the RDA/AI and of the upper limit', () => {
    const stages: (LifeStageId | undefined)[] = [
      undefined,
      'female-19-30',
      'male-51-plus',
      'pregnant-14-18',
      'child-1-3',
      'child-4-8',
      'infant-0-6m',
    ];
    for (const region of ['us', 'eu'] as const) {
      for (const lifeStage of stages) {
        it(`for ${lifeStage ?? 'adults (no life stage)'} in the ${region.toUpperCase()}`, async () => {
          const el = await comparer(
            html`<mg-form-comparer region=${region} life-stage=${lifeStage ?? ''}></mg-form-comparer>`,
          );
          const citrate: SupplementForm = set.byId.get('citrate')!;
          await calculate(el, { form: 'citrate', amount: '1200', basis: 'compound' });
          const perDay = elementalMg(citrate, 1200);
          expect(results(el).target).to.equal(expectedTarget(perDay, lifeStage));
          expect(results(el).limit).to.equal(expectedLimit(perDay, lifeStage, region));
          await calculate(el, { amount: '60', basis: 'elemental' });
          expect(results(el).target).to.equal(expectedTarget(60, lifeStage));
          expect(results(el).limit).to.equal(expectedLimit(60, lifeStage, region));
          const limit = upperLimitFor(lifeStage, region).mg;
          expect(el.shadowRoot!.querySelector('.warning') !== null).to.equal(limit !== null && 60 > limit);
        });
      }
    }

    it('names the limits it uses: 350 mg (US) and 250 mg (EU) for adults, 65 mg for a child of 1–3 in the US', () => {
      expect(upperLimitFor(undefined, 'us').mg).to.equal(350);
      expect(upperLimitFor(undefined, 'eu').mg).to.equal(250);
      expect(upperLimitFor('child-1-3', 'us').mg).to.equal(65);
      expect(upperLimitFor('child-1-3', 'eu').mg).to.equal(null);
    });
  });

  describe('the warning above the upper limit', () => {
    const cases: [Region, LifeStageId | undefined][] = [
      ['us', undefined],
      ['eu', 'female-31-50'],
      ['us', 'child-1-3'],
    ];
    for (const [region, lifeStage] of cases) {
      it(`warns above ${region.toUpperCase()} ${lifeStage ?? 'adult'} limit, and not at or below it`, async () => {
        const el = await comparer(
          html`<mg-form-comparer region=${region} life-stage=${lifeStage ?? ''}></mg-form-comparer>`,
        );
        const limit = upperLimitFor(lifeStage, region).mg!;
        await calculate(el, { amount: String(limit - 1), basis: 'elemental' });
        expect(el.shadowRoot!.querySelector('.warning')).to.equal(null);
        await calculate(el, { amount: String(limit), basis: 'elemental' });
        expect(el.shadowRoot!.querySelector('.warning')).to.equal(null);
        await calculate(el, { amount: String(limit + 1), basis: 'elemental' });
        const warning = $(el, '.warning');
        expect(warning.getAttribute('role')).to.equal('alert');
        expect(warning.getAttribute('part')).to.equal('warning');
        expect(text(warning)).to.equal(plain(`⚠ ${enView.results.over(mg('en', limit), common.regions[region])}`));
        // The compound that gives exactly the limit is not above it (no rounding surprise).
        const oxide = set.byId.get('oxide')!;
        await calculate(el, { form: 'oxide', amount: String(compoundMgFor(oxide, limit)), basis: 'compound' });
        expect(results(el).perDay).to.equal(mg('en', limit));
        expect(el.shadowRoot!.querySelector('.warning')).to.equal(null);
      });
    }

    it('is an alert only when the amount crosses the limit, not on every keystroke', async () => {
      const el = await comparer();
      await calculate(el, { amount: '400', basis: 'elemental' });
      const first = $(el, '.warning');
      const words = text(first);
      await typeInto(el, 'calc-amount', '4000');
      await settle(el);
      expect($(el, '.warning')).to.equal(first);
      expect(text(first)).to.equal(words);
      await typeInto(el, 'calc-amount', '40');
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await typeInto(el, 'calc-amount', '400');
      await settle(el);
      expect($(el, '.warning')).to.not.equal(first);
      expect($$(el, '[role="alert"]')).to.have.length(1);
    });

    it('always reminds that food does not count towards the limit', async () => {
      const el = await comparer();
      expect(text($(el, '.calc .note'))).to.equal(plain(UPPER_LIMIT_NOTE.en));
      await calculate(el, { amount: '900', basis: 'elemental' });
      expect(text($(el, '.calc .note'))).to.equal(plain(UPPER_LIMIT_NOTE.en));
    });
  });

  describe('as the reader types', () => {
    it('updates the results at once and announces them once the reader pauses', async () => {
      const el = await comparer();
      expect(text($(el, '.results'))).to.equal(enView.calc.empty);
      await typeInto(el, 'calc-amount', '4');
      await typeInto(el, 'calc-amount', '40');
      await typeInto(el, 'calc-amount', '400');
      expect(results(el).perDay).to.equal(mg('en', 400));
      expect(calcStatus(el)).to.equal('');
      await wait(CALC_ANNOUNCE_DELAY + 150);
      await settle(el);
      expect(calcStatus(el)).to.equal(
        plain(
          `${enView.results.announce(mg('en', 400), pct(percentOfRda(400)))} ${enView.results.limitShort(pct((400 / 350) * 100))} ${enView.results.overShort}`,
        ),
      );
      expect($(el, '.calc [role="status"]').getAttribute('role')).to.equal('status');
    });

    it('defaults to the highlighted form, else the first form shown', async () => {
      const highlighted = await comparer(html`<mg-form-comparer highlight="taurate"></mg-form-comparer>`);
      expect($<HTMLSelectElement>(highlighted, '#calc-form').value).to.equal('taurate');
      const first = await comparer(html`<mg-form-comparer forms="chloride oxide"></mg-form-comparer>`);
      expect($<HTMLSelectElement>(first, '#calc-form').value).to.equal('chloride');
      await choose(first, 'calc-form', 'lactate');
      expect($<HTMLSelectElement>(first, '#calc-form').value).to.equal('lactate');
      expect($$<HTMLSelectElement>(first, '#calc-form option')).to.have.length(set.forms.length);
    });

    it('keeps its form when the reader removes the table’s first form after typing', async () => {
      const el = await comparer(html`<mg-form-comparer forms="chloride oxide"></mg-form-comparer>`);
      await calculate(el, { amount: '500', basis: 'compound' });
      const before = results(el);
      $<HTMLButtonElement>(el, 'tr[data-id="chloride"] .remove').click();
      await settle(el);
      expect($<HTMLSelectElement>(el, '#calc-form').value).to.equal('chloride');
      expect(results(el)).to.deep.equal(before);
      await wait(CALC_ANNOUNCE_DELAY + 50);
    });

    it('says what is wrong with an amount that is not a number, and marks the field', async () => {
      const el = await comparer();
      await calculate(el, { amount: 'five hundred' });
      const input = $<HTMLInputElement>(el, '#calc-amount');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('calc-amount-hint calc-invalid');
      expect(text($(el, '#calc-invalid'))).to.equal(enView.calc.invalid);
      expect(el.shadowRoot!.querySelector('.results dl')).to.equal(null);
      await calculate(el, { amount: '500', servings: '0' });
      expect($<HTMLInputElement>(el, '#calc-servings').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#calc-servings-invalid'))).to.equal(enView.calc.servingsInvalid);
      await calculate(el, { amount: '500', servings: '2' });
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
      await wait(CALC_ANNOUNCE_DELAY + 50);
    });

    it('speaks Spanish with lang="es"', async () => {
      const el = await comparer(html`<mg-form-comparer lang="es" life-stage="female-19-30"></mg-form-comparer>`);
      await calculate(el, { amount: '1.500', basis: 'compound', form: 'glycinate' });
      const glycinate = set.byId.get('glycinate')!;
      const perDay = elementalMg(glycinate, 1500);
      const spanish = commonMessages('es');
      expect(results(el).perDay).to.equal(mg('es', perDay));
      expect(results(el).target).to.equal(
        plain(
          esView.results.targetValue(
            plain(formatPercent('es', percentOfRda(perDay, 'female-19-30'))),
            mg('es', 310),
            'RDA',
            spanish.lifeStages['female-19-30'],
          ),
        ),
      );
      expect(text($(el, 'legend'))).to.equal(esView.calc.basis);
    });
  });

  describe('label guide and safety panel', () => {
    it('explains how to read a Supplement Facts label, in a disclosure', async () => {
      const el = await comparer();
      const details = $<HTMLDetailsElement>(el, 'details.guide');
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal(enView.guideTitle);
      details.open = true;
      expect($$(el, '.guide li').map((li) => text(li))).to.deep.equal(
        enView.guide(mg('en', DAILY_VALUE_MG)).map((step) => plain(step)),
      );
    });

    it('lists the interactions of the reference data with their sources as safe links', async () => {
      const el = await comparer();
      expect(text($(el, '#safety-title'))).to.equal(enView.safety);
      const items = $$(el, '.safety li');
      expect(items).to.have.length(INTERACTIONS.length);
      INTERACTIONS.forEach((interaction, i) => {
        expect(text(items[i]!).startsWith(plain(interaction.text.en))).to.equal(true);
        const links = [...items[i]!.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
          interaction.sources.map((s) => safeHttpUrl(s.url)),
        );
        expect(links.map((a) => text(a))).to.deep.equal(interaction.sources.map((s) => plain(s.label)));
      });
      const all = text($(el, '.safety')).toLowerCase();
      for (const topic of ['bisphosphonates', 'tetracycline', 'quinolone', 'proton-pump', 'diuretics', 'kidney'])
        expect(all, topic).to.contain(topic);
    });
  });
});
