/**
 * The details of `<mg-evidence-badge>`, everything it needs only once they are shown: for a dataset claim, the claim
 * and summary, the studies (designs, participants), the key studies and the main limitations; for every claim, the
 * level's meaning and the scale; the placement of the inline toggletip next to its pill; and their styles and
 * messages. The badge imports this module with `import()` together with the evidence chunks (on first hover, focus
 * or open, and at once for a card), so the pill itself stays small. The renderers are pure functions of the data.
 */
import { html, nothing } from 'lit';
import { EVIDENCE_LEVELS, STUDY_DESIGNS } from '../../data/enums.js';
import type { EvidenceLevel, Locale, StudyDesign } from '../../data/enums.js';
import { DATASET } from '../../data/generated/meta.js';
import type { Claim, ClaimDetails, Localized, Study, StudyDetails } from '../../data/types.js';
import { formatList, formatNumber, localize } from '../../i18n/index.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { addLazyStyles } from '../../internal/styles.js';
import { evidenceDetailsMessages, type EvidenceDetailsMessages } from './evidence-badge.details.messages.js';
import { evidenceDetailsStyles } from './evidence-badge.details.styles.js';
import { MAX_KEY_STUDIES } from './evidence-badge.js';
import { evidenceBadgeMessages, formatCount as count } from './evidence-badge.messages.js';

/** Designs of studies that recruited their own participants (their counts can be added up). */
export const RECRUITING_DESIGNS: readonly StudyDesign[] = ['rct', 'trial', 'observational', 'case-series'];

/** Designs that pool other studies: their participants overlap with the studies they include. */
const POOLING_DESIGNS: readonly StudyDesign[] = ['meta-analysis', 'systematic-review', 'narrative-review'];

/**
 * The key studies of a claim: at most `max`, strongest design first (the order of `STUDY_DESIGNS`: meta-analyses,
 * systematic reviews, randomized trials, other trials, observational studies, case series, animal, in vitro,
 * narrative reviews, guidelines, other), then the most participants (unknown counts last), then the dataset's order.
 */
export function keyStudies(studies: readonly Study[], max = MAX_KEY_STUDIES): Study[] {
  const rank = (study: Study) => STUDY_DESIGNS.indexOf(study.designCategory);
  return studies
    .map((study, index) => ({ study, index }))
    .sort(
      (a, b) =>
        rank(a.study) - rank(b.study) ||
        (b.study.participantsCount ?? -1) - (a.study.participantsCount ?? -1) ||
        a.index - b.index,
    )
    .slice(0, max)
    .map(({ study }) => study);
}

/** How many studies of each design, in the order of `STUDY_DESIGNS`, leaving out designs with none. */
export function designCounts(studies: readonly Study[]): [StudyDesign, number][] {
  return STUDY_DESIGNS.map((design): [StudyDesign, number] => [
    design,
    studies.filter((s) => s.designCategory === design).length,
  ]).filter(([, count]) => count > 0);
}

/** Participants of a claim's studies that recruited people: how many such studies, how many give a count, the sum. */
export interface ParticipantTotals {
  readonly studies: number;
  readonly counted: number;
  readonly sum: number;
}

/**
 * Adds up the participants of the studies that recruited people (`RECRUITING_DESIGNS`), each study once. Reviews
 * and meta-analyses are left out because they pool people from other studies; a count is used only when the
 * dataset has one and does not mark it unverified.
 */
export function participantTotals(studies: readonly Study[]): ParticipantTotals {
  const unique = [...new Map(studies.map((s) => [s.id, s])).values()];
  const recruiting = unique.filter((s) => RECRUITING_DESIGNS.includes(s.designCategory));
  const counted = recruiting.filter((s) => s.participantsCount !== null && !s.unverified.includes('participants'));
  return {
    studies: recruiting.length,
    counted: counted.length,
    sum: counted.reduce((total, s) => total + (s.participantsCount ?? 0), 0),
  };
}

