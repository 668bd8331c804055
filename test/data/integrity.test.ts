/**
 * Dataset integrity: every figure the widgets show is checked against its source file in data/sources/.
 * The expectations come from the sources (CSV rows, reference and evidence JSON), never from generated output.
 */
import { expect } from '@open-wc/testing';
import evidenceSource from '../../data/sources/evidence/magnesium-evidence.json';
import reference from '../../data/sources/reference/magnesium-reference.json';
import {
  ABSORPTION_VS_OXIDE,
  CLAIM_IDS,
  CRISIS_LINES,
  DAILY_VALUE_MG,
  DATASET,
  DATASET_SUMMARY,
  DIET_TAGS,
  EVIDENCE_LEVELS,
  FOOD_CATEGORIES,
  INTAKES,
  INTERACTIONS,
  LIFE_STAGE_IDS,
  STUDY_DESIGNS,
  SUPPLEMENT_FORM_IDS,
  UPPER_LIMITS,
  loadEvidence,
  loadEvidenceDetails,
  loadFoods,
  loadForms,
  mgPerServing,
} from '../../src/data/index.js';
import { LOCALES } from '../../src/data/enums.js';
import type { FoodSet, LifeStageId, StudyField } from '../../src/data/index.js';
import { GRAMS_PER_OUNCE, loadUsdaCsv, parseServing } from './helpers.js';

const isFiniteNonNegative = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;

