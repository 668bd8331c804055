import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { render } from 'lit';
import '../../src/components/evidence-badge/mg-evidence-badge.js';
import '../../src/components/reader-profile/mg-reader-profile.js';
import { MAX_KEY_STUDIES, MgEvidenceBadge } from '../../src/components/evidence-badge/evidence-badge.js';
import { keyStudies } from '../../src/components/evidence-badge/evidence-badge.details.js';
import { evidenceDetailsMessages } from '../../src/components/evidence-badge/evidence-badge.details.messages.js';
import { evidenceBadgeMessages } from '../../src/components/evidence-badge/evidence-badge.messages.js';
import { EVIDENCE_LEVELS, STUDY_DESIGNS } from '../../src/data/enums.js';
import type { EvidenceLevel } from '../../src/data/enums.js';
import { CLAIM_IDS, CLAIM_INDEX } from '../../src/data/generated/ids.js';
import { DATASET } from '../../src/data/generated/meta.js';
import { loadEvidence, loadEvidenceDetails } from '../../src/data/loaders.js';
import type { Claim, Study } from '../../src/data/types.js';
import { MgBadgeToggleEvent } from '../../src/events/badge-toggle.js';
import { defineElement } from '../../src/internal/define-element.js';
import { captureWarnings, nextFrames, uniqueTag } from '../helpers.js';

const en = { ...evidenceBadgeMessages.en, ...evidenceDetailsMessages.en };
const es = { ...evidenceBadgeMessages.es, ...evidenceDetailsMessages.es };
const [evidence, details] = await Promise.all([loadEvidence(), loadEvidenceDetails()]);
const UNAVAILABLE = 'a neutral "Evidence rating unavailable" badge';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const pill = (el: MgEvidenceBadge) => el.shadowRoot!.querySelector<HTMLElement>('.pill')!;
const panel = (el: MgEvidenceBadge) => el.shadowRoot!.querySelector<HTMLElement>('#panel')!;
const panelText = (el: MgEvidenceBadge) => collapse(el.shadowRoot!.querySelector('.body')?.textContent);

async function settle(el: MgEvidenceBadge): Promise<void> {
  await el.updateComplete;
  await nextFrames();
  await el.updateComplete;
}

/** Waits until the details have no placeholders left (the evidence and the details renderer have loaded). */
async function loaded(el: MgEvidenceBadge): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('.skeleton'), 'details loaded', { timeout: 5000 });
  await settle(el);
}

async function clickPill(el: MgEvidenceBadge): Promise<void> {
  pill(el).click();
  await settle(el);
  await loaded(el);
}

