/**
 * The badge before the evidence chunk loads. This file runs in a page of its own, so the chunks are not loaded
 * yet when it starts: the pill must already show its final words and count, and keep its size when they arrive.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/evidence-badge/mg-evidence-badge.js';
import type { MgEvidenceBadge } from '../../src/components/evidence-badge/evidence-badge.js';
import { evidenceBadgeMessages } from '../../src/components/evidence-badge/evidence-badge.messages.js';
import { CLAIM_IDS, CLAIM_INDEX } from '../../src/data/generated/ids.js';
import { loadEvidence, loadEvidenceDetails } from '../../src/data/loaders.js';
import { nextFrames } from '../helpers.js';

const en = evidenceBadgeMessages.en;
const requested = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(path));
const CHUNKS = [
  '/generated/evidence.ts',
  '/generated/evidence-details.ts',
  '/evidence-badge/evidence-badge.details.ts',
];
const pill = (el: MgEvidenceBadge) => el.shadowRoot!.querySelector<HTMLElement>('.pill')!;
const size = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { width: r.width, height: r.height };
};

describe('<mg-evidence-badge> before the evidence loads', () => {
  it('renders the final words and count of every claim without requesting the evidence chunks', async () => {
    const wrap = await fixture<HTMLParagraphElement>(
      html`<p>${CLAIM_IDS.map((id) => html`<mg-evidence-badge claim=${id}></mg-evidence-badge> `)}</p>`,
    );
    const badges = [...wrap.querySelectorAll('mg-evidence-badge')];
    await Promise.all(badges.map((b) => b.updateComplete));
    await nextFrames();
    badges.forEach((el, i) => {
      const { level, studies } = CLAIM_INDEX[CLAIM_IDS[i]!];
      const text = (pill(el).textContent ?? '').replace(/\s+/g, ' ');
      expect(text).to.contain(en.levels[level]);
      const noun = level === 'not-rated' ? en.sources : en.studies;
      expect(text).to.contain(`${studies} ${studies === 1 ? noun[0] : noun[1]}`);
    });
    for (const chunk of CHUNKS) expect(requested(chunk), chunk).to.equal(false);
  });

  it('prefetches the chunks and the details renderer on first focus, closed, and keeps the size of the pill', async () => {
    const el = await fixture<MgEvidenceBadge>(
      html`<mg-evidence-badge claim="depression-treatment"></mg-evidence-badge>`,
    );
    await nextFrames();
    const before = size(pill(el));
    el.focus();
    await waitUntil(() => CHUNKS.every(requested), 'chunks requested', { timeout: 5000 });
    expect(el.open).to.equal(false);
    await Promise.all([
      loadEvidence(),
      loadEvidenceDetails(),
      import('../../src/components/evidence-badge/evidence-badge.details.js'),
    ]);
    await el.updateComplete;
    await nextFrames();
    expect(size(pill(el))).to.deep.equal(before);
    pill(el).click();
    await el.updateComplete;
    // Prefetched: the details render complete at once, without placeholders.
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('ol.studies > li').length).to.equal(5);
    expect(size(pill(el))).to.deep.equal(before);
  });
});
