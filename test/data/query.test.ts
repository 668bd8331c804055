/**
 * The pure query API: search in both languages, filters, rankings, intake arithmetic, supplement arithmetic and
 * lookups that return a typed "not found" instead of throwing.
 */
import { expect } from '@open-wc/testing';
import {
  compoundMgFor,
  elementalMg,
  filterFoods,
  foodName,
  getClaim,
  getClaimDetails,
  getFood,
  getForm,
  intakeTarget,
  loadEvidence,
  loadEvidenceDetails,
  loadFoods,
  loadForms,
  mgPer100kcal,
  mgPerServing,
  percentDailyValue,
  percentOfRda,
  queryFoods,
  rankFoods,
  searchFoods,
  servingLabel,
  sortValue,
  stemWord,
  upperLimitFor,
} from '../../src/data/index.js';
import type { Food, FoodSet, FoodSort, SupplementForm } from '../../src/data/index.js';
import { buildSearchIndex, makeFoodSet } from '../../src/data/search.js';

const ids = (foods: readonly Food[]) => foods.map((f) => f.id);

describe('data queries', () => {
  let everyday: FoodSet;
  let full: FoodSet;

  before(async () => {
    [everyday, full] = await Promise.all([loadFoods('everyday'), loadFoods('full')]);
  });

  describe('loaders', () => {
    it('returns the same cached set to every caller', async () => {
      expect(await loadFoods('everyday')).to.equal(everyday);
      expect(await loadFoods('full')).to.equal(full);
    });

    it('loads the everyday list for an unknown dataset name instead of failing', async () => {
      expect(await loadFoods('fulll' as never)).to.equal(everyday);
    });

    it('builds the search index in slices, the same as at once', () => {
      for (const set of [everyday, full]) expect(set.index).to.deep.equal(buildSearchIndex(set.foods));
    });

    it('lets other tasks run while it builds the full list\'s index (no long task)', async () => {
      let ticks = 0;
      let building = true;
      const tick = () => {
        if (!building) return;
        ticks += 1;
        setTimeout(tick);
      };
      setTimeout(tick);
      const set = await makeFoodSet('full', full.foods);
      building = false;
      // The index of 8,050 foods takes several 8 ms slices; between them, the page's own tasks run.
      expect(ticks).to.be.greaterThan(0);
      expect(set.index).to.deep.equal(full.index);
    });
  });

  describe('search', () => {
    it('finds foods by English and Spanish names', () => {
      expect(ids(searchFoods(everyday, 'pumpkin seeds'))[0]).to.equal('12016');
      expect(ids(searchFoods(everyday, 'semillas de calabaza'))[0]).to.equal('12016');
      expect(ids(searchFoods(everyday, 'espinacas cocidas'))[0]).to.equal('11458');
      expect(ids(searchFoods(everyday, 'black beans'))[0]).to.equal('16015');
      expect(ids(searchFoods(everyday, 'frijoles negros'))[0]).to.equal('16015');
    });

    it('finds foods by aliases and regional names', () => {
      expect(ids(searchFoods(everyday, 'pepitas'))).to.include('12016');
      expect(ids(searchFoods(everyday, 'palta'))).to.include('09037');
      expect(ids(searchFoods(everyday, 'maní'))).to.include('16389');
      expect(ids(searchFoods(everyday, 'patata'))).to.include('11674');
    });

    it('ignores accents and case', () => {
      expect(ids(searchFoods(everyday, 'PLATANO'))).to.deep.equal(ids(searchFoods(everyday, 'plátano')));
      expect(ids(searchFoods(everyday, 'plátano'))).to.include('09040');
      expect(ids(searchFoods(everyday, 'Jalapeno'))).to.include('11979');
      expect(ids(searchFoods(everyday, 'jalapeño'))).to.include('11979');
      expect(ids(searchFoods(everyday, 'salmon'))).to.deep.equal(ids(searchFoods(everyday, 'SALMÓN')));
    });

    it('treats singular and plural alike in both languages', () => {
      const pairs = [
        ['almendra', 'almendras'],
        ['bean', 'beans'],
        ['tomato', 'tomatoes'],
        ['nuez', 'nueces'],
        ['lenteja', 'lentejas'],
        ['berry', 'berries'],
        ['frijol', 'frijoles'],
        ['huevo', 'huevos'],
      ];
      for (const [one, many] of pairs) {
        const a = ids(searchFoods(everyday, one!));
        expect(a.length, one).to.be.above(0);
        expect(a, `${one} / ${many}`).to.deep.equal(ids(searchFoods(everyday, many!)));
      }
      expect(ids(searchFoods(everyday, 'almendras'))[0]).to.equal('12063');
      expect(ids(searchFoods(everyday, 'tomatoes'))).to.include('11529');
      expect(stemWord('nueces')).to.equal(stemWord('nuez'));
    });

    it('matches partial words', () => {
      expect(ids(searchFoods(everyday, 'espin'))).to.include.members(['11457', '11458']);
      expect(ids(searchFoods(everyday, 'almo'))).to.include('12063');
    });

    it('requires every word to match', () => {
      const both = searchFoods(everyday, 'chicken breast');
      expect(ids(both)[0]).to.equal('05064');
      for (const food of both) expect(food.name.en.toLowerCase()).to.match(/chicken|breast/);
      expect(searchFoods(everyday, 'almonds zzzz')).to.deep.equal([]);
    });

    it('searches the full list, including Spanish names of its everyday foods', () => {
      expect(ids(searchFoods(full, 'almonds'))).to.include.members(['12061', '12063']);
      expect(ids(searchFoods(full, 'espinacas'))).to.include('11458');
      expect(
        searchFoods(full, 'almonds').every((f) =>
          /almond/i.test(`${f.name.en} ${f.usdaName} ${f.aliases.en.join(' ')}`),
        ),
      ).to.equal(true);
    });

    it('searches all 8,050 foods quickly', () => {
      const start = performance.now();
      for (const q of ['almonds', 'frijoles', 'chicken breast', 'sal', 'queso']) searchFoods(full, q);
      expect((performance.now() - start) / 5).to.be.below(50);
    });

    it('returns everything for an empty query and never throws on odd input', () => {
      expect(searchFoods(everyday, '').length).to.equal(everyday.foods.length);
      expect(searchFoods(everyday, '   ***  ').length).to.equal(everyday.foods.length);
      expect(() => searchFoods(everyday, undefined as never)).to.not.throw();
    });
  });

  describe('filters', () => {
    it('filters by category', () => {
      const legumes = filterFoods(everyday.foods, { categories: ['legumes'] });
      expect(legumes.length).to.be.above(10);
      for (const food of legumes) expect(food.category).to.equal('legumes');
      const two = filterFoods(everyday.foods, { categories: ['fruits', 'vegetables'] });
      expect(new Set(two.map((f) => f.category))).to.deep.equal(new Set(['fruits', 'vegetables']));
    });

    it('filters by diet', () => {
      const vegan = filterFoods(everyday.foods, { diet: 'vegan' });
      for (const food of vegan) expect(food.diets).to.include('vegan');
      expect(ids(vegan)).to.not.include('01077'); // milk
      const vegetarian = ids(filterFoods(everyday.foods, { diet: 'vegetarian' }));
      expect(vegetarian).to.include('01077');
      expect(vegetarian).to.not.include('15237'); // salmon
      expect(ids(filterFoods(everyday.foods, { diet: 'pescatarian' }))).to.include('15237');
      expect(ids(filterFoods(everyday.foods, { diet: 'pescatarian' }))).to.not.include('05064'); // chicken
      expect(filterFoods(everyday.foods, { diet: 'any' }).length).to.equal(everyday.foods.length);
    });

    it('combines search and filters', () => {
      const found = searchFoods(everyday, 'seeds', { diet: 'vegan', categories: ['nuts-seeds'] });
      expect(found.length).to.be.above(3);
      for (const food of found) expect(food.category).to.equal('nuts-seeds');
    });
  });

  describe('rankings', () => {
    const nonIncreasing = (foods: readonly Food[], sort: FoodSort) => {
      const values = foods.map((f) => sortValue(f, sort)).filter((v): v is number => v !== null);
      for (let i = 1; i < values.length; i++) expect(values[i]!).to.be.at.most(values[i - 1]!);
    };

    it('ranks per serving, per 100 g and per 100 kcal, highest first', () => {
      for (const sort of ['serving', '100g', '100kcal'] as const) nonIncreasing(rankFoods(everyday.foods, sort), sort);
      expect(rankFoods(everyday.foods, '100g')[0]!.mgPer100g).to.equal(
        Math.max(...everyday.foods.map((f) => f.mgPer100g)),
      );
    });

    it('is deterministic and breaks ties by NDB number', () => {
      const shuffled = [...everyday.foods].reverse();
      expect(ids(rankFoods(shuffled, 'serving'))).to.deep.equal(ids(rankFoods(everyday.foods, 'serving')));
      const ranked = rankFoods(everyday.foods, '100g');
      for (let i = 1; i < ranked.length; i++) {
        if (ranked[i]!.mgPer100g === ranked[i - 1]!.mgPer100g) expect(ranked[i]!.id > ranked[i - 1]!.id).to.equal(true);
      }
    });

    it('puts foods without a value last (no energy for per-100-kcal)', () => {
      const ranked = rankFoods(everyday.foods, '100kcal');
      const water = ranked.findIndex((f) => f.id === '14429');
      expect(mgPer100kcal(everyday.byId.get('14429')!)).to.equal(null);
      expect(ranked.slice(water).every((f) => mgPer100kcal(f) === null)).to.equal(true);
    });

    it('queries in one call with a limit', () => {
      const top = queryFoods(everyday, { query: 'beans', sort: 'serving', limit: 3 });
      expect(top.length).to.equal(3);
      expect(ids(top)).to.deep.equal(ids(rankFoods(searchFoods(everyday, 'beans'), 'serving').slice(0, 3)));
    });
  });

  describe('milligrams and intakes', () => {
    it('computes mg per serving at runtime from mg/100 g and grams', () => {
      const pumpkin = everyday.byId.get('12016')!;
      expect(mgPerServing(pumpkin)).to.be.closeTo((550 * 28.35) / 100, 1e-9);
      expect(mgPerServing(pumpkin, 'metric')).to.be.closeTo((550 * pumpkin.metric!.grams) / 100, 1e-9);
      expect(servingLabel(pumpkin, 'en')).to.equal('1 oz');
      expect(servingLabel(pumpkin, 'es')).to.equal('1 onza');
      expect(servingLabel(everyday.byId.get('11458')!, 'en')).to.equal('½ cup');
      expect(servingLabel(everyday.byId.get('16120')!, 'en', 'metric')).to.equal('240 ml');
      expect(foodName(pumpkin, 'es')).to.equal('Semillas de calabaza tostadas');
      expect(foodName(full.byId.get('12061')!, 'es')).to.equal('Nuts, almonds');
    });

    it('computes %DV against 420 mg and % of a life stage RDA', () => {
      expect(percentDailyValue(42)).to.be.closeTo(10, 1e-12);
      expect(percentOfRda(31, 'female-19-30')).to.be.closeTo(10, 1e-12);
      expect(percentOfRda(42)).to.be.closeTo(10, 1e-12);
      expect(percentOfRda(42, null)).to.be.closeTo(10, 1e-12);
      expect(intakeTarget()).to.deep.equal({ mg: 420, kind: 'DV', band: 'adult, general', lifeStage: null });
      expect(intakeTarget('infant-0-6m')).to.deep.equal({
        mg: 30,
        kind: 'AI',
        band: '0-6 months',
        lifeStage: 'infant-0-6m',
      });
      expect(intakeTarget('unknown' as never).kind).to.equal('DV');
    });

    it('gives the supplemental upper limit for a life stage and region', () => {
      expect(upperLimitFor('child-1-3', 'us').mg).to.equal(65);
      expect(upperLimitFor('child-4-8', 'us').mg).to.equal(110);
      expect(upperLimitFor('pregnant-19-30', 'us').mg).to.equal(350);
      expect(upperLimitFor('child-1-3', 'eu').mg).to.equal(null);
      expect(upperLimitFor('child-4-8', 'eu').mg).to.equal(250);
      expect(upperLimitFor('infant-7-12m', 'us').mg).to.equal(null);
      expect(upperLimitFor(undefined, 'eu').mg).to.equal(250);
      expect(upperLimitFor().mg).to.equal(350);
    });
  });

  describe('supplement forms', () => {
    let oxide: SupplementForm;
    let citrate: SupplementForm;

    before(async () => {
      const forms = await loadForms();
      oxide = forms.byId.get('oxide')!;
      citrate = forms.byId.get('citrate')!;
    });

    it('converts compound amounts to elemental magnesium and back', () => {
      expect(elementalMg(oxide, 500)).to.be.closeTo(500 * (24.305 / (24.305 + 15.999)), 1e-9);
      expect(compoundMgFor(citrate, 100)).to.be.closeTo(100 / (citrate.elementalPercent / 100), 1e-9);
      expect(elementalMg(citrate, compoundMgFor(citrate, 250))).to.be.closeTo(250, 1e-9);
      expect(Number.isNaN(elementalMg(oxide, -1))).to.equal(true);
      expect(Number.isNaN(compoundMgFor(oxide, Number.NaN))).to.equal(true);
    });
  });

  describe('lookups', () => {
    it('finds claims by id, with or without the mg- prefix', async () => {
      const evidence = await loadEvidence();
      const claim = getClaim(evidence, 'depression-treatment');
      expect(claim.ok).to.equal(true);
      if (claim.ok) expect(claim.value.level).to.equal('low');
      expect(getClaim(evidence, 'mg-sleep-insomnia').ok).to.equal(true);
      const details = getClaimDetails(await loadEvidenceDetails(), 'safety-drug-interactions');
      expect(details.ok && details.value.grade).to.equal(null);
    });

    it('returns a typed not-found with suggestions for unknown ids', async () => {
      const evidence = await loadEvidence();
      const missing = getClaim(evidence, 'depresion-treatment');
      expect(missing).to.deep.equal({
        ok: false,
        reason: 'not-found',
        id: 'depresion-treatment',
        suggestions: ['depression-treatment'],
      });
      const form = getForm(await loadForms(), 'glycinat');
      expect(form.ok).to.equal(false);
      if (!form.ok) expect(form.suggestions[0]).to.equal('glycinate');
      expect(getForm(await loadForms(), 'l-threonate').ok).to.equal(true);
      const food = getFood(everyday, '99999');
      expect(food.ok).to.equal(false);
      if (!food.ok) expect(food.reason).to.equal('not-found');
    });

    it('never throws on bad ids', async () => {
      const evidence = await loadEvidence();
      const forms = await loadForms();
      for (const bad of [undefined, null, 42, '', {}]) {
        expect(() => getClaim(evidence, bad as never)).to.not.throw();
        expect(getClaim(evidence, bad as never).ok).to.equal(false);
        expect(() => getForm(forms, bad as never)).to.not.throw();
        expect(() => getFood(everyday, bad as never)).to.not.throw();
      }
    });

    it('finds foods by NDB number, with or without leading zeros', () => {
      const milk = getFood(everyday, 1077);
      expect(milk.ok && milk.value.id).to.equal('01077');
      expect(getFood(full, '12061').ok).to.equal(true);
    });
  });
});
