/**
 * The details of a dataset claim in `<mg-evidence-badge>`: the claim and summary, the studies (designs,
 * participants), the key studies and the main limitations. The badge imports this module with `import()` together
 * with the evidence chunks (on first hover, focus or open), so the pill itself stays small. Pure functions of the
 * data: no DOM access, no state.
 */
import { html, nothing } from 'lit';
import { STUDY_DESIGNS } from '../../data/enums.js';
import type { Locale, StudyDesign } from '../../data/enums.js';
import type { Claim, ClaimDetails, Localized, Study, StudyDetails } from '../../data/types.js';
import { formatList, formatNumber, localize } from '../../i18n/index.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { evidenceDetailsMessages, type EvidenceDetailsMessages } from './evidence-badge.details.messages.js';
import { MAX_KEY_STUDIES } from './evidence-badge.js';
import type { Plural } from './evidence-badge.messages.js';

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

function count(locale: Locale, value: number, words: Plural): string {
  const one = new Intl.PluralRules(locale).select(value) === 'one';
  return `${formatNumber(locale, value)} ${one ? words[0] : words[1]}`;
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