/**
 * Where a study's title links: its DOI (`https://doi.org/...`), else its PubMed page, built from the dataset's
 * identifiers and never from one the dataset marks unverified; `null` when there is none.
 */
export function studyLink(study: Study): { href: string; kind: 'doi' | 'pubmed' } | null {
  if (study.doi && !study.unverified.includes('doi') && /^10\.\d{4,9}\/\S+$/.test(study.doi)) {
    const path = study.doi.split('/').map(encodeURIComponent).join('/');
    const href = safeHttpUrl(`https://doi.org/${path}`);
    if (href) return { href, kind: 'doi' };
  }
  if (study.pmid && !study.unverified.includes('pmid') && /^\d{1,9}$/.test(study.pmid)) {
    const href = safeHttpUrl(`https://pubmed.ncbi.nlm.nih.gov/${study.pmid}/`);
    if (href) return { href, kind: 'pubmed' };
  }
  return null;
}

/** What the details of one claim are rendered from. */
export interface DetailsContext {
  readonly locale: Locale;
  readonly claim: Claim;
  /** Longer texts of the studies (participants as written), once the details chunk has loaded. */
  readonly studyDetails?: ReadonlyMap<string, StudyDetails> | undefined;
}

function mark(m: EvidenceDetailsMessages, study: Study, field: Study['unverified'][number]) {
  return study.unverified.includes(field) ? html` <span class="unverified-mark">${m.unverified}</span>` : nothing;
}

/** A claim text in the reader's language, marked when it is a translation of the reviewer's English. */
function claimText(m: EvidenceDetailsMessages, locale: Locale, claim: Claim, text: Localized) {
  return html`${text[locale]}${
    claim.translated.includes(locale) ? html` <span class="muted">${m.translated}</span>` : nothing
  }`;
}

/** The claim sentence as rated, and the dataset's plain-language summary. */
export function renderClaim({ locale, claim }: DetailsContext) {
  const m = localize(evidenceDetailsMessages, locale);
  return html`<p class="claim">
      <span class="label">${m.claimLabel}</span> ${claimText(m, locale, claim, claim.claim)}
    </p>
    <p class="summary">${claimText(m, locale, claim, claim.summary)}</p>`;
}

/** How many studies of which designs, and how many participants (summed only where it is honest to). */
export function renderFacts({ locale, claim }: DetailsContext) {
  const m = localize(evidenceDetailsMessages, locale);
  const designs = designCounts(claim.studies).map(([design, n]) => count(locale, n, m.designs[design]));
  const totals = participantTotals(claim.studies);
  const sum = formatNumber(locale, totals.sum);
  const studies = formatNumber(locale, totals.studies);
  const missing = totals.studies - totals.counted;
  const participants =
    totals.studies === 0
      ? m.participantsNone
      : totals.counted === 0
        ? m.participantsNotReported(totals.studies, studies)
        : missing === 0
          ? m.participantsAll(sum, totals.studies, studies)
          : m.participantsAtLeast(sum, studies, missing, formatNumber(locale, missing));
  const pooled = claim.studies.some((s) => POOLING_DESIGNS.includes(s.designCategory));
  return html`<p class="facts">
      <span class="label">${m.studiesLabel}</span>
      ${formatNumber(locale, claim.studies.length)} (${formatList(locale, designs)}).
    </p>
    <p class="facts">
      <span class="label">${m.participantsLabel}</span> ${participants}
      ${pooled && totals.studies > 0 ? html`<span class="note">${m.participantsNote}</span>` : nothing}
    </p>`;
}

function renderYear(m: EvidenceDetailsMessages, study: Study) {
  const flagged = study.unverified.includes('year');
  const flag = flagged ? html` <span class="unverified-mark">${m.unverified}</span>` : nothing;
  if (study.year !== null) return html`${String(study.year)}${flag}`;
  const leading = /^\d{4}\b/.exec(study.yearNote ?? '');
  if (leading) return html`${leading[0]}${flag}`;
  return flagged ? html`<span class="unverified-mark">${m.yearUnverified}</span>` : m.yearUnknown;
}

