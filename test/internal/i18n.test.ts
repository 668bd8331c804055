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

  it('formats small whole numbers without Intl exactly as Intl does', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
      for (const value of [0, 1, 7, 42, 999, 1000, 1234, 12345, 2.5, -3]) {
        expect(formatNumber(locale, value), `${locale} ${value}`).to.equal(intl.format(value));
      }
    }
  });
});
