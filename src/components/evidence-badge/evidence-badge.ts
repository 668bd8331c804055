import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EVIDENCE_LEVELS } from '../../data/enums.js';
import type { EvidenceLevel, Locale } from '../../data/enums.js';
import { CLAIM_IDS, CLAIM_INDEX } from '../../data/generated/ids.js';
import type { ClaimId } from '../../data/generated/ids.js';
import { DATASET } from '../../data/generated/meta.js';
import { loadEvidence, loadEvidenceDetails } from '../../data/loaders.js';
import { toClaimId } from '../../data/query.js';
import type { EvidenceDetailsSet, EvidenceSet } from '../../data/types.js';
import { MgBadgeToggleEvent } from '../../events/badge-toggle.js';
import { formatNumber, localize } from '../../i18n/index.js';
import { MgElement } from '../../internal/mg-element.js';
import { didYouMean, parseEnum, parseOptionalEnum, warnInvalid } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { evidenceBadgeMessages, type EvidenceBadgeMessages, type Plural } from './evidence-badge.messages.js';
import { evidenceBadgeStyles } from './evidence-badge.styles.js';

/** Layouts of the badge: a pill in a line of text, or a block with the details always shown. */
export const BADGE_VARIANTS = ['inline', 'card'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** How many key studies the details list at most. */
export const MAX_KEY_STUDIES = 5;

const UNAVAILABLE_FALLBACK = 'a neutral "Evidence rating unavailable" badge';

/* Loaded chunks, shared by every badge of the page, so a badge created after the load renders its details at once. */
type DetailsModule = typeof import('./evidence-badge.details.js');
let evidenceCache: EvidenceSet | undefined;
let detailsCache: EvidenceDetailsSet | undefined;
let rendererCache: DetailsModule | undefined;

const POPOVER_SUPPORTED = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/** Space kept between the panel and the edges of the viewport, and between the pill and the panel (CSS px). */
const EDGE = 8;
const GAP = 4;

const FILLED_DOTS: Record<EvidenceLevel, number> = {
  high: 4,
  moderate: 3,
  low: 2,
  'very-low': 1,
  mechanistic: 0,
  'not-rated': -1,
};

/** GRADE-style certainty dots (filled = more certain); an "i" for reference information; a dashed ring if unknown. */
function levelIcon(level: EvidenceLevel | null) {
  const filled = level ? FILLED_DOTS[level] : -2;
  if (filled >= 0) {
    return svg`<svg class="icon" part="icon" viewBox="0 0 40 10" aria-hidden="true" focusable="false">${[
      0, 1, 2, 3,
    ].map(
      (i) =>
        svg`<circle cx=${5 + i * 10} cy="5" r="3.9" fill=${i < filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.4"></circle>`,
    )}</svg>`;
  }
  if (filled === -1) {
    return svg`<svg class="icon single" part="icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4.3" fill="none" stroke="currentColor" stroke-width="1.1"></circle><path d="M5 4.3v3.4" stroke="currentColor" stroke-width="1.3"></path><circle cx="5" cy="2.6" r="0.75" fill="currentColor"></circle></svg>`;
  }
  return svg`<svg class="icon single" part="icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><circle cx="5" cy="5" r="4" fill="none" stroke="currentColor" stroke-width="1.2" stroke-dasharray="2 1.4"></circle></svg>`;
}

const caretIcon = svg`<svg class="caret" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg>`;

type Mode = 'dataset' | 'publisher' | 'unavailable';

/** A property value as attribute text: pages may set a property to a number or an object by mistake. */
function asText(value: unknown): string | null {
  return value == null ? null : String(value);
}

/**
 * How sure are we? A small pill next to a claim in an article: the certainty of the evidence in words ("Low
 * certainty"), the number of studies, and, on click or Enter, a toggletip with the plain-language summary, the
 * studies (how many, participants, designs), up to five key studies with DOI or PubMed links, the main
 * limitations, what each level of the scale means, and the dataset version and date. Ratings come from the
 * bundled dataset (one reviewer, simplified GRADE); the badge adds no reviewer name and no "medically reviewed".
 *
 * The pill's words and study count are final at the first render (from a tiny index in the main bundle); the
 * evidence chunk loads on first hover or focus, or when the details open. The pill never changes the height of the
 * line it sits in. The details sit in the top layer (popover), so no `overflow: hidden` ancestor clips them and
 * the text around the pill does not move; they stay inside the viewport down to 320 px wide and at 200% zoom.
 * Escape, a click outside, or focus leaving the badge closes them; Escape returns focus to the pill.
 *
 * Without `claim`, `level` plus slotted content (a summary, and `<a>`/`<cite>` elements with `slot="source"`)
 * make a badge for a publisher's own claim: the details say it was rated by the publisher. Slotted content is the
 * publisher's DOM, shown as is (inside a paragraph, use phrasing content such as `<span>`, `<a>`, `<cite>`).
 *
 * `open` reflects whether the details are shown. Setting it from code opens or closes them without firing
 * `mg-badge-toggle` (the event reports what the reader did, so analytics do not count the page's own calls). In
 * the `card` variant the details are always shown and `open` has no effect.
 *
 * @summary An honest, inline answer to "how sure are we?": certainty level, studies and limitations of a claim.
 * @tag mg-evidence-badge
 *
 * @slot - Publisher claims (`level` without `claim`): the summary shown in the details.
 * @slot source - Publisher claims: each source (`<a>`, `<cite>`), shown one per line in the details.
 *
 * @fires mg-badge-toggle - The reader opened or closed the details. `detail`: `{ claim, open }` (`claim` is `null` for a publisher claim).
 *
 * @csspart pill - The pill: a button (inline variant), or the heading line of the card.
 * @csspart icon - The level icon in the pill (certainty dots; it repeats the words, never replaces them).
 * @csspart panel - The details: the toggletip of the inline variant, the body of the card.
 * @csspart card - The card's box (card variant).
 *
 * @cssprop [--mg-evidence-badge-font-size=0.8125em] - Font size of the pill, relative to the surrounding text.
 * @cssprop [--mg-evidence-badge-text-color=var(--mg-color-text)] - Text color of the pill.
 * @cssprop [--mg-evidence-badge-background=var(--mg-color-surface)] - Surface the pill's level tint is mixed into.
 * @cssprop [--mg-evidence-badge-radius=999px] - Corner radius of the pill.
 * @cssprop [--mg-evidence-badge-panel-background=var(--mg-color-surface)] - Background of the details toggletip.
 * @cssprop [--mg-evidence-badge-panel-max-inline-size=26em] - Widest the toggletip gets (it also stays inside the viewport).
 * @cssprop [--mg-evidence-badge-card-background=var(--mg-color-surface)] - Background of the card.
 * @cssprop [--mg-evidence-badge-high-color=#0b6a4b] - Border, icon and tint of the pill for `high` (light theme).
 * @cssprop [--mg-evidence-badge-moderate-color=#1d6484] - Same for `moderate`.
 * @cssprop [--mg-evidence-badge-low-color=#8a5300] - Same for `low`.
 * @cssprop [--mg-evidence-badge-very-low-color=#a3142a] - Same for `very-low`.
 * @cssprop [--mg-evidence-badge-mechanistic-color=#6b3fa0] - Same for `mechanistic`.
 * @cssprop [--mg-evidence-badge-not-rated-color=#4a5752] - Same for `not-rated` and unavailable ratings.
 * @cssprop [--mg-evidence-badge-high-color-dark=#5fd3a5] - `high` in the dark theme.
 * @cssprop [--mg-evidence-badge-moderate-color-dark=#7cc9e6] - `moderate` in the dark theme.
 * @cssprop [--mg-evidence-badge-low-color-dark=#ffc266] - `low` in the dark theme.
 * @cssprop [--mg-evidence-badge-very-low-color-dark=#ff9aa8] - `very-low` in the dark theme.
 * @cssprop [--mg-evidence-badge-mechanistic-color-dark=#c9a7f5] - `mechanistic` in the dark theme.
 * @cssprop [--mg-evidence-badge-not-rated-color-dark=#b3c0bb] - `not-rated` and unavailable ratings in the dark theme.
 */
export class MgEvidenceBadge extends MgElement {
  static override styles = [...MgElement.styles, evidenceBadgeStyles];

  /** A claim id of the dataset, e.g. `depression-treatment` (the source file's `mg-` prefix is accepted too). */
  @property({ attribute: 'claim' }) claim?: string | null;

  /** Certainty level of a publisher's own claim, used only without `claim`. */
  @property({ attribute: 'level' }) level?: EvidenceLevel | null;

  /** `inline` (default): a pill in a line of text with a toggletip; `card`: a block with the details shown. */
  @property({ attribute: 'variant', reflect: true }) variant?: BadgeVariant;

  /** Whether the details are shown (inline variant). Setting it does not fire `mg-badge-toggle`. */
  @property({ attribute: 'open', type: Boolean, reflect: true }) open = false;

  /** Set when the evidence chunk failed to load; the details then offer to try again. */
  @state() private failed = false;
  /** Whether the publisher slotted any sources. */
  @state() private hasSources = false;

  @query('#pill') private pillElement?: HTMLButtonElement | null;
  @query('#panel') private panelElement?: HTMLElement | null;

  private mode: Mode = 'unavailable';
  private claimId: ClaimId | null = null;
  private shownLevel: EvidenceLevel | null = null;
  private shownVariant: BadgeVariant = 'inline';
  private loading = false;
  private attached = false;
  private frame = 0;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.addEventListener('pointerenter', this.prefetch);
    this.addEventListener('focusin', this.prefetch);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('keydown', this.onKeydown);
  }

  /** Whether the details of the inline variant are shown now. */
  private get panelShown(): boolean {
    return this.open && this.shownVariant === 'inline' && this.mode !== 'unavailable';
  }

  /** Whether the toggletip uses the Popover API (top layer); otherwise a fixed box with a high z-index. */
  protected get usePopover(): boolean {
    return POPOVER_SUPPORTED;
  }

  private get messages(): EvidenceBadgeMessages {
    return localize(evidenceBadgeMessages, this.reader.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-added while open: show the details again (they were hidden on removal).
    if (this.open) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolve();
    this.shownVariant = parseEnum(this, 'variant', asText(this.variant), BADGE_VARIANTS, 'inline');
    if (this.mode === 'dataset' && (this.shownVariant === 'card' || this.open)) this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.measureLines();
    if (this.panelShown && this.isConnected) {
      if (!this.attached) this.attach();
      this.position();
    } else if (this.attached) {
      this.detach();
    }
  }

  /** Decides what the badge shows from `claim` and `level`, warning once per bad value. */
  private resolve(): void {
    const raw = (asText(this.claim) ?? '').trim();
    const ownLevel = asText(this.level);
    const tag = this.localName;
    if (raw) {
      const id = toClaimId(raw);
      if (id) {
        const level = CLAIM_INDEX[id].level;
        this.mode = 'dataset';
        this.claimId = id;
        this.shownLevel = level;
        const own = (ownLevel ?? '').trim();
        if (own && own !== level) {
          warnOnce(
            `${tag}:level-ignored:${id}:${own}`,
            `<${tag}>: level="${own}" is ignored: claim="${raw}" has its own level in the dataset ("${level}").`,
          );
        }
        return;
      }
      warnInvalid(
        this,
        'claim',
        raw,
        CLAIM_IDS.join(', '),
        UNAVAILABLE_FALLBACK,
        didYouMean(raw.replace(/^mg-/i, ''), CLAIM_IDS),
      );
      this.setUnavailable();
      return;
    }
    const level = parseOptionalEnum(this, 'level', ownLevel, EVIDENCE_LEVELS, UNAVAILABLE_FALLBACK);
    if (level) {
      this.mode = 'publisher';
      this.claimId = null;
      this.shownLevel = level;
      return;
    }
    if (!(ownLevel ?? '').trim()) {
      warnOnce(
        `${tag}:empty`,
        `<${tag}>: set claim (a claim id of the dataset: ${CLAIM_IDS.join(', ')}) or level (${EVIDENCE_LEVELS.join(', ')}) ` +
          `with your summary and sources as content. Using ${UNAVAILABLE_FALLBACK}.`,
      );
    }
    this.setUnavailable();
  }

  private setUnavailable(): void {
    this.mode = 'unavailable';
    this.claimId = null;
    this.shownLevel = null;
  }

  /**
   * Loads the evidence, its details and the module that renders them (each cached for the page, in parallel); each
   * part renders as soon as it and the renderer have arrived.
   */
  private load(): void {
    if (this.loading || (evidenceCache && detailsCache && rendererCache)) return;
    this.loading = true;
    this.failed = false;
    const renderer = rendererCache
      ? undefined
      : import('./evidence-badge.details.js').then((module) => {
          rendererCache = module;
          this.requestUpdate();
        });
    const evidence = evidenceCache
      ? undefined
      : loadEvidence().then((set) => {
          evidenceCache = set;
          this.requestUpdate();
        });
    const details = detailsCache
      ? undefined
      : loadEvidenceDetails().then((set) => {
          detailsCache = set;
          this.requestUpdate();
        });
    void Promise.all([evidence, details, renderer]).then(
      () => {
        this.loading = false;
      },
      () => {
        this.loading = false;
        this.failed = true;
      },
    );
  }

  /** First hover or focus: fetch the evidence before the reader asks for it. */
  private readonly prefetch = (): void => {
    if (this.mode === 'dataset') this.load();
  };

  private readonly onRetry = (): void => {
    this.load();
  };

  private readonly onPillClick = (): void => {
    this.toggle(!this.open);
  };

  /** A change the reader made: update `open`, then tell the page. */
  private toggle(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new MgBadgeToggleEvent({ claim: this.mode === 'dataset' ? this.claimId : null, open }));
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.panelShown) return;
    event.stopPropagation();
    event.preventDefault();
    // Focus inside the badge (document.activeElement is then the host, or a slotted element) or nowhere in
    // particular returns to the pill; focus the page put elsewhere stays there.
    const active = document.activeElement;
    const focusHere = !active || active === document.body || active === this || this.contains(active);
    this.toggle(false);
    if (focusHere) this.pillElement?.focus();
  };

  private readonly onDocumentClick = (event: Event): void => {
    if (!this.panelShown || event.composedPath().includes(this)) return;
    this.toggle(false);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (!this.panelShown) return;
    const next = event.relatedTarget;
    if (!(next instanceof Node)) return;
    if (next === this || this.contains(next) || this.renderRoot.contains(next)) return;
    this.toggle(false);
  };

  private readonly onSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasSources = slot.assignedElements({ flatten: true }).length > 0;
  };

  private readonly schedulePosition = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  };

  /** Shows the toggletip and starts following the pill. */
  private attach(): void {
    const panel = this.panelElement;
    if (!panel) return;
    this.attached = true;
    if (this.usePopover) {
      try {
        if (!panel.matches(':popover-open')) panel.showPopover();
      } catch {
        // Not connected or not a popover any more: the fixed fallback styles still place it.
      }
    }
    document.addEventListener('click', this.onDocumentClick, true);
    document.addEventListener('keydown', this.onKeydown);
    window.addEventListener('scroll', this.schedulePosition, { capture: true, passive: true });
    window.addEventListener('resize', this.schedulePosition, { passive: true });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver(this.schedulePosition);
      this.resizeObserver.observe(panel);
    }
  }

  /** Hides the toggletip and stops listening. */
  private detach(): void {
    this.attached = false;
    const panel = this.panelElement;
    if (panel && this.usePopover) {
      try {
        if (panel.matches(':popover-open')) panel.hidePopover();
      } catch {
        // Already hidden.
      }
    }
    document.removeEventListener('click', this.onDocumentClick, true);
    document.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('scroll', this.schedulePosition, { capture: true });
    window.removeEventListener('resize', this.schedulePosition);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /**
   * Places the toggletip under the pill (above it when there is more room there), aligned with the pill's start
   * edge and clamped inside the viewport; too tall, it scrolls. Written through the CSSOM (allowed by strict CSP).
   */
  private position(): void {
    const panel = this.panelElement;
    const pill = this.pillElement;
    if (!panel || !pill || !this.panelShown) return;
    try {
      // The viewport without scrollbars: the root element's client box, or the body's in quirks mode.
      const root = document.compatMode === 'BackCompat' ? document.body : document.documentElement;
      const width = root?.clientWidth || window.innerWidth;
      const height = root?.clientHeight || window.innerHeight;
      panel.style.setProperty('--_avail-inline', `${Math.max(0, width - 2 * EDGE)}px`);
      panel.style.setProperty('--_avail-block', `${Math.max(0, height - 2 * EDGE)}px`);
      const anchor = pill.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      const rtl = getComputedStyle(pill).direction === 'rtl';
      const start = rtl ? anchor.right - box.width : anchor.left;
      const left = Math.max(EDGE, Math.min(start, width - EDGE - box.width));
      const below = height - anchor.bottom - GAP - EDGE;
      const above = anchor.top - GAP - EDGE;
      let top: number;
      let room: number;
      if (box.height <= below || below >= above) {
        top = anchor.bottom + GAP;
        room = below;
      } else {
        room = above;
        top = anchor.top - GAP - Math.min(box.height, above);
      }
      panel.style.setProperty('--_avail-block', `${Math.max(48, Math.floor(room))}px`);
      panel.style.setProperty('left', `${Math.round(left)}px`);
      panel.style.setProperty('top', `${Math.round(top)}px`);
    } catch {
      // Layout is not available (detached, display: none): leave the panel where it is.
    }
  }

  /**
   * While placeholders show, tells them how many characters fit on a line of the details (`--_cpl`), so that they
   * reserve about the height of the text they stand for. Runs after the render, before the browser paints it.
   */
  private measureLines(): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!body || !body.querySelector('.skeleton')) return;
    try {
      const fontSize = parseFloat(getComputedStyle(body).fontSize) || 16;
      const width = body.clientWidth || 26 * fontSize;
      // About half an em per character in common text faces.
      body.style.setProperty('--_cpl', String(Math.max(12, Math.round(width / (fontSize * 0.5)))));
    } catch {
      // No layout: the default estimate stays.
    }
  }

  /** Focuses the pill (the badge's only control), so that a page or a parent widget can return focus to it. */
  override focus(options?: FocusOptions): void {
    const pill = this.pillElement;
    if (pill) pill.focus(options);
    else super.focus(options);
  }

  private plural(count: number, words: Plural): string {
    const one = new Intl.PluralRules(this.reader.locale).select(count) === 'one';
    return one ? words[0] : words[1];
  }

  private count(count: number, words: Plural): string {
    return `${formatNumber(this.reader.locale, count)} ${this.plural(count, words)}`;
  }

  private formatDate(iso: string, locale: Locale): string {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    } catch {
      return iso;
    }
  }

  private renderPillContent(level: EvidenceLevel, studies: number | null) {
    const m = this.messages;
    const words = level === 'not-rated' ? m.sources : m.studies;
    return html`${levelIcon(level)}<span class="words">${m.levels[level]}</span>${
        studies === null
          ? nothing
          : html`<span class="sep" aria-hidden="true">·</span><span class="visually-hidden">, </span
              ><span class="count">${this.count(studies, words)}</span>`
      }<span class="visually-hidden"> (${m.pillHint})</span>`;
  }

  private renderScale(current: EvidenceLevel) {
    const m = this.messages;
    return html`<details class="scale">
      <summary>${m.scaleLabel}</summary>
      <dl>
        ${EVIDENCE_LEVELS.map(
          (level) =>
            html`<dt class=${level === current ? 'current' : ''}>${m.levels[level]}</dt>
              <dd class=${level === current ? 'current' : ''}>${m.meanings[level]}</dd>`,
        )}
      </dl>
    </details>`;
  }

  private renderMeaning(level: EvidenceLevel) {
    const m = this.messages;
    return html`<p class="meaning"><span class="label">${m.levels[level]}:</span> ${m.meanings[level]}</p>`;
  }

  private renderSkeleton(kind: 'claim' | 'facts' | 'keys' | 'limits', keys = 0) {
    if (this.failed) {
      return kind === 'claim'
        ? html`<p role="alert">
            ${this.messages.loadError}<button class="retry" type="button" @click=${this.onRetry}>
              ${this.messages.retry}
            </button>
          </p>`
        : nothing;
    }
    return html`<span class="skeleton ${kind} keys-${keys}" aria-hidden=${kind === 'claim' ? 'false' : 'true'}
      >${kind === 'claim' ? html`<span class="visually-hidden">${this.messages.loading}</span>` : nothing}</span
    >`;
  }

  /** The details of a dataset claim; parts not loaded yet are placeholders of about their final size. */
  private renderDatasetBody(id: ClaimId, level: EvidenceLevel) {
    const locale = this.reader.locale;
    const r = rendererCache;
    const claim = evidenceCache?.byId.get(id);
    const details = detailsCache?.claims.get(id);
    const context = claim ? { locale, claim, studyDetails: detailsCache?.studies } : undefined;
    const keys = Math.min(MAX_KEY_STUDIES, CLAIM_INDEX[id].studies);
    return html`${r && context ? r.renderClaim(context) : this.renderSkeleton('claim')} ${this.renderMeaning(level)}
      ${r && context ? r.renderFacts(context) : this.renderSkeleton('facts')}
      ${r && context ? r.renderKeyStudies(context) : this.renderSkeleton('keys', keys)}
      ${r && details ? r.renderLimitations(locale, details) : this.renderSkeleton('limits')} ${this.renderScale(level)}
      <p class="dataset">
        ${this.messages.dataset(DATASET.version, this.formatDate(DATASET.date, locale))}
        ${DATASET.sources.evidence[locale]}.
      </p>`;
  }

  /** The details of a publisher claim: the slotted summary and sources, the level's meaning, who rated it. */
  private renderPublisherBody(level: EvidenceLevel) {
    return html`<div class="summary"><slot></slot></div>
      <div class="sources" ?hidden=${!this.hasSources}>
        <span class="label">${this.common.sources}</span>
        <slot name="source" @slotchange=${this.onSlotChange}></slot>
      </div>
      ${this.renderMeaning(level)}
      <p class="note">${this.messages.publisherRated}</p>
      ${this.renderScale(level)}`;
  }

  private renderBody(level: EvidenceLevel) {
    return this.mode === 'dataset' && this.claimId
      ? this.renderDatasetBody(this.claimId, level)
      : this.renderPublisherBody(level);
  }

  private renderUnavailable(): TemplateResult {
    const root = `${this.rootClass} unavailable variant-${this.shownVariant}`;
    const pill = html`<span class="pill" part="pill"
      >${levelIcon(null)}<span class="words">${this.messages.unavailable}</span></span
    >`;
    return this.shownVariant === 'card'
      ? html`<div class=${root}><div class="card" part="card">${pill}</div></div>`
      : html`<span class=${root}>${pill}</span>`;
  }

  protected override render() {
    const level = this.shownLevel;
    if (this.mode === 'unavailable' || !level) return this.renderUnavailable();
    const studies = this.mode === 'dataset' && this.claimId ? CLAIM_INDEX[this.claimId].studies : null;
    const root = `${this.rootClass} level-${level} variant-${this.shownVariant}`;
    if (this.shownVariant === 'card') {
      return html`<div class=${root}>
        <div class="card" part="card">
          <span class="pill" part="pill">${this.renderPillContent(level, studies)}</span>
          <div class="body" part="panel">${this.renderBody(level)}</div>
        </div>
      </div>`;
    }
    const popover = this.usePopover;
    const shown = this.panelShown;
    // No whitespace between the pill, the panel and the wrapper: in a sentence, it would render as extra spaces.
    // prettier-ignore
    return html`<span class=${root}><button
        id="pill"
        class="pill"
        part="pill"
        type="button"
        aria-expanded=${shown ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.onPillClick}
      >${this.renderPillContent(level, studies)}${caretIcon}</button><div
        id="panel"
        class="panel body ${popover ? '' : 'fallback'}"
        part="panel"
        role="group"
        aria-labelledby="pill"
        popover=${popover ? 'manual' : nothing}
        ?hidden=${!popover && !shown}
      >${shown ? this.renderBody(level) : nothing}</div></span>`;
  }
}
