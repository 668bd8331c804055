import { expect, fixture, html } from '@open-wc/testing';
import {
  countAffiliateLinks,
  isAffiliateLink,
  isAffiliateUrl,
} from '../../src/components/disclaimer-banner/affiliate-links.js';

describe('affiliate link detection', () => {
  it('recognizes links of common affiliate networks', () => {
    for (const url of [
      'https://amzn.to/3abcDEF',
      'https://www.amazon.com/dp/B000123?tag=desk-20',
      'https://www.amazon.co.uk/gp/product/B000?ref=x&tag=desk-21',
      'https://www.shareasale.com/r.cfm?b=1&u=2&m=3',
      'https://www.anrdoezrs.net/click-123-456',
      'https://click.linksynergy.com/deeplink?id=abc',
      'https://www.awin1.com/cread.php?awinmid=1',
      'https://go.skimresources.com/?id=1X2&url=https%3A%2F%2Fshop.example',
      'https://redirect.viglink.com/?key=1&u=x',
      'https://prf.hn/click/camref:1',
      'https://brand.sjv.io/c/1/2/3',
      'https://vendor.hop.clickbank.net/',
      'https://shop.example/product?aff_id=42',
      'https://shop.example/product?affiliate_id=42',
    ]) {
      expect(isAffiliateUrl(url), url).to.equal(true);
    }
  });

  it('leaves ordinary links alone', () => {
    for (const url of [
      'https://www.amazon.com/dp/B000123',
      'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
      'https://example.com/?ref=newsletter',
      'https://notamzn.to.example/',
      'https://shareasale.com.evil.example/',
      'mailto:desk@example.com',
      'javascript:alert(1)',
      '#top',
      'http://[bad',
    ]) {
      expect(isAffiliateUrl(url), url).to.equal(false);
    }
  });

  it('counts rel~=sponsored links and affiliate URLs, skipping links inside the banner', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <a href="/product" rel="nofollow Sponsored">own product page</a>
        <a href="https://amzn.to/x">short</a>
        <a rel="sponsored">no href</a>
        <a href="https://example.org/">plain</a>
        <section id="banner"><a href="https://amzn.to/y">inside</a></section>
      </div>`,
    );
    expect(isAffiliateLink(root.querySelector('a')!)).to.equal(true);
    expect(countAffiliateLinks(root, root.querySelector('#banner')!)).to.equal(2);
    expect(countAffiliateLinks(root)).to.equal(3);
    expect(countAffiliateLinks(null)).to.equal(0);
  });
});