function renderStudy(m: EvidenceDetailsMessages, { locale, studyDetails }: DetailsContext, study: Study) {
  const link = studyLink(study);
  const title = html`<cite lang="en">${study.title}</cite>`;
  const written = studyDetails?.get(study.id)?.participants.trim() ?? '';
  const people =
    study.participantsCount !== null
      ? html`${count(locale, study.participantsCount, m.participantCount)}${mark(m, study, 'participants')}`
      : written && !/^n\/?a$/i.test(written)
        ? html`n: <span lang="en">${written}</span>`
        : null;
  const parts = [
    html`<span lang="en">${study.journal}</span>${mark(m, study, 'journal')}`,
    renderYear(m, study),
    m.designs[study.designCategory][0],
    people,
    link ? (link.kind === 'doi' ? m.viaDoi : m.viaPubmed) : m.noLink,
  ].filter((part) => part !== null);
  return html`<li class="study">
    ${link ? html`<a href=${link.href}>${title}</a>` : title}${mark(m, study, 'title')}
    <span class="meta">${parts.map((part, i) => html`${i ? ' · ' : ''}${part}`)}</span>
    <span class="finding"
      >${m.finding} <span lang="en">${study.direction}</span>${
        /unverified/i.test(study.direction) ? nothing : mark(m, study, 'direction')
      }</span
    >
  </li>`;
}

/** Up to five key studies (rule in `keyStudies`) with title, journal, year, design, n and a DOI or PubMed link. */
export function renderKeyStudies(context: DetailsContext) {
  const { locale, claim } = context;
  const m = localize(evidenceDetailsMessages, locale);
  const keys = keyStudies(claim.studies);
  return html`<p class="label" id="keys-label">
      ${m.keyStudies(formatNumber(locale, keys.length), formatNumber(locale, claim.studies.length))}
    </p>
    <ol class="studies" aria-labelledby="keys-label">
      ${keys.map((study) => renderStudy(m, context, study))}
    </ol>`;
}

/** The main limitations: the GRADE downgrades, in the reviewer's English; or why the claim is not graded. */
export function renderLimitations(locale: Locale, details: ClaimDetails) {
  const m = localize(evidenceDetailsMessages, locale);
  if (!details.grade) return html`<p><span class="label">${m.limitationsLabel}</span> ${m.notGraded}</p>`;
  if (details.grade.downgrades.length === 0) return nothing;
  return html`<p class="label" id="limits-label">${m.limitationsLabel}</p>
    <ul class="limitations" lang="en" aria-labelledby="limits-label">
      ${details.grade.downgrades.map((item) => html`<li>${item}</li>`)}
    </ul>`;
}

/** Space kept between the panel and the edges of the viewport, and between the pill and the panel (CSS px). */
const EDGE = 8;
const GAP = 4;

/**
 * Keeps the toggletip of an inline badge next to its pill while it is shown: under the pill (above it when there is
 * more room there), aligned with the pill's start edge and clamped inside the viewport; too tall, it scrolls. It
 * follows the pill on scroll and resize and when the toggletip's size changes. Written through the CSSOM (allowed
 * by strict CSP).
 */
export class PanelPlacement {
  private frame = 0;
  private readonly resizeObserver?: ResizeObserver;

  constructor(
    private readonly panel: HTMLElement,
    private readonly pill: HTMLElement,
  ) {
    window.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(this.schedule);
      this.resizeObserver.observe(panel);
    }
  }

  /** Places the toggletip now (the badge calls it after each render, before the browser paints it). */
  place(): void {
    const { panel, pill } = this;
    const set = (name: string, px: number) => panel.style.setProperty(name, `${px}px`);
    try {
      // The viewport without scrollbars: the root element's client box, or the body's in quirks mode.
      const root = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
      const width = root?.clientWidth || window.innerWidth;
      const height = root?.clientHeight || window.innerHeight;
      set('--_avail-inline', Math.max(0, width - 2 * EDGE));
      set('--_avail-block', Math.max(0, height - 2 * EDGE));
      const anchor = pill.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      const start = getComputedStyle(pill).direction === 'rtl' ? anchor.right - box.width : anchor.left;
      const below = height - anchor.bottom - GAP - EDGE;
      const above = anchor.top - GAP - EDGE;
      const under = box.height <= below || below >= above;
      set('--_avail-block', Math.max(48, Math.floor(under ? below : above)));
      set('left', Math.round(Math.max(EDGE, Math.min(start, width - EDGE - box.width))));
      set('top', Math.round(under ? anchor.bottom + GAP : anchor.top - GAP - Math.min(box.height, above)));
    } catch {
      // Layout is not available (detached, display: none): leave the panel where it is.
    }
  }

  /** Stops following the pill. */
  stop(): void {
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  private readonly schedule = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };
}

