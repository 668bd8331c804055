import { expect } from '@open-wc/testing';
import { DIETS, FOOD_CATEGORIES, LIFE_STAGE_IDS } from '../../src/data/enums.js';
import {
  didYouMean,
  editDistance,
  parseEnum,
  parseNumber,
  parseOptionalEnum,
  parseTokenList,
} from '../../src/internal/validate.js';
import { captureWarnings } from '../helpers.js';

describe('validate', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('measures edit distance with transpositions', () => {
    expect(editDistance('vegan', 'vegan')).to.equal(0);
    expect(editDistance('vegn', 'vegan')).to.equal(1);
    expect(editDistance('vgean', 'vegan')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
  });

  it('suggests close values and nothing for unrelated ones', () => {
    expect(didYouMean('vegn', DIETS)).to.equal('vegan');
    expect(didYouMean('Vegan', DIETS)).to.equal('vegan');
    expect(didYouMean('legume', FOOD_CATEGORIES)).to.equal('legumes');
    expect(didYouMean('female-31-40', LIFE_STAGE_IDS)).to.equal('female-31-50');
    expect(didYouMean('female 31 50', LIFE_STAGE_IDS)).to.equal('female-31-50');
    expect(didYouMean('zzzzzz', DIETS)).to.equal(undefined);
  });

  it('returns valid enum values without a warning', () => {
    expect(parseEnum('mg-test', 'diet', 'vegan', DIETS, 'any')).to.equal('vegan');
    expect(parseEnum('mg-test', 'diet', null, DIETS, 'any')).to.equal('any');
    expect(parseEnum('mg-test', 'diet', '', DIETS, 'any')).to.equal('any');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns once per bad value with element, attribute, value, valid values, suggestion and fallback', () => {
    expect(parseEnum('mg-food-finder', 'diet', 'vegn', DIETS, 'any')).to.equal('any');
    expect(parseEnum('mg-food-finder', 'diet', 'vegn', DIETS, 'any')).to.equal('any');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.equal(
      '<mg-food-finder>: diet="vegn" is not valid. Valid values: any, vegan, vegetarian, pescatarian. ' +
        'Did you mean "vegan"? Using "any".',
    );
  });

  it('names the element from a host node', () => {
    const host = document.createElement('mg-demo-host');
    parseEnum(host, 'sort', 'kcal', ['serving', '100g', '100kcal'] as const, 'serving');
    expect(warnings.messages[0]).to.match(/^<mg-demo-host>: sort="kcal" is not valid\./);
    expect(warnings.messages[0]).to.contain('Did you mean "100kcal"?');
  });

  it('handles optional enums', () => {
    expect(parseOptionalEnum('mg-x', 'life-stage', 'male-19-30', LIFE_STAGE_IDS)).to.equal('male-19-30');
    expect(parseOptionalEnum('mg-x', 'life-stage', undefined, LIFE_STAGE_IDS)).to.equal(undefined);
    expect(parseOptionalEnum('mg-x', 'life-stage', 'adult', LIFE_STAGE_IDS, 'adult, general')).to.equal(undefined);
    expect(warnings.messages[0]).to.contain('Using adult, general.');
  });

  it('keeps valid tokens of a list and warns for each bad one', () => {
    const result = parseTokenList('mg-x', 'categories', 'nuts-seeds legume  fruits nuts-seeds', FOOD_CATEGORIES);
    expect(result).to.deep.equal(['nuts-seeds', 'fruits']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('categories="legume"');
    expect(warnings.messages[0]).to.contain('Did you mean "legumes"?');
    expect(parseTokenList('mg-x', 'categories', 'nope', FOOD_CATEGORIES, ['fruits'])).to.deep.equal(['fruits']);
  });

  it('validates numbers against a range', () => {
    const rule = { min: 1, max: 100, fallback: 10, integer: true };
    expect(parseNumber('mg-x', 'limit', '25', rule)).to.equal(25);
    expect(parseNumber('mg-x', 'limit', null, rule)).to.equal(10);
    expect(parseNumber('mg-x', 'limit', 'ten', rule)).to.equal(10);
    expect(parseNumber('mg-x', 'limit', '-3', rule)).to.equal(10);
    expect(parseNumber('mg-x', 'limit', '1e9', rule)).to.equal(10);
    expect(parseNumber('mg-x', 'limit', '2.5', rule)).to.equal(10);
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages[0]).to.equal(
      '<mg-x>: limit="ten" is not valid. Valid values: a whole number from 1 to 100. Using 10.',
    );
  });

  it('shortens very long values in the message', () => {
    parseEnum('mg-x', 'diet', 'x'.repeat(500), DIETS, 'any');
    expect(warnings.messages[0]!.length).to.be.lessThan(200);
  });
});

describe('validate with values set from script', () => {
  it('treats non-string values as text instead of throwing', () => {
    const warnings = captureWarnings();
    try {
      expect(parseEnum('mg-x', 'diet', 42, DIETS, 'any')).to.equal('any');
      expect(parseOptionalEnum('mg-x', 'life-stage', {}, LIFE_STAGE_IDS)).to.equal(undefined);
      expect(parseTokenList('mg-x', 'categories', ['fruits'], FOOD_CATEGORIES)).to.deep.equal(['fruits']);
      expect(warnings.messages[0]).to.contain('diet="42" is not valid');
    } finally {
      warnings.restore();
    }
  });
});