function center(element: Element): [number, number] {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** The first dataset claim with this level, if any. */
const claimWithLevel = (level: EvidenceLevel) => evidence.claims.find((c) => c.level === level);

/** Expected link of a study, computed here from the dataset fields (never from an unverified identifier). */
function expectedLink(study: Study): string | null {
  if (study.doi && !study.unverified.includes('doi')) return new URL(`https://doi.org/${study.doi}`).href;
  if (study.pmid && !study.unverified.includes('pmid')) return `https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`;
  return null;
}

/** The documented rule: strongest design first (STUDY_DESIGNS order), then most participants, then dataset order. */
function expectedKeys(claim: Claim): Study[] {
  const indexed = claim.studies.map((s, i) => [s, i] as const);
  indexed.sort(([a, i], [b, j]) => {
    const design = STUDY_DESIGNS.indexOf(a.designCategory) - STUDY_DESIGNS.indexOf(b.designCategory);
    if (design) return design;
    const size = (b.participantsCount ?? -1) - (a.participantsCount ?? -1);
    return size || i - j;
  });
  return indexed.slice(0, 5).map(([s]) => s);
}

const plural = (n: number, words: readonly [string, string]) =>
  `${n.toLocaleString('en')} ${n === 1 ? words[0] : words[1]}`;

describe('<mg-evidence-badge>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  describe('registration', () => {
    it('is defined and upgraded', async () => {
      const el = await fixture(html`<mg-evidence-badge claim="anxiety"></mg-evidence-badge>`);
      expect(el).to.be.instanceOf(MgEvidenceBadge);
      expect(customElements.get('mg-evidence-badge')).to.equal(MgEvidenceBadge);
    });

    it('tolerates a second define of the same version', () => {
      expect(() => defineElement('mg-evidence-badge', class extends MgEvidenceBadge {})).not.to.throw();
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('every claim of the dataset', () => {
    it('has the index entry the pill renders from', () => {
      expect(Object.keys(CLAIM_INDEX)).to.deep.equal(evidence.claims.map((c) => c.id));
    });

    for (const claim of evidence.claims) {
      describe(claim.id, () => {
        it('shows its level in words and its number of studies, closed', async () => {
          const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim=${claim.id}></mg-evidence-badge>`);
          const button = pill(el);
          expect(button.localName).to.equal('button');
          const text = collapse(button.textContent);
          expect(text).to.contain(en.levels[claim.level]);
          const noun = claim.level === 'not-rated' ? en.sources : en.studies;
          expect(text).to.contain(plural(claim.studies.length, noun));
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          expect(button.getAttribute('aria-controls')).to.equal('panel');
          expect(panel(el).matches(':popover-open')).to.equal(false);
          expect(warnings.messages).to.deep.equal([]);
        });

        it('opens to the claim, summary, studies, participants, key studies, limitations, scale and dataset', async () => {
          const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim=${claim.id}></mg-evidence-badge>`);
          await clickPill(el);
          expect(panel(el).matches(':popover-open')).to.equal(true);
          const text = panelText(el);
          expect(text).to.contain(claim.claim.en);
          expect(text).to.contain(claim.summary.en);
          expect(text).to.contain(`${en.levels[claim.level]}: ${en.meanings[claim.level]}`);
          expect(text).to.contain(`Studies: ${claim.studies.length} (`);
          for (const design of STUDY_DESIGNS) {
            const count = claim.studies.filter((s) => s.designCategory === design).length;
            if (count) expect(text).to.contain(plural(count, en.designs[design]));
          }
          // Participants: only studies that recruited people, each counted once; "at least" when some give no count.
          const recruiting = claim.studies.filter((s) =>
            ['rct', 'trial', 'observational', 'case-series'].includes(s.designCategory),
          );
          const counted = recruiting.filter((s) => s.participantsCount !== null);
          const sum = counted.reduce((t, s) => t + s.participantsCount!, 0);
          if (recruiting.length === 0) expect(text).to.contain('Participants: none to count');
          else if (counted.length === 0) expect(text).to.contain('Participants: not reported');
          else if (counted.length < recruiting.length)
            expect(text).to.contain(`Participants: at least ${sum.toLocaleString('en')},`);
          else expect(text).to.contain(`Participants: ${sum.toLocaleString('en')},`);

          const items = [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol.studies > li')];
          const keys = expectedKeys(claim);
          expect(keyStudies(claim.studies).map((s) => s.id)).to.deep.equal(keys.map((s) => s.id));
          expect(items.length).to.equal(Math.min(MAX_KEY_STUDIES, 5, claim.studies.length));
          items.forEach((item, i) => {
            const study = keys[i]!;
            const cite = item.querySelector('cite')!;
            expect(cite.textContent, study.id).to.equal(study.title);
            expect(cite.lang).to.equal('en');
            const link = item.querySelector('a');
            const href = expectedLink(study);
            if (href) expect(link?.href, study.id).to.equal(href);
            else {
              expect(link, study.id).to.equal(null);
              expect(collapse(item.textContent)).to.contain(en.noLink);
            }
            const meta = collapse(item.querySelector('.meta')!.textContent);
            expect(meta).to.contain(study.journal);
            expect(meta).to.contain(en.designs[study.designCategory][0]);
            if (study.year !== null) expect(meta).to.contain(String(study.year));
            if (study.participantsCount !== null)
              expect(meta).to.contain(plural(study.participantsCount, en.participantCount));
            for (const field of ['title', 'journal', 'year'] as const) {
              if (study.unverified.includes(field)) {
                expect(collapse(item.textContent), `${study.id} ${field}`).to.match(/\(unverified\)|year unverified/);
              }
            }
          });
          // Every link in the details comes from a verified DOI or PMID of the dataset.
          const allowed = claim.studies.map(expectedLink).filter(Boolean);
          for (const a of el.shadowRoot!.querySelectorAll('a')) expect(allowed).to.include(a.href);

          const grade = details.claims.get(claim.id)!.grade;
          if (grade) for (const downgrade of grade.downgrades) expect(text).to.contain(downgrade);
          else expect(text).to.contain(en.notGraded);
          expect(el.shadowRoot!.querySelectorAll('details.scale dt').length).to.equal(EVIDENCE_LEVELS.length);
          expect(text).to.contain(`mg-widgets dataset ${DATASET.version}, November 26, 2026.`);
          expect(text).to.contain(DATASET.sources.evidence.en);
          expect(text).not.to.match(/medically reviewed|reviewed by|fact-checked/i);
        });

        it('passes axe closed, open and as a card', async () => {
          const wrap = await fixture<HTMLDivElement>(
            html`<div>
              <p>A claim <mg-evidence-badge claim=${claim.id}></mg-evidence-badge>.</p>
              <mg-evidence-badge variant="card" claim=${claim.id}></mg-evidence-badge>
            </div>`,
          );
          const [inline, card] = [...wrap.querySelectorAll('mg-evidence-badge')];
          await loaded(card!);
          await expect(wrap).to.be.accessible();
          await clickPill(inline!);
          await expect(wrap).to.be.accessible();
          expect(collapse(card!.shadowRoot!.querySelector('.body')!.textContent)).to.contain(claim.summary.en);
        });
      });
    }
  });

  describe('accessibility', () => {
    for (const level of EVIDENCE_LEVELS) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe for ${level}, ${theme}, both variants, open`, async () => {
          const claim = claimWithLevel(level);
          const attrs = claim ? { claim: claim.id, level: null } : { claim: null, level };
          const wrap = await fixture<HTMLDivElement>(
            html`<div>
              <p>
                A claim
                <mg-evidence-badge theme=${theme} claim=${attrs.claim ?? ''} level=${attrs.level ?? ''}
                  ><span>Publisher summary.</span
                  ><a slot="source" href="https://example.org/">Example source</a></mg-evidence-badge
                >.
              </p>
              <mg-evidence-badge variant="card" theme=${theme} claim=${attrs.claim ?? ''} level=${attrs.level ?? ''}
                ><span>Publisher summary.</span></mg-evidence-badge
              >
            </div>`,
          );
          const [inline, card] = [...wrap.querySelectorAll('mg-evidence-badge')];
          await loaded(card!);
          await clickPill(inline!);
          expect(collapse(pill(inline!).textContent)).to.contain(en.levels[level]);
          await expect(wrap).to.be.accessible();
        });
      }
    }

    it('passes axe for the unavailable badge in both variants', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <p>Claim <mg-evidence-badge claim="nope"></mg-evidence-badge>.</p>
          <mg-evidence-badge variant="card" claim="nope"></mg-evidence-badge>
        </div>`,
      );
      await expect(wrap).to.be.accessible();
    });

    it('has a pill of at least 24 x 24 px, even in small text', async () => {
      for (const size of [11, 12, 16, 20]) {
        const p = await fixture<HTMLParagraphElement>(
          html`<p style="font-size: ${size}px">Claim <mg-evidence-badge claim="pms"></mg-evidence-badge></p>`,
        );
        const el = p.querySelector('mg-evidence-badge')!;
        await settle(el);
        const r = pill(el).getBoundingClientRect();
        expect(r.height, `${size}px`).to.be.at.least(24);
        expect(r.width, `${size}px`).to.be.at.least(24);
      }
    });

    it('never lets the icon or the color carry the level alone: the words are in the pill, the icon is hidden', async () => {
      for (const level of EVIDENCE_LEVELS) {
        const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge level=${level}></mg-evidence-badge>`);
        const icon = pill(el).querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(collapse(pill(el).querySelector('.words')!.textContent)).to.equal(en.levels[level]);
        // A border exists, so the pill keeps its outline in forced-colors mode (system colors replace ours).
        const style = getComputedStyle(pill(el));
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
        expect(style.borderTopStyle).to.equal('solid');
      }
    });

    it('shows GRADE-style dots, more of them filled for more certain evidence (4 high ... 0 mechanistic)', async () => {
      const expected = { high: 4, moderate: 3, low: 2, 'very-low': 1, mechanistic: 0 } as const;
      for (const [level, filled] of Object.entries(expected)) {
        const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge level=${level}></mg-evidence-badge>`);
        const dots = [...pill(el).querySelectorAll('svg circle')];
        expect(dots, level).to.have.length(4);
        // Filled from the start, so that the dots read as a scale.
        const fills = dots.map((dot) => dot.getAttribute('fill'));
        expect(fills, level).to.deep.equal([0, 1, 2, 3].map((i) => (i < filled ? 'currentColor' : 'none')));
      }
    });

    it('gives the pill an accessible name that starts with its visible words', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="sleep-insomnia"></mg-evidence-badge>`);
      const name = collapse(pill(el).textContent);
      expect(name.startsWith('Low certainty')).to.equal(true);
      expect(name).to.contain('evidence rating');
    });
  });

  describe('attributes', () => {
    it('defaults to the inline variant, closed', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`);
      expect(el.open).to.equal(false);
      expect(el.variant).to.equal(undefined);
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(el.shadowRoot!.querySelector('.variant-inline')).to.not.equal(null);
    });

    it('reflects open, and opens or closes when it is set, without an event', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`);
      let events = 0;
      el.addEventListener('mg-badge-toggle', () => events++);
      el.open = true;
      await settle(el);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(panel(el).matches(':popover-open')).to.equal(true);
      expect(pill(el).getAttribute('aria-expanded')).to.equal('true');
      el.removeAttribute('open');
      await settle(el);
      expect(el.open).to.equal(false);
      expect(panel(el).matches(':popover-open')).to.equal(false);
      el.setAttribute('open', '');
      await settle(el);
      expect(panel(el).matches(':popover-open')).to.equal(true);
      expect(events).to.equal(0);
    });

    it('can start open', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="anxiety" open></mg-evidence-badge>`);
      await loaded(el);
      expect(panel(el).matches(':popover-open')).to.equal(true);
      expect(panelText(el)).to.contain(evidence.byId.get('anxiety')!.summary.en);
    });

    it('renders the card as a block with the details at once, where open has no effect', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge variant="card" claim="threonate-cognition"></mg-evidence-badge>`,
      );
      await loaded(el);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.getAttribute('variant')).to.equal('card');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[popover]')).to.equal(null);
      expect(panelText(el)).to.contain(evidence.byId.get('threonate-cognition')!.summary.en);
      el.open = true;
      await settle(el);
      expect(el.shadowRoot!.querySelector('[popover]')).to.equal(null);
    });

    it('goes back to the inline pill when variant is removed', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge variant="card" claim="pms"></mg-evidence-badge>`,
      );
      el.removeAttribute('variant');
      await settle(el);
      expect(pill(el).localName).to.equal('button');
      expect(getComputedStyle(el).display).to.equal('inline');
    });

    it('follows a change of claim', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="serotonin"></mg-evidence-badge>`);
      expect(collapse(pill(el).textContent)).to.contain(en.levels.mechanistic);
      el.claim = 'oxide-low-bioavailability';
      await settle(el);
      expect(collapse(pill(el).textContent)).to.contain(en.levels.moderate);
      expect(collapse(pill(el).textContent)).to.contain(
        plural(evidence.byId.get('oxide-low-bioavailability')!.studies.length, en.studies),
      );
    });

    it("accepts the source file's mg- prefixed ids", async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge claim="mg-sleep-insomnia"></mg-evidence-badge>`,
      );
      expect(collapse(pill(el).textContent)).to.contain(en.levels.low);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('theming', () => {
    it('takes per-level colors, global tokens and parts from the page', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <style>
            .themed {
              --mg-evidence-badge-low-color: rgb(1, 2, 3);
              --mg-color-surface: rgb(250, 250, 240);
            }
            .themed mg-evidence-badge::part(pill) {
              letter-spacing: 2px;
            }
          </style>
          <p class="themed">Claim <mg-evidence-badge claim="pms" theme="light"></mg-evidence-badge></p>
        </div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await el.updateComplete;
      await clickPill(el);
      expect(getComputedStyle(pill(el)).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(pill(el)).letterSpacing).to.equal('2px');
      expect(getComputedStyle(panel(el)).backgroundColor).to.equal('rgb(250, 250, 240)');
    });
  });

  describe('events', () => {
    it('fires mg-badge-toggle with the claim and the new state when the reader toggles', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="mg-anxiety"></mg-evidence-badge>`);
      let listener = oneEvent(el, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      pill(el).click();
      let event = await listener;
      expect(event).to.be.instanceOf(MgBadgeToggleEvent);
      expect(event.type).to.equal('mg-badge-toggle');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ claim: 'anxiety', open: true });
      expect(Object.isFrozen(event.detail)).to.equal(true);
      expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal(event.detail);
      await settle(el);
      listener = oneEvent(el, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      pill(el).click();
      event = await listener;
      expect(event.detail).to.deep.equal({ claim: 'anxiety', open: false });
    });

    it('reaches a listener outside a shadow root the badge sits in', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      render(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`, root);
      const el = root.querySelector('mg-evidence-badge')!;
      await settle(el);
      const listener = oneEvent(document, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      pill(el).click();
      expect((await listener).detail).to.deep.equal({ claim: 'pms', open: true });
    });
  });

  describe('keyboard', () => {
    it('opens with Enter, Tabs into the details, closes with Escape and returns focus to the pill', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <p>Sleep <mg-evidence-badge claim="sleep-insomnia"></mg-evidence-badge> text.</p>
          <button>after</button>
        </div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await settle(el);
      const toggles: boolean[] = [];
      el.addEventListener('mg-badge-toggle', (e) => toggles.push(e.detail.open));
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(pill(el));
      await sendKeys({ press: 'Enter' });
      await loaded(el);
      expect(el.open).to.equal(true);
      expect(pill(el).getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(pill(el));
      await sendKeys({ press: 'Tab' });
      const first = el.shadowRoot!.activeElement as HTMLElement;
      expect(first.localName).to.equal('a');
      expect(panel(el).contains(first)).to.equal(true);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(pill(el));
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(toggles).to.deep.equal([true, false, true, false]);
    });

    it('closes when focus leaves the badge, so it never covers what gets focus', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><button id="before">before</button><mg-evidence-badge claim="pms"></mg-evidence-badge></div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await el.updateComplete;
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.open).to.equal(true);
      const listener = oneEvent(el, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect((await listener).detail.open).to.equal(false);
      expect(document.activeElement?.id).to.equal('before');
    });

    it('closes with Escape when focus is on the page, and does not let Escape reach a dialog around it', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`);
      let outer = 0;
      el.parentElement!.addEventListener('keydown', () => outer++);
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(outer).to.equal(1); // the Enter, not the Escape
      el.open = true;
      await settle(el);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(false);
    });
  });

  describe('pointer', () => {
    it('closes on a click outside, not on a click inside the details', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <p id="outside">Somewhere else</p>
          <p>Claim <mg-evidence-badge claim="deficiency-correlates-depression"></mg-evidence-badge></p>
        </div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await settle(el);
      await sendMouse({ type: 'click', position: center(pill(el)) });
      await settle(el);
      expect(el.open).to.equal(true);
      const box = panel(el).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.top + 8)] });
      await settle(el);
      expect(el.open).to.equal(true);
      const listener = oneEvent(el, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      await sendMouse({ type: 'click', position: center(wrap.querySelector('#outside')!) });
      expect((await listener).detail).to.deep.equal({ claim: 'deficiency-correlates-depression', open: false });
      await settle(el);
      expect(panel(el).matches(':popover-open')).to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('is never hover-only: hovering loads nothing visible and keeps it closed', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`);
      await sendMouse({ type: 'move', position: center(pill(el)) });
      await settle(el);
      expect(el.open).to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('publisher claims', () => {
    it('makes a badge from level and slotted summary and sources, which stay the publisher DOM', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge level="moderate"
          ><span id="summary">Our editors read the two trials.</span
          ><a slot="source" id="src" href="https://example.org/trial?ref=1">Example trial, 2024</a
          ><cite slot="source">A cited book</cite></mg-evidence-badge
        >`,
      );
      const words = collapse(pill(el).textContent);
      expect(words).to.contain(en.levels.moderate);
      expect(words).not.to.match(/stud(y|ies)/);
      const source = el.querySelector('#src') as HTMLAnchorElement;
      const listener = oneEvent(el, 'mg-badge-toggle') as Promise<MgBadgeToggleEvent>;
      pill(el).click();
      expect((await listener).detail).to.deep.equal({ claim: null, open: true });
      await settle(el);
      const slots = [...el.shadowRoot!.querySelectorAll('slot')];
      const assigned = slots.flatMap((slot) => slot.assignedElements());
      expect(assigned.map((e) => e.id || e.localName)).to.deep.equal(['summary', 'src', 'cite']);
      expect(assigned[1]).to.equal(source);
      expect(source.getAttribute('href')).to.equal('https://example.org/trial?ref=1');
      expect(el.shadowRoot!.querySelector<HTMLElement>('.sources')!.hidden).to.equal(false);
      const text = panelText(el);
      expect(text).to.contain(en.publisherRated);
      expect(text).to.contain(en.meanings.moderate);
      expect(text).not.to.contain(`dataset ${DATASET.version}`);
      await expect(el).to.be.accessible();
    });

    it('hides the sources label when there are none', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge level="low" open>Just a summary.</mg-evidence-badge>`,
      );
      await settle(el);
      expect(el.shadowRoot!.querySelector<HTMLElement>('.sources')!.hidden).to.equal(true);
    });

    it('validates level the shared way', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge level="very low">Summary</mg-evidence-badge>`);
      expect(warnings.messages).to.deep.equal([
        '<mg-evidence-badge>: level="very low" is not valid. Valid values: high, moderate, low, very-low, mechanistic, ' +
          `not-rated. Did you mean "very-low"? Using ${UNAVAILABLE}.`,
      ]);
      expect(collapse(pill(el).textContent)).to.equal(en.unavailable);
    });

    it('ignores level, with a warning, when claim sets it', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms" level="high"></mg-evidence-badge>`);
      expect(collapse(pill(el).textContent)).to.contain(en.levels.low);
      expect(warnings.messages).to.deep.equal([
        '<mg-evidence-badge>: level="high" is ignored: claim="pms" has its own level in the dataset ("low").',
      ]);
    });
  });

  describe('bad input', () => {
    it('shows a neutral badge and the shared warning with a did-you-mean for an unknown claim', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge claim="depresion-treatment"></mg-evidence-badge>`,
      );
      expect(warnings.messages).to.deep.equal([
        `<mg-evidence-badge>: claim="depresion-treatment" is not valid. Valid values: ${CLAIM_IDS.join(', ')}. ` +
          `Did you mean "depression-treatment"? Using ${UNAVAILABLE}.`,
      ]);
      expect(collapse(pill(el).textContent)).to.equal('Evidence rating unavailable');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(el.shadowRoot!.querySelector('#panel')).to.equal(null);
    });

    it('suggests the id without its prefix for a mistyped mg- id', async () => {
      await fixture(html`<mg-evidence-badge claim="mg-sleep-insomina"></mg-evidence-badge>`);
      expect(warnings.messages[0]).to.contain('Did you mean "sleep-insomnia"?');
    });

    it('warns once per bad value, not on every render', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="unknown-claim"></mg-evidence-badge>`);
      el.requestUpdate();
      await settle(el);
      await fixture(html`<mg-evidence-badge claim="unknown-claim"></mg-evidence-badge>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).not.to.contain('Did you mean');
    });

    it('asks for claim or level when it has neither', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge></mg-evidence-badge>`);
      expect(collapse(pill(el).textContent)).to.equal(en.unavailable);
      expect(warnings.messages).to.deep.equal([
        `<mg-evidence-badge>: set claim (a claim id of the dataset: ${CLAIM_IDS.join(', ')}) or level ` +
          `(${EVIDENCE_LEVELS.join(', ')}) with your summary and sources as content. Using ${UNAVAILABLE}.`,
      ]);
    });

    it('warns for a bad variant and uses inline', async () => {
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge claim="pms" variant="cards"></mg-evidence-badge>`,
      );
      expect(warnings.messages).to.deep.equal([
        '<mg-evidence-badge>: variant="cards" is not valid. Valid values: inline, card. Did you mean "card"? Using "inline".',
      ]);
      expect(pill(el).localName).to.equal('button');
    });

    it('renders hostile input as text, and nothing throws', async () => {
      const hostile = '"><img src=x onerror="window.__pwned=1">';
      const el = await fixture<MgEvidenceBadge>(
        html`<mg-evidence-badge claim=${hostile} level=${hostile}></mg-evidence-badge>`,
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(() => {
        el.open = true;
        el.variant = 'nonsense' as never;
        el.level = 42 as never;
      }).not.to.throw();
      await settle(el);
      expect(collapse(pill(el).textContent)).to.equal(en.unavailable);
    });

    it('survives properties set to numbers or objects by mistake', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms"></mg-evidence-badge>`);
      el.level = 42 as never;
      el.variant = { card: true } as never;
      await settle(el);
      expect(collapse(pill(el).textContent)).to.contain(en.levels.low);
      el.claim = 7 as never;
      await settle(el);
      expect(collapse(pill(el).textContent)).to.equal(en.unavailable);
      expect(warnings.messages.join('\n')).to.contain('claim="7" is not valid.');
    });

    it('stays working after a bad claim is corrected', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="anxeity"></mg-evidence-badge>`);
      el.claim = 'anxiety';
      await settle(el);
      expect(collapse(pill(el).textContent)).to.contain(en.levels['very-low']);
      await clickPill(el);
      expect(el.open).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('speaks Spanish under lang="es", with Spanish claim texts marked as translations and English titles', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="es-MX"><mg-evidence-badge claim="depression-treatment"></mg-evidence-badge></div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await settle(el);
      const claim = evidence.byId.get('depression-treatment')!;
      const words = collapse(pill(el).textContent);
      expect(words).to.contain('Certeza baja');
      expect(words).to.contain(`${claim.studies.length} estudios`);
      await clickPill(el);
      const text = panelText(el);
      expect(text).to.contain(`${claim.claim.es} ${es.translated}`);
      expect(text).to.contain(`${claim.summary.es} ${es.translated}`);
      expect(text).to.contain('26 de noviembre de 2026');
      expect(text).to.contain(DATASET.sources.evidence.es);
      expect(text).to.contain('Estudios clave');
      for (const cite of el.shadowRoot!.querySelectorAll('cite')) expect(cite.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.querySelector('ul.limitations')!.getAttribute('lang')).to.equal('en');
      await expect(wrap).to.be.accessible();
    });

    it('re-renders when the lang changes', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div lang="en"><mg-evidence-badge claim="pms"></mg-evidence-badge></div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await el.updateComplete;
      expect(collapse(pill(el).textContent)).to.contain('Low certainty');
      wrap.setAttribute('lang', 'es');
      await settle(el);
      expect(collapse(pill(el).textContent)).to.contain('Certeza baja');
      expect(collapse(pill(el).textContent)).to.contain('6 estudios');
    });

    it('shows no translation mark in English', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="pms" open></mg-evidence-badge>`);
      await loaded(el);
      expect(panelText(el)).not.to.contain(en.translated);
    });
  });

  describe('context', () => {
    it('takes theme and language from a reader profile', async () => {
      const profile = await fixture(
        html`<mg-reader-profile theme="dark" lang="es"
          ><p>Claim <mg-evidence-badge claim="anxiety"></mg-evidence-badge></p
        ></mg-reader-profile>`,
      );
      const el = profile.querySelector('mg-evidence-badge')!;
      await settle(el);
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.equal(true);
      expect(collapse(pill(el).textContent)).to.contain('Certeza muy baja');
    });

    it('uses the defaults without a provider', async () => {
      const el = await fixture<MgEvidenceBadge>(html`<mg-evidence-badge claim="anxiety"></mg-evidence-badge>`);
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('theme-auto')).to.equal(true);
    });

    it('follows a provider that upgrades after it', async () => {
      const tag = uniqueTag('late-profile');
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const provider = document.createElement(tag);
      provider.setAttribute('theme', 'dark');
      const el = document.createElement('mg-evidence-badge');
      el.setAttribute('claim', 'pms');
      provider.append(el);
      wrap.append(provider);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('theme-auto')).to.equal(true);
      const { MgReaderProfile } = await import('../../src/components/reader-profile/reader-profile.js');
      customElements.define(tag, class extends MgReaderProfile {});
      await settle(el);
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('theme-dark')).to.equal(true);
    });
  });

  describe('layout', () => {
    const cases: [number, string][] = [
      [16, '1.5'],
      [14, '1.3'],
      [18, '1.6'],
      [20, '2'],
      [12, '1.2'],
      [16, 'normal'],
    ];
    for (const [size, lineHeight] of cases) {
      it(`does not change the line height of a ${size}px / ${lineHeight} paragraph, closed or open`, async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div style="font: ${size}px/${lineHeight} Georgia, serif">
            <p id="plain" style="white-space: nowrap">Magnesium may ease mild depression, some say.</p>
            <p id="badge" style="white-space: nowrap">
              Magnesium may ease mild depression <mg-evidence-badge claim="depression-treatment"></mg-evidence-badge>,
              some say.
            </p>
            <p id="wrapped" style="width: 14em">
              Magnesium may ease mild depression <mg-evidence-badge claim="mg-nmda-antagonist"></mg-evidence-badge> and
              other claims, some of which are repeated here to make several lines of text.
            </p>
            <p id="wrapped-plain" style="width: 14em">
              Magnesium may ease mild depression
              Mostly&nbsp;lab&nbsp;or&nbsp;animal&nbsp;·&nbsp;5&nbsp;studies&nbsp;&nbsp;and other claims, some of which
              are repeated here to make several lines of text.
            </p>
          </div>`,
        );
        const [a, b] = [...wrap.querySelectorAll('mg-evidence-badge')];
        await settle(a!);
        await settle(b!);
        const height = (id: string) => wrap.querySelector(`#${id}`)!.getBoundingClientRect().height;
        const line = height('plain');
        expect(height('badge')).to.equal(line);
        // Every line of a wrapped paragraph keeps the same height: the total is a whole number of lines.
        const lines = height('wrapped') / line;
        expect(Math.abs(lines - Math.round(lines)), `${height('wrapped')} / ${line}`).to.be.below(0.01);
        await clickPill(a!);
        expect(height('badge')).to.equal(line);
        a!.open = false;
        await settle(a!);
      });
    }

    it('adds no stray spaces around the pill in a sentence', async () => {
      const p = await fixture<HTMLParagraphElement>(
        html`<p style="white-space: nowrap">depression<mg-evidence-badge claim="pms"></mg-evidence-badge>, some</p>`,
      );
      const el = p.querySelector('mg-evidence-badge')!;
      await settle(el);
      const style = getComputedStyle(pill(el));
      const margins = parseFloat(style.marginLeft) + parseFloat(style.marginRight);
      const host = el.getBoundingClientRect().width;
      expect(Math.abs(host - (pill(el).getBoundingClientRect().width + margins))).to.be.below(0.5);
      el.open = true;
      await settle(el);
      expect(Math.abs(el.getBoundingClientRect().width - host)).to.be.below(0.5);
    });

    it('works in a table cell inside another shadow root: top layer, not clipped, outside click, lang', async () => {
      const tag = uniqueTag('badge-host');
      customElements.define(
        tag,
        class extends HTMLElement {
          constructor() {
            super();
            render(
              html`<table>
                <tr>
                  <td style="overflow: hidden; max-width: 6em; white-space: nowrap">
                    Oxide <mg-evidence-badge claim="oxide-low-bioavailability"></mg-evidence-badge>
                  </td>
                  <td><button id="other">Other</button></td>
                </tr>
              </table>`,
              this.attachShadow({ mode: 'open' }),
            );
          }
        },
      );
      const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
      const outer = document.createElement(tag);
      host.append(outer);
      const el = outer.shadowRoot!.querySelector('mg-evidence-badge')!;
      await settle(el);
      expect(collapse(pill(el).textContent)).to.contain('Certeza moderada');
      el.focus();
      await sendKeys({ press: 'Enter' });
      await loaded(el);
      const box = panel(el);
      expect(box.matches(':popover-open')).to.equal(true);
      const rect = box.getBoundingClientRect();
      const cell = outer.shadowRoot!.querySelector('td')!.getBoundingClientRect();
      expect(rect.width).to.be.above(cell.width);
      // Hit testing respects clipping: the panel's far corner is the panel itself, not what lies under it.
      const hit = el.shadowRoot!.elementFromPoint(rect.right - 6, rect.bottom - 6);
      expect(box.contains(hit)).to.equal(true);
      await sendMouse({ type: 'click', position: center(outer.shadowRoot!.querySelector('#other')!) });
      await settle(el);
      expect(el.open).to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('falls back to a fixed box where popover is not supported', async () => {
      const tag = uniqueTag('no-popover-badge');
      customElements.define(
        tag,
        class extends MgEvidenceBadge {
          protected override get usePopover(): boolean {
            return false;
          }
        },
      );
      const wrap = await fixture<HTMLDivElement>(html`<div style="overflow: hidden; height: 3em"></div>`);
      const el = document.createElement(tag) as MgEvidenceBadge;
      el.setAttribute('claim', 'sleep-insomnia');
      wrap.append(el);
      await settle(el);
      expect(panel(el).hasAttribute('popover')).to.equal(false);
      expect(panel(el).hidden).to.equal(true);
      await clickPill(el);
      expect(panel(el).hidden).to.equal(false);
      expect(getComputedStyle(panel(el)).position).to.equal('fixed');
      const rect = panel(el).getBoundingClientRect();
      expect(rect.left).to.be.at.least(0);
      expect(rect.right).to.be.at.most(window.innerWidth);
      expect(rect.height).to.be.above(wrap.getBoundingClientRect().height);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(panel(el).hidden).to.equal(true);
    });
  });

  describe('viewport', () => {
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    for (const lang of ['en', 'es']) {
      it(`keeps the pill and the details inside a 320 px wide viewport (${lang})`, async () => {
        await setViewport({ width: 320, height: 640 });
        for (const id of CLAIM_IDS) {
          for (const align of ['left', 'right']) {
            const wrap = await fixture<HTMLDivElement>(
              html`<p lang=${lang} style="margin: 0 1em; text-align: ${align}">
                Claim <mg-evidence-badge claim=${id}></mg-evidence-badge>
              </p>`,
            );
            const el = wrap.querySelector('mg-evidence-badge')!;
            await settle(el);
            const width = window.innerWidth;
            const p = pill(el).getBoundingClientRect();
            expect(p.right, `${id} pill`).to.be.at.most(width);
            await clickPill(el);
            const r = panel(el).getBoundingClientRect();
            expect(r.left, `${id} ${align}`).to.be.at.least(0);
            expect(r.right, `${id} ${align}`).to.be.at.most(width);
            expect(r.top).to.be.at.least(0);
            expect(r.bottom).to.be.at.most(window.innerHeight);
            el.open = false;
            await settle(el);
            wrap.remove();
          }
        }
      });
    }

    it('stays inside the viewport at 200% zoom (a 1280 x 800 window is 640 x 400 CSS px), above a pill near the bottom', async () => {
      await setViewport({ width: 640, height: 400 });
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="padding-top: 330px">
          <p style="margin: 0">Claim <mg-evidence-badge claim="depression-treatment"></mg-evidence-badge></p>
        </div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      await clickPill(el);
      const r = panel(el).getBoundingClientRect();
      const p = pill(el).getBoundingClientRect();
      expect(r.top).to.be.at.least(0);
      expect(r.bottom).to.be.at.most(p.top);
      expect(r.right).to.be.at.most(window.innerWidth);
      const box = panel(el);
      expect(box.scrollHeight).to.be.above(box.clientHeight); // too tall for the room: it scrolls
    });

    it('follows the pill when the page scrolls', async () => {
      await setViewport({ width: 800, height: 600 });
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="padding-block: 100px 2000px">
          <p>Claim <mg-evidence-badge claim="pms"></mg-evidence-badge></p>
        </div>`,
      );
      const el = wrap.querySelector('mg-evidence-badge')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      await clickPill(el);
      const gap = () => panel(el).getBoundingClientRect().top - pill(el).getBoundingClientRect().bottom;
      const before = gap();
      window.scrollBy(0, 60);
      await nextFrames();
      await nextFrames();
      expect(Math.abs(gap() - before)).to.be.below(1);
      window.scrollTo(0, 0);
    });
  });
});