describe('dataset integrity', () => {
  let everyday: FoodSet;
  let full: FoodSet;
  let usda: Awaited<ReturnType<typeof loadUsdaCsv>>;

  before(async () => {
    [everyday, full, usda] = await Promise.all([loadFoods('everyday'), loadFoods('full'), loadUsdaCsv()]);
  });

  describe('metadata', () => {
    it('has the dataset version, date and a sources line per kind of data in both languages', () => {
      expect(DATASET.version).to.equal('1.0.0');
      expect(DATASET.date).to.equal('2026-11-26');
      for (const kind of ['foods', 'intakes', 'forms', 'evidence'] as const) {
        expect(DATASET.sources[kind].en, kind).to.be.a('string').with.length.above(0);
        expect(DATASET.sources[kind].es, kind).to.be.a('string').with.length.above(0);
      }
      expect(DATASET.sources.foods.en).to.contain('Release 28');
      for (const url of DATASET.sources.intakes.urls) expect(JSON.stringify(reference)).to.contain(url);
    });

    it('reports the counts of what it bundles', () => {
      expect(DATASET.counts.everyday).to.equal(everyday.foods.length);
      expect(DATASET.counts.full).to.equal(full.foods.length);
      expect(DATASET.counts.claims).to.equal(evidenceSource.length);
      expect(DATASET.counts.forms).to.equal(reference.supplement_forms.forms.length);
    });
  });

  describe('everyday foods', () => {
    it('has 250 to 400 foods with unique ids and names', () => {
      expect(everyday.foods.length).to.be.within(250, 400);
      expect(new Set(everyday.foods.map((f) => f.id)).size).to.equal(everyday.foods.length);
      expect(new Set(everyday.foods.map((f) => f.name.en.toLowerCase())).size).to.equal(everyday.foods.length);
      expect(new Set(everyday.foods.map((f) => f.name.es?.toLowerCase())).size).to.equal(everyday.foods.length);
    });

    it('gives every food its USDA magnesium and energy per 100 g, unchanged', () => {
      for (const food of everyday.foods) {
        const row = usda.foods.get(food.id);
        expect(row, food.id).to.not.equal(undefined);
        expect(food.mgPer100g, food.id).to.equal(Number(row!.magnesium_mg_per_100g));
        expect(food.kcalPer100g, food.id).to.equal(Number(row!.energy_kcal_per_100g));
      }
    });

    it('has no negative or missing values', () => {
      for (const food of everyday.foods) {
        expect(food.id, food.id).to.match(/^\d{5}$/);
        expect(food.name.en, food.id).to.be.a('string').with.length.above(0);
        expect(food.name.es, food.id).to.be.a('string').with.length.above(0);
        expect(FOOD_CATEGORIES, food.id).to.include(food.category);
        for (const value of [food.mgPer100g, food.kcalPer100g, food.serving?.grams, food.metric?.grams]) {
          expect(isFiniteNonNegative(value), `${food.id}: ${value}`).to.equal(true);
        }
        expect(food.serving!.grams, food.id).to.be.above(0);
        expect(food.metric!.grams, food.id).to.be.above(0);
        expect(food.serving!.label.en, food.id).to.be.a('string').with.length.above(0);
        expect(food.serving!.label.es, food.id).to.be.a('string').with.length.above(0);
        expect(food.metric!.label, food.id).to.match(/^\d+ (g|ml)$/);
        expect(food.everyday).to.equal(true);
      }
    });

    it('derives every household serving from a USDA portion row of that food', async () => {
      for (const food of everyday.foods) {
        const serving = food.serving!;
        if (serving.usda === null) {
          // Weight servings exist only for NIH ODS foods served in ounces with no USDA row.
          expect(food.ods, food.id).to.not.equal(null);
          expect(parseServing(food.ods!.serving).unit, food.id).to.match(/^ounces?$/);
          continue;
        }
        const row = usda.portions.get(food.id)?.find((p) => Number(p.seq) === serving.usda!.seq);
        expect(row, `${food.id} seq ${serving.usda.seq}`).to.not.equal(undefined);
        expect(serving.usda.measure, food.id).to.equal(row!.household_measure);
        expect(serving.usda.grams, food.id).to.equal(Number(row!.gram_weight));
        expect(serving.grams, food.id).to.be.closeTo(Number(row!.gram_weight) * serving.usda.factor, 1e-6);
      }
    });

    it('follows the selection rule: no spices, baby, fast or restaurant food, no branded item outside the ODS list', () => {
      const excludedGroups = ['0200', '0300', '2100', '2200', '3500', '3600'];
      for (const food of everyday.foods) {
        const row = usda.foods.get(food.id)!;
        expect(excludedGroups, `${food.id} ${row.description}`).to.not.include(row.food_group_code);
        expect(row.description, food.id).to.not.match(/restaurant|fast food/i);
        if (row.manufacturer) expect(food.ods, `${food.id} is branded`).to.not.equal(null);
      }
    });

    it('keeps diet tags consistent: vegan implies vegetarian implies pescatarian', () => {
      for (const food of everyday.foods) {
        for (const tag of food.diets) expect(DIET_TAGS).to.include(tag);
        if (food.diets.includes('vegan')) expect(food.diets, food.id).to.include('vegetarian');
        if (food.diets.includes('vegetarian')) expect(food.diets, food.id).to.include('pescatarian');
        if (food.category === 'meat-poultry') expect(food.diets, food.id).to.deep.equal([]);
        if (food.category === 'fish-seafood') expect(food.diets, food.id).to.deep.equal(['pescatarian']);
      }
    });

    it('includes every NIH ODS food with its serving and a USDA serving weight', () => {
      const rows = reference.nih_ods_selected_food_sources.rows;
      expect(rows.length).to.equal(29);
      for (const row of rows) {
        const matches = everyday.foods.filter((f) => f.ods?.food === row.food);
        expect(matches.length, row.food).to.equal(1);
        const food = matches[0]!;
        expect(food.ods!.serving, row.food).to.equal(row.serving);
        const { amount, unit } = parseServing(row.serving);
        const serving = food.serving!;
        if (/^ounces?$/.test(unit)) {
          expect(serving.grams, row.food).to.be.closeTo(amount * GRAMS_PER_OUNCE, 0.5);
          continue;
        }
        const portion = usda.portions.get(food.id)!.find((p) => Number(p.seq) === serving.usda!.seq)!;
        expect(Number(portion.amount) * serving.usda!.factor, row.food).to.be.closeTo(amount, 1e-9);
        const word = {
          cup: 'cup',
          tablespoons: 'tbsp',
          'large biscuits': 'biscuit',
          medium: 'medium',
          slice: 'slice',
          packet: 'packet',
        }[unit];
        expect(word, `unit ${unit}`).to.not.equal(undefined);
        expect(portion.measure.toLowerCase(), row.food).to.match(new RegExp(`^${word}`));
      }
    });

    it('matches the ODS examples to the right USDA foods and weights', () => {
      const pumpkin = everyday.byId.get('12016')!;
      expect(pumpkin.ods?.food).to.equal('Pumpkin seeds, roasted');
      expect(pumpkin.serving!.grams).to.equal(28.35);
      expect(Math.round(mgPerServing(pumpkin)! * 10) / 10).to.equal(155.9);
      const spinach = everyday.byId.get('11458')!;
      expect(spinach.ods?.food).to.equal('Spinach, boiled');
      expect(spinach.serving!.grams).to.equal(90);
      expect(spinach.serving!.usda).to.include({ seq: 1, grams: 180, factor: 0.5 });
    });
  });

  describe('full foods', () => {
    it('has all 8,050 USDA foods with their magnesium and energy unchanged', () => {
      expect(full.foods.length).to.equal(8050);
      expect(usda.foods.size).to.equal(8050);
      for (const food of full.foods) {
        const row = usda.foods.get(food.id);
        expect(row, food.id).to.not.equal(undefined);
        expect(food.mgPer100g, food.id).to.equal(Number(row!.magnesium_mg_per_100g));
        expect(food.kcalPer100g, food.id).to.equal(Number(row!.energy_kcal_per_100g));
        expect(food.usdaName, food.id).to.equal(row!.description);
        expect(FOOD_CATEGORIES).to.include(food.category);
      }
    });

    it('gives full-list foods USDA names and their first USDA portion, or none', () => {
      for (const food of full.foods) {
        if (food.everyday) continue;
        expect(food.name.en, food.id).to.equal(usda.foods.get(food.id)!.description);
        const first = usda.portions.get(food.id)?.[0];
        if (!first) {
          expect(food.serving, food.id).to.equal(null);
          continue;
        }
        expect(food.serving!.label.en, food.id).to.equal(first.household_measure);
        expect(food.serving!.grams, food.id).to.equal(Number(first.gram_weight));
        expect(food.serving!.usda!.seq, food.id).to.equal(Number(first.seq));
      }
    });

    it('marks the everyday foods and keeps their reviewed records', () => {
      const marked = full.foods.filter((f) => f.everyday);
      expect(marked.length).to.equal(everyday.foods.length);
      for (const food of marked) expect(food.name).to.deep.equal(everyday.byId.get(food.id)!.name);
    });

    it('tags diets conservatively', () => {
      const tags = (id: string) => full.byId.get(id)!.diets;
      expect(tags('12061')).to.deep.equal(['vegan', 'vegetarian', 'pescatarian']); // Nuts, almonds
      expect(tags('01009')).to.deep.equal(['vegetarian', 'pescatarian']); // Cheese, cheddar
      expect(tags('15121')).to.deep.equal(['pescatarian']); // Tuna, light, canned in water (everyday)
      expect(tags('16009')).to.deep.equal([]); // Beans, baked, canned, with pork
      expect(tags('11657')).to.deep.equal([]); // Potatoes, mashed, home-prepared: recipe unknown
      for (const food of full.foods) {
        const group = usda.foods.get(food.id)!.food_group_code;
        if (['0500', '0700', '1000', '1300', '1700'].includes(group)) expect(food.diets, food.id).to.deep.equal([]);
      }
    });
  });

  describe('intakes', () => {
    /** Life stage → [row of the reference RDA table, column]; written out here so the test is independent. */
    const RDA: Record<LifeStageId, [string, 'male' | 'female' | 'pregnancy' | 'lactation']> = {
      'infant-0-6m': ['0-6 months', 'female'],
      'infant-7-12m': ['7-12 months', 'male'],
      'child-1-3': ['1-3 years', 'female'],
      'child-4-8': ['4-8 years', 'male'],
      'child-9-13': ['9-13 years', 'female'],
      'male-14-18': ['14-18 years', 'male'],
      'female-14-18': ['14-18 years', 'female'],
      'male-19-30': ['19-30 years', 'male'],
      'female-19-30': ['19-30 years', 'female'],
      'male-31-50': ['31-50 years', 'male'],
      'female-31-50': ['31-50 years', 'female'],
      'male-51-plus': ['51+ years', 'male'],
      'female-51-plus': ['51+ years', 'female'],
      'pregnant-14-18': ['14-18 years', 'pregnancy'],
      'pregnant-19-30': ['19-30 years', 'pregnancy'],
      'pregnant-31-50': ['31-50 years', 'pregnancy'],
      'lactating-14-18': ['14-18 years', 'lactation'],
      'lactating-19-30': ['19-30 years', 'lactation'],
      'lactating-31-50': ['31-50 years', 'lactation'],
    };

    it('gives every life stage the RDA/AI of the reference table', () => {
      expect(Object.keys(INTAKES).sort()).to.deep.equal([...LIFE_STAGE_IDS].sort());
      for (const id of LIFE_STAGE_IDS) {
        const [band, column] = RDA[id];
        const row = reference.rda_mg_per_day.rows.find((r) => r.life_stage === band) as Record<string, unknown>;
        expect(INTAKES[id].mg, id).to.equal(row[column]);
        expect(INTAKES[id].kind, id).to.equal(row['kind']);
        expect(INTAKES[id].band, id).to.equal(band);
      }
    });

    it('has the supplemental upper limits: US 65/110/350 and none for infants, EU 250 from 4 years', () => {
      const us = reference.upper_limit_supplemental_mg_per_day.us_iom;
      const eu = reference.upper_limit_supplemental_mg_per_day.eu_efsa;
      const usRow = (band: string) => us.find((r) => r.life_stage.startsWith(band))!.mg;
      const euRow = (band: string) => eu.find((r) => r.life_stage.startsWith(band))!.mg;
      for (const id of LIFE_STAGE_IDS) {
        const expectedUs = id.startsWith('infant')
          ? usRow('0-12 months')
          : id === 'child-1-3'
            ? usRow('1-3 years')
            : id === 'child-4-8'
              ? usRow('4-8 years')
              : usRow('9 years and older');
        const expectedEu = id.startsWith('infant')
          ? null
          : id === 'child-1-3'
            ? euRow('1-3 years')
            : euRow('4 years and older');
        expect(UPPER_LIMITS.us[id].mg, `us ${id}`).to.equal(expectedUs);
        expect(UPPER_LIMITS.eu[id].mg, `eu ${id}`).to.equal(expectedEu);
      }
      expect([
        UPPER_LIMITS.us['child-1-3'].mg,
        UPPER_LIMITS.us['child-4-8'].mg,
        UPPER_LIMITS.us['male-19-30'].mg,
      ]).to.deep.equal([65, 110, 350]);
      expect(UPPER_LIMITS.eu['female-31-50'].mg).to.equal(250);
      expect(UPPER_LIMITS.us['infant-0-6m'].mg).to.equal(null);
    });

    it('uses the current Daily Value of 420 mg', () => {
      expect(DAILY_VALUE_MG).to.equal(reference.daily_value.mg);
      expect(DAILY_VALUE_MG).to.equal(420);
    });
  });

  describe('supplement forms', () => {
    /** Names used by the reference's "Known check values" sentence → form ids. */
    const CHECK_NAME_TO_ID: Record<string, string> = { bisglycinate: 'glycinate', 'l-threonate': 'l-threonate' };

    function checkValues(): Map<string, number> {
      const text = reference.supplement_forms.about.split('Known check values:')[1]!.replace(/\.\s*$/, '');
      const values = new Map<string, number>();
      for (const item of text.split(/,\s+(?=[A-Za-z])/)) {
        const match = /^\s*([A-Za-z-]+).*?(\d+\.\d+)\s*$/.exec(item);
        expect(match, item).to.not.equal(null);
        const name = match![1]!.toLowerCase();
        values.set(CHECK_NAME_TO_ID[name] ?? name, Number(match![2]));
      }
      return values;
    }

    it('has the 14 forms of the reference, with their formulas', async () => {
      const { forms } = await loadForms();
      expect(forms.map((f) => f.id)).to.deep.equal(reference.supplement_forms.forms.map((f) => f.id));
      expect([...SUPPLEMENT_FORM_IDS]).to.deep.equal(reference.supplement_forms.forms.map((f) => f.id));
      forms.forEach((form, i) => {
        expect(form.formula).to.equal(reference.supplement_forms.forms[i]!.formula);
        expect(form.name.en).to.equal(reference.supplement_forms.forms[i]!.name);
        expect(form.name.es).to.be.a('string').with.length.above(0);
      });
    });

    it('shows the dataset date as this browser\'s Intl.DateTimeFormat writes it, in every language', () => {
      for (const style of ['medium', 'long'] as const) {
        for (const locale of LOCALES) {
          const intl = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
          expect(DATASET.dateText[style][locale], `${style} ${locale}`).to.equal(
            intl.format(new Date(`${DATASET.date}T00:00:00Z`)),
          );
        }
      }
    });

    it('gives the first render the same version, date, sources and count as DATASET', () => {
      expect(DATASET_SUMMARY.version).to.equal(DATASET.version);
      expect(DATASET_SUMMARY.counts.full).to.equal(DATASET.counts.full);
      for (const locale of LOCALES) {
        expect(DATASET_SUMMARY.dateText.medium[locale], locale).to.equal(DATASET.dateText.medium[locale]);
        expect(DATASET_SUMMARY.sources.foods[locale], locale).to.equal(DATASET.sources.foods[locale]);
        expect(DATASET_SUMMARY.sources.intakes[locale], locale).to.equal(DATASET.sources.intakes[locale]);
      }
    });

    it('lists the forms in the alphabetical order of their names, as this browser\'s Intl.Collator sorts them', async () => {
      const { forms, byName } = await loadForms();
      for (const locale of LOCALES) {
        const collator = new Intl.Collator(locale);
        const sorted = [...forms].sort((a, b) => collator.compare(a.name[locale], b.name[locale])).map((f) => f.id);
        expect([...byName[locale]], locale).to.deep.equal(sorted);
      }
      // Spanish sorts the names, not the ids: "Citrato" comes before "Cloruro" (chloride).
      expect(byName.es.indexOf('citrate')).to.be.below(byName.es.indexOf('chloride'));
    });

    it('computes elemental magnesium within 0.1 of every reference check value', async () => {
      const { forms } = await loadForms();
      const values = checkValues();
      expect(values.size).to.equal(14);
      for (const form of forms) {
        expect(values.has(form.id), form.id).to.equal(true);
        expect(form.elementalPercent, form.id).to.be.closeTo(values.get(form.id)!, 0.1);
        expect(form.elementalPercent, form.id).to.be.closeTo(
          ((form.magnesiumAtoms * 24.305) / form.molarMass) * 100,
          1e-9,
        );
      }
    });

    it('states absorption vs oxide with sources, and only known claims', async () => {
      const { forms, gutEffectsAllForms } = await loadForms();
      for (const form of forms) {
        expect(ABSORPTION_VS_OXIDE).to.include(form.absorption.vsOxide);
        expect(form.absorption.text.en, form.id).to.have.length.above(0);
        expect(form.absorption.text.es, form.id).to.have.length.above(0);
        if (form.absorption.vsOxide !== 'not-studied') expect(form.absorption.sources.length, form.id).to.be.above(0);
        for (const claim of form.claims) expect(CLAIM_IDS, form.id).to.include(claim);
        for (const effect of form.gutEffects) expect(effect.sources.length, form.id).to.be.above(0);
      }
      expect(gutEffectsAllForms.sources.length).to.be.above(0);
      const byId = new Map(forms.map((f) => [f.id, f]));
      expect(byId.get('oxide')!.absorption.vsOxide).to.equal('reference');
      expect(byId.get('glycinate')!.absorption.vsOxide).to.equal('similar');
      expect(byId.get('glycinate')!.claims).to.include('glycinate-vs-oxide-absorption');
      expect(byId.get('l-threonate')!.claims).to.include('threonate-cognition');
      expect(byId.get('chloride')!.claims).to.include('depression-treatment'); // Tarleton 2017, magnesium chloride
    });

    it('keeps the interaction notes and the US crisis line of the reference', () => {
      expect(INTERACTIONS.map((i) => i.reference)).to.deep.equal(reference.supplement_forms.interactions);
      expect(CRISIS_LINES).to.deep.equal([
        {
          region: 'us',
          name: reference.crisis_lines.us.name,
          callOrText: reference.crisis_lines.us.call_or_text,
          url: reference.crisis_lines.us.url,
        },
      ]);
    });
  });

  describe('evidence', () => {
    const LEVEL: Record<string, string> = {
      high: 'high',
      moderate: 'moderate',
      low: 'low',
      'very low': 'very-low',
      'mostly animal or mechanistic': 'mechanistic',
      'not rated': 'not-rated',
    };
    const FIELD: Record<string, StudyField> = {
      authors: 'authors',
      year: 'year',
      title: 'title',
      journal: 'journal',
      volume_pages: 'volumePages',
      doi: 'doi',
      pmid: 'pmid',
      pmcid: 'pmcid',
      design: 'design',
      evidence_type: 'evidenceType',
      n_participants: 'participants',
      population: 'population',
      dose_form: 'doseForm',
      duration: 'duration',
      main_result: 'mainResult',
      direction_for_claim: 'direction',
      limitations: 'limitations',
      funding_or_coi: 'fundingOrCoi',
      notes: 'notes',
    };

    it('has every claim, its id without the mg- prefix and its level', async () => {
      const { claims } = await loadEvidence();
      expect(claims.map((c) => c.id)).to.deep.equal(evidenceSource.map((c) => c.id.replace(/^mg-/, '')));
      expect(claims.map((c) => c.id)).to.include.members([
        'depression-treatment',
        'sleep-insomnia',
        'safety-upper-intake-level',
      ]);
      claims.forEach((claim, i) => {
        expect(claim.level, claim.id).to.equal(LEVEL[evidenceSource[i]!.rating]);
        expect(EVIDENCE_LEVELS).to.include(claim.level);
      });
    });

    it('gives every claim the texts the badge needs, with Spanish marked as translation', async () => {
      const { claims } = await loadEvidence();
      claims.forEach((claim, i) => {
        const source = evidenceSource[i]!;
        expect(claim.claim.en).to.equal(source.claim);
        expect(claim.summary.en).to.equal(source.badge_summary);
        expect(claim.claim.es, claim.id).to.be.a('string').with.length.above(0);
        expect(claim.summary.es, claim.id).to.be.a('string').with.length.above(0);
        expect(claim.summary.es).to.not.equal(claim.summary.en);
        expect(claim.translated).to.deep.equal(['es']);
        expect(claim.studies.length, claim.id).to.equal(source.studies.length);
        expect(claim.studies.length, claim.id).to.be.above(0);
      });
    });

    it('keeps every study citation and marks what the source marks unverified or inferred', async () => {
      const { claims } = await loadEvidence();
      claims.forEach((claim, i) => {
        evidenceSource[i]!.studies.forEach((source: Record<string, unknown>, j) => {
          const study = claim.studies[j]!;
          const where = `${claim.id} #${j} ${study.id}`;
          expect(study.authors, where).to.equal(source['authors']);
          expect(study.title, where).to.equal(source['title']);
          expect(study.journal, where).to.equal(source['journal']);
          expect(STUDY_DESIGNS, where).to.include(study.designCategory);
          expect(study.direction, where).to.equal(source['direction_for_claim']);
          for (const key of ['doi', 'pmid', 'pmcid'] as const) {
            const value = source[key];
            expect(study[key], `${where} ${key}`).to.equal(
              value === undefined || value === 'unverified' ? null : value,
            );
          }
          if (typeof source['year'] === 'number') expect(study.year, where).to.equal(source['year']);
          else expect([study.year, study.yearNote], where).to.deep.equal([null, String(source['year'])]);
          const flagged = Object.entries(source)
            .filter(
              ([field, value]) => field in FIELD && typeof value === 'string' && /unverified|inferred/i.test(value),
            )
            .map(([field]) => FIELD[field]!);
          expect([...study.unverified].sort(), where).to.deep.equal(flagged.sort());
          const count = study.participantsCount;
          if (count !== null)
            expect(String(source['n_participants']).replace(/,/g, ''), where).to.match(new RegExp(`^${count}\\b`));
        });
      });
    });

    it('has the longer texts of every claim and study in the details', async () => {
      const [{ claims }, details] = await Promise.all([loadEvidence(), loadEvidenceDetails()]);
      claims.forEach((claim, i) => {
        const source = evidenceSource[i]! as Record<string, unknown>;
        const d = details.claims.get(claim.id)!;
        expect(d.rationale, claim.id).to.equal(source['rating_rationale']);
        const grade = source['grade_assessment'] as
          { starting_level: string; downgrades: string[]; result: string } | undefined;
        expect(d.grade, claim.id).to.deep.equal(
          grade ? { startingLevel: grade.starting_level, downgrades: grade.downgrades, result: grade.result } : null,
        );
        (source['studies'] as Record<string, string>[]).forEach((s, j) => {
          const sd = details.studies.get(claim.studies[j]!.id)!;
          expect(sd.mainResult).to.equal(s['main_result']);
          expect(sd.limitations).to.equal(s['limitations']);
          expect(sd.design).to.equal(s['design']);
          expect(sd.participants).to.equal(s['n_participants']);
          expect(sd.doseForm).to.equal(s['dose_form']);
        });
      });
    });
  });
});