/** Adds the styles of the details to a badge's shadow root, once. */
export function adoptDetailsStyles(root: HTMLElement | DocumentFragment): void {
  addLazyStyles(root, evidenceDetailsStyles);
}

/** The level in words and what it means for readers. */
function renderMeaning(locale: Locale, level: EvidenceLevel) {
  const levels = localize(evidenceBadgeMessages, locale).levels;
  const m = localize(evidenceDetailsMessages, locale);
  return html`<p class="meaning"><span class="label">${levels[level]}:</span> ${m.meanings[level]}</p>`;
}

/** Every level of the scale and what it means, collapsed; the claim's own level is marked `current`. */
function renderScale(locale: Locale, current: EvidenceLevel) {
  const levels = localize(evidenceBadgeMessages, locale).levels;
  const m = localize(evidenceDetailsMessages, locale);
  return html`<details class="scale">
    <summary>${m.scaleLabel}</summary>
    <dl>
      ${EVIDENCE_LEVELS.map((level) => {
        const mark = level === current ? 'current' : '';
        return html`<dt class=${mark}>${levels[level]}</dt>
          <dd class=${mark}>${m.meanings[level]}</dd>`;
      })}
    </dl>
  </details>`;
}

/** The end of a dataset claim's details: the scale, then the dataset's version, date and source. */
function renderDatasetFoot(locale: Locale, level: EvidenceLevel) {
  const m = localize(evidenceDetailsMessages, locale);
  return html`${renderScale(locale, level)}
    <p class="dataset">${m.dataset(DATASET.version, localize(DATASET.dateText.long, locale))} ${DATASET.sources.evidence[locale]}.</p>`;
}

/** After a publisher's slotted summary and sources: the level's meaning, who rated it, and the scale. */
export function renderPublisherNotes(locale: Locale, level: EvidenceLevel) {
  const m = localize(evidenceDetailsMessages, locale);
  return html`${renderMeaning(locale, level)}
    <p class="note">${m.publisherRated}</p>
    ${renderScale(locale, level)}`;
}

/** What the details of a dataset claim are rendered from: the parts loaded so far, placeholders for the others. */
export interface DatasetBody {
  readonly locale: Locale;
  readonly level: EvidenceLevel;
  readonly claim: Claim | undefined;
  readonly details: ClaimDetails | undefined;
  readonly studyDetails: ReadonlyMap<string, StudyDetails> | undefined;
  /** The badge's placeholder for a part whose data has not loaded (or an error with a retry button, in `claim`). */
  readonly placeholder: (part: 'claim' | 'facts' | 'keys' | 'limits') => unknown;
}

/**
 * The details of a dataset claim, in the order of the badge's placeholders: claim and summary, the level's meaning,
 * facts, key studies, limitations, then the scale and the dataset line.
 */
export function renderDatasetBody({ locale, level, claim, details, studyDetails, placeholder }: DatasetBody) {
  const context = claim && { locale, claim, studyDetails };
  return html`${context ? renderClaim(context) : placeholder('claim')} ${renderMeaning(locale, level)}
  ${context ? renderFacts(context) : placeholder('facts')} ${context ? renderKeyStudies(context) : placeholder('keys')}
  ${details ? renderLimitations(locale, details) : placeholder('limits')} ${renderDatasetFoot(locale, level)}`;
}
