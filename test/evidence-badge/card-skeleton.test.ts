/**
 * The card variant while the evidence loads. This file runs in a page of its own, so the cards first render with
 * placeholders. The placeholders reserve an estimate of the final size; the remaining shift is measured here and
 * bounded, and the pill line of the card never moves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/evidence-badge/mg-evidence-badge.js';
import type { MgEvidenceBadge } from '../../src/components/evidence-badge/evidence-badge.js';
import { CLAIM_IDS } from '../../src/data/generated/ids.js';
import { loadEvidence, loadEvidenceDetails } from '../../src/data/loaders.js';
import { nextFrames } from '../helpers.js';

describe('<mg-evidence-badge variant="card"> before the evidence loads', () => {
  // Every card on the first screen, so that all of them render at once, before the evidence can arrive (widgets
  // below the first screen render in later tasks, possibly after it).
  before(() => setViewport({ width: 1280, height: 60000 }));
  it('reserves space with placeholders, then grows or shrinks by a bounded amount', async () => {
    const widths = [320, 480, 720];
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="font: 16px/1.5 system-ui, sans-serif">
        ${widths.map(
          (width) =>
            html`<div style="width: ${width}px">
              ${CLAIM_IDS.map((id) => html`<mg-evidence-badge variant="card" claim=${id}></mg-evidence-badge>`)}
            </div>`,
        )}
      </div>`,
    );
    const cards = [...wrap.querySelectorAll<MgEvidenceBadge>('mg-evidence-badge')];
    expect(wrap.getBoundingClientRect().bottom, 'every card on the first screen').to.be.below(window.innerHeight);
    await Promise.all(cards.map((c) => c.updateComplete));
    for (const card of cards) expect(card.shadowRoot!.querySelector('.skeleton'), card.claim!).to.not.equal(null);
    const pillTop = (c: MgEvidenceBadge) =>
      c.shadowRoot!.querySelector('.pill')!.getBoundingClientRect().top - c.getBoundingClientRect().top;
    const before = cards.map((c) => ({ height: c.getBoundingClientRect().height, pill: pillTop(c) }));
    await Promise.all([
      loadEvidence(),
      loadEvidenceDetails(),
      import('../../src/components/evidence-badge/evidence-badge.details.js'),
    ]);
    await Promise.all(cards.map((c) => c.updateComplete));
    await nextFrames();
    const rows: string[] = [];
    cards.forEach((card, i) => {
      expect(card.shadowRoot!.querySelector('.skeleton'), card.claim!).to.equal(null);
      const after = card.getBoundingClientRect().height;
      const shift = after - before[i]!.height;
      const width = widths[Math.floor(i / CLAIM_IDS.length)];
      rows.push(
        `${width}px ${card.claim}: ${Math.round(before[i]!.height)} -> ${Math.round(after)} (${shift > 0 ? '+' : ''}${Math.round(shift)} px, ${Math.round((shift / after) * 100)}%)`,
      );
      expect(pillTop(card)).to.equal(before[i]!.pill);
      expect(Math.abs(shift) / after, `${width}px ${card.claim}`).to.be.below(0.25);
    });
    console.log(`card heights, placeholder -> loaded:\n${rows.join('\n')}`);
  });
});
