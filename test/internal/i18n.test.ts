import { expect, fixture, html } from '@open-wc/testing';
import { LIFE_STAGE_IDS, LOCALES } from '../../src/data/enums.js';
import {
  closestLang,
  commonMessages,
  formatList,
  formatMg,
  formatNumber,
  formatPercent,
  matchLocale,
  mgText,
} from '../../src/i18n/index.js';

describe('i18n', () => {
  it('matches BCP 47 tags to supported locales', () => {
    expect(matchLocale('es')).to.equal('es');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('EN_gb')).to.equal('en');
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });

  it('finds the nearest lang across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="es"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    shadow.append(inner);
    expect(closestLang(inner)).to.equal('es');
    inner.setAttribute('lang', 'en-US');
    expect(closestLang(inner)).to.equal('en-US');
  });

  it('has every message in every locale', () => {
    for (const locale of LOCALES) {
      const m = commonMessages(locale);
      for (const id of LIFE_STAGE_IDS) expect(m.lifeStages[id].length, `${locale} ${id}`).to.be.greaterThan(0);
    }
    expect(commonMessages('es').profile.lifeStage).to.equal('Etapa de la vida');
  });

  it('formats numbers through Intl per locale', () => {
    expect(formatNumber('en', 1234.5, 1)).to.equal('1,234.5');
    expect(formatNumber('es', 12345.5, 1)).to.equal('12.345,5');
    expect(formatMg('en', 155.9)).to.equal('156\u00a0mg');
    expect(formatMg('es', 1155.9, 1)).to.equal('1155,9\u00a0mg');
    expect(formatPercent('en', 37)).to.equal('37%');
    expect(formatPercent('es', 37)).to.match(/^37\s%$/);
    expect(formatList('es', ['a', 'b', 'c'])).to.equal('a, b y c');
  });

  it('shows milligrams with one decimal below 10 mg and whole numbers above', () => {
    expect(mgText('en', 2.54)).to.equal('2.5\u00a0mg');
    expect(mgText('es', 2.54)).to.equal('2,5\u00a0mg');
    expect(mgText('en', 9.96)).to.equal('10\u00a0mg');
    expect(mgText('en', 10.4)).to.equal('10\u00a0mg');
    expect(mgText('en', 1155.9)).to.equal('1,156\u00a0mg');
  });

  it('writes numbers and percents exactly as Intl does, over thousands of values, in every locale', () => {
    // A small deterministic generator, so a failure names a value that can be replayed.
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const values: number[] = [];
    for (let i = 0; i <= 120000; i += i < 2000 ? 1 : 7) values.push(i);
    for (let i = 0; i <= 20000; i++) values.push(i / 10, i / 100, i / 1000 + 0.0005);
    for (let i = 0; i < 5000; i++) values.push(random() * 10 ** Math.floor(random() * 9));
    // Shapes the widgets compute: %DV of a food, elemental share of a compound, doses.
    for (let mg = 0; mg <= 1000; mg++) values.push((mg / 420) * 100, (mg / 310) * 100, mg * 0.603, mg / 0.141);
    values.push(-3, -0.5, 2.5, 0.5, 1.005, 1e12, 1e15, Number.MAX_SAFE_INTEGER);
    let checked = 0;
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      for (const digits of [0, 1, 2]) {
        const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
        const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
        for (const value of values) {
          // Plain comparisons (one assertion at the end): a million chai assertions would take seconds.
          const [ours, theirs] = [formatNumber(locale, value, digits), decimal.format(value)];
          if (ours !== theirs) wrong.push(`${locale} ${value} (${digits}): ${ours} instead of ${theirs}`);
          const [oursPct, theirsPct] = [formatPercent(locale, value, digits), percent.format(value / 100)];
          if (oursPct !== theirsPct) wrong.push(`${locale} ${value}% (${digits}): ${oursPct} instead of ${theirsPct}`);
          checked += 2;
        }
      }
    }
    expect(wrong.slice(0, 10)).to.deep.equal([]);
    expect(checked).to.be.greaterThan(500000);
  });
});
