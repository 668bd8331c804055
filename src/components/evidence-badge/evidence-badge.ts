import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { EVIDENCE_LEVELS } from '../../data/enums.js';
import type { EvidenceLevel } from '../../data/enums.js';
import { CLAIM_IDS, CLAIM_INDEX } from '../../data/generated/ids.js';
import type { ClaimId } from '../../data/generated/ids.js';
import { loadEvidence, loadEvidenceDetails } from '../../data/loaders.js';
import { toClaimId } from '../../data/query.js';
import type { EvidenceDetailsSet, EvidenceSet } from '../../data/types.js';
import { MgBadgeToggleEvent } from '../../events/badge-toggle.js';
import { localize } from '../../i18n/index.js';
import { cssVar } from '../../internal/css-var.js';
import { MgElement } from '../../internal/mg-element.js';
import { didYouMean, parseEnum, parseOptionalEnum, warnInvalid } from '../../internal/validate.js';
import { warnOnce } from '../../internal/warn.js';
import { evidenceBadgeMessages, formatCount, type EvidenceBadgeMessages } from './evidence-badge.messages.js';
import { evidenceBadgeStyles } from './evidence-badge.styles.js';

/** Layouts of the badge: a pill in a line of text, or a block with the details always shown. */
export const BADGE_VARIANTS = ['inline', 'card'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** How many key studies the details list at most. */
export const MAX_KEY_STUDIES = 5;

const UNAVAILABLE_FALLBACK = 'a neutral "Evidence rating unavailable" badge';

/*
 * Loaded chunks, shared by every badge of the page, so a badge created after the load renders its details at once.
 * The details module renders everything the details say beyond the placeholders (with its own messages and styles).
 */
type DetailsModule = typeof import('./evidence-badge.details.js');
let evidenceCache: EvidenceSet | undefined;
let detailsCache: EvidenceDetailsSet | undefined;
let rendererCache: DetailsModule | undefined;

/**
 * Placeholders for the parts of the details that have not loaded, in the order they replace them: the claim and
 * summary, the level's meaning, the facts, the key studies, the limitations, the scale and dataset line (`foot`),
 * and for a publisher claim its meaning, note and scale (`rated`). Their sizes are estimated in the styles.
 */
type Placeholder = 'claim' | 'meaning' | 'facts' | 'keys' | 'limits' | 'foot' | 'rated';
const DATASET_PLACEHOLDERS: readonly Placeholder[] = ['claim', 'meaning', 'facts', 'keys', 'limits', 'foot'];

const POPOVER_SUPPORTED = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

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
    return svg`<svg class="icon" part="icon" viewBox="0 0 40 10" aria-hidden="true">${[0, 1, 2, 3].map(
      (i) =>
        svg`<circle cx=${5 + i * 10} cy="5" r="3.9" fill=${i < filled ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.4"></circle>`,
    )}</svg>`;
  }
  if (filled === -1) {
    return svg`<svg class="icon single" part="icon" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="4.3" fill="none" stroke="currentColor" stroke-width="1.1"></circle><path d="M5 4.3v3.4" stroke="currentColor" stroke-width="1.3"></path><circle cx="5" cy="2.6" r="0.75" fill="currentColor"></circle></svg>`;
  }
  return svg`<svg class="icon single" part="icon" viewBox="0 0 10 10" aria-hidden="true"><circle cx="5" cy="5" r="4" fill="none" stroke="currentColor" stroke-width="1.2" stroke-dasharray="2 1.4"></circle></svg>`;
}

const caretIcon = svg`<svg class="caret" viewBox="0 0 10 10" aria-hidden="true"><path d="M2 3.5l3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg>`;

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
 * @cssstate pending - Waiting for its first render (until the browser has placed it, then one task at a time below the first screen): it shows its light DOM.
 */
export class MgEvidenceBadge extends MgElement {
  static override styles = [...MgElement.styles, evidenceBadgeStyles];

  static override properties: PropertyDeclarations = {
    claim: { attribute: 'claim' },
    level: { attribute: 'level' },
    variant: { attribute: 'variant', reflect: true },
    open: { attribute: 'open', type: Boolean, reflect: true },
    failed: { state: true },
    hasSources: { state: true },
  };

  /** A claim id of the dataset, e.g. `depression-treatment` (the source file's `mg-` prefix is accepted too). */
  declare claim?: string | null;

  /** Certainty level of a publisher's own claim, used only without `claim`. */
  declare level?: EvidenceLevel | null;

  /** `inline` (default): a pill in a line of text with a toggletip; `card`: a block with the details shown. */
  declare variant?: BadgeVariant;

  /** Whether the details are shown (inline variant). Setting it does not fire `mg-badge-toggle`. */
  open = false;

  /** Set when the details (module or evidence chunks) failed to load; the details then offer to try again. */
  private failed = false;
  /** Whether the publisher slotted any sources. */
  private hasSources = false;

  private get pillElement(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('#pill');
  }

  private get panelElement(): HTMLElement | null {
    return this.renderRoot.querySelector('#panel');
  }

  private claimId: ClaimId | null = null;
  private shownLevel: EvidenceLevel | null = null;
  private shownVariant: BadgeVariant = 'inline';
  private loading = false;
  private attached = false;
  /** Keeps the shown toggletip next to the pill (from the details module). */
  private placement?: { place(): void; stop(): void } | undefined;

  constructor() {
    super();
    this.addEventListener('pointerenter', this.load);
    this.addEventListener('focusin', this.load);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('keydown', this.onKeydown);
  }

  /** Whether the details of the inline variant are shown now. */
  private get panelShown(): boolean {
    return this.open && this.shownVariant === 'inline' && this.shownLevel !== null;
  }

  /**
   * Whether the toggletip is on screen: once the details module has arrived (it places and styles the toggletip),
   * or when it could not load, to say so and offer to retry (a plain centered box, as nothing can place it).
   */
  private get panelVisible(): boolean {
    return this.panelShown && this.isConnected && Boolean(rendererCache || this.failed);
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
    if (this.shownVariant === 'card' || this.open) this.load();
    // The details module brings the styles of what it renders: add them before it first renders here.
    rendererCache?.adoptDetailsStyles(this.renderRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.measureLines();
    const r = rendererCache;
    const panel = this.panelElement;
    const pill = this.pillElement;
    if (this.panelVisible && panel && pill) {
      if (!this.attached) this.attach(panel);
      if (r) (this.placement ??= new r.PanelPlacement(panel, pill)).place();
    } else if (this.attached) {
      this.detach();
    }
  }

  /**
   * Decides what the badge shows from `claim` and `level`, warning once per bad value: a dataset claim (`claimId`
   * and its level), a publisher claim (`shownLevel` only), or an unavailable rating (neither).
   */
  private resolve(): void {
    const raw = (asText(this.claim) ?? '').trim();
    const ownLevel = asText(this.level);
    const tag = this.localName;
    const id = raw ? toClaimId(raw) : null;
    this.claimId = id;
    if (id) {
      const level = CLAIM_INDEX[id].level;
      this.shownLevel = level;
      const own = (ownLevel ?? '').trim();
      if (own && own !== level) {
        warnOnce(
          `${tag}:level-ignored:${id}:${own}`,
          `<${tag}>: level="${own}" is ignored: claim="${raw}" has its own level in the dataset ("${level}").`,
        );
      }
    } else if (raw) {
      const suggestion = didYouMean(raw.replace(/^mg-/i, ''), CLAIM_IDS);
      warnInvalid(this, 'claim', raw, CLAIM_IDS.join(', '), UNAVAILABLE_FALLBACK, suggestion);
      this.shownLevel = null;
    } else {
      this.shownLevel = parseOptionalEnum(this, 'level', ownLevel, EVIDENCE_LEVELS, UNAVAILABLE_FALLBACK) ?? null;
      if (!this.shownLevel && !(ownLevel ?? '').trim()) {
        warnOnce(
          `${tag}:empty`,
          `<${tag}>: set claim (a claim id of the dataset: ${CLAIM_IDS.join(', ')}) or level (${EVIDENCE_LEVELS.join(', ')}) ` +
            `with your summary and sources as content. Using ${UNAVAILABLE_FALLBACK}.`,
        );
      }
    }
  }

  /**
   * Loads the module that renders the details and, for a dataset claim, the evidence and its details (each cached
   * for the page, in parallel); each part renders as soon as it and the module have arrived. Also runs on first
   * hover or focus, to fetch the details before the reader asks for them, and from the retry button.
   */
  private readonly load = (): void => {
    const dataset = this.claimId !== null;
    const missing = !rendererCache || (dataset && !(evidenceCache && detailsCache));
    if (this.loading || !this.shownLevel || !missing) return;
    this.loading = true;
    this.failed = false;
    const arrive = <T>(promise: Promise<T>, keep: (value: T) => void) =>
      promise.then((value) => {
        keep(value);
        this.requestUpdate();
      });
    void Promise.all([
      rendererCache || arrive(import('./evidence-badge.details.js'), (module) => (rendererCache = module)),
      dataset && !evidenceCache && arrive(loadEvidence(), (set) => (evidenceCache = set)),
      dataset && !detailsCache && arrive(loadEvidenceDetails(), (set) => (detailsCache = set)),
    ]).then(
      () => {
        this.loading = false;
      },
      () => {
        this.loading = false;
        this.failed = true;
      },
    );
  };

  private readonly onPillClick = (): void => {
    this.toggle(!this.open);
  };

  /** A change the reader made: update `open`, then tell the page. */
  private toggle(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new MgBadgeToggleEvent({ claim: this.claimId, open }));
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
    if (this.panelShown && !event.composedPath().includes(this)) this.toggle(false);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!this.panelShown || !(next instanceof Node)) return;
    if (next === this || this.contains(next) || this.renderRoot.contains(next)) return;
    this.toggle(false);
  };

  private readonly onSlotChange = (event: Event): void => {
    this.hasSources = (event.target as HTMLSlotElement).assignedElements({ flatten: true }).length > 0;
  };

  /** Shows the toggletip and closes it on a click outside or Escape anywhere. */
  private attach(panel: HTMLElement): void {
    this.attached = true;
    try {
      if (this.usePopover && !panel.matches(':popover-open')) panel.showPopover();
    } catch {
      // Not connected or not a popover any more: the fixed fallback styles still place it.
    }
    document.addEventListener('click', this.onDocumentClick, true);
    document.addEventListener('keydown', this.onKeydown);
  }

  /** Hides the toggletip and stops listening. */
  private detach(): void {
    this.attached = false;
    try {
      const panel = this.panelElement;
      if (panel && this.usePopover && panel.matches(':popover-open')) panel.hidePopover();
    } catch {
      // Already hidden.
    }
    document.removeEventListener('click', this.onDocumentClick, true);
    document.removeEventListener('keydown', this.onKeydown);
    this.placement?.stop();
    this.placement = undefined;
  }

  /**
   * While placeholders show, tells them how many characters fit on a line of the details (`--_cpl`), so that they
   * reserve about the height of the text they stand for. Runs after the render, before the browser paints it.
   */
  private measureLines(): void {
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!body?.querySelector('.skeleton')) return;
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

  /** The pill's icon and words; with a level, the number of studies (dataset claims) and the hidden hint. */
  private renderPillContent(level: EvidenceLevel | null) {
    const m = this.messages;
    if (!level) return html`${levelIcon(null)}<span class="words">${m.unavailable}</span>`;
    const id = this.claimId;
    const words = level === 'not-rated' ? m.sources : m.studies;
    return html`${levelIcon(level)}<span class="words">${m.levels[level]}</span>${
        id
          ? html`<span class="sep" aria-hidden="true">·</span><span class="visually-hidden">, </span
              ><span class="count">${formatCount(this.reader.locale, CLAIM_INDEX[id].studies, words)}</span>`
          : nothing
      }<span class="visually-hidden"> (${m.pillHint})</span>`;
  }

  /** A part of the details not loaded yet; once loading failed, the first part says so and offers to retry. */
  private renderSkeleton(kind: Placeholder) {
    if (this.failed) {
      return kind === 'claim' || kind === 'rated'
        ? html`<p role="alert">
            ${this.messages.loadError}<button class="retry" type="button" @click=${this.load}>
              ${this.messages.retry}
            </button>
          </p>`
        : nothing;
    }
    // The key studies' placeholder reserves room for as many as the claim will list.
    const keys = kind === 'keys' && this.claimId ? Math.min(MAX_KEY_STUDIES, CLAIM_INDEX[this.claimId].studies) : 0;
    return html`<span
      class="skeleton ${kind}"
      ${cssVar('--_keys', String(keys))}
      aria-hidden=${kind === 'claim' ? 'false' : 'true'}
      >${kind === 'claim' ? html`<span class="visually-hidden">${this.messages.loading}</span>` : nothing}</span
    >`;
  }

  /** The details of a dataset claim; parts not loaded yet are placeholders of about their final size. */
  private renderDatasetBody(id: ClaimId, level: EvidenceLevel) {
    const placeholder = (part: Placeholder) => this.renderSkeleton(part);
    if (!rendererCache) return DATASET_PLACEHOLDERS.map(placeholder);
    return rendererCache.renderDatasetBody({
      locale: this.reader.locale,
      level,
      claim: evidenceCache?.byId.get(id),
      details: detailsCache?.claims.get(id),
      studyDetails: detailsCache?.studies,
      placeholder,
    });
  }

  /** The details of a publisher claim: the slotted summary and sources, then the level's meaning and who rated it. */
  private renderPublisherBody(level: EvidenceLevel) {
    return html`<div class="summary"><slot></slot></div>
      <div class="sources" ?hidden=${!this.hasSources}>
        <span class="label">${this.common.sources}</span>
        <slot name="source" @slotchange=${this.onSlotChange}></slot>
      </div>
      ${rendererCache ? rendererCache.renderPublisherNotes(this.reader.locale, level) : this.renderSkeleton('rated')}`;
  }

  private renderBody(level: EvidenceLevel) {
    return this.claimId ? this.renderDatasetBody(this.claimId, level) : this.renderPublisherBody(level);
  }

  protected override render() {
    const level = this.shownLevel;
    const root = `${this.rootClass} ${level ? `level-${level}` : 'unavailable'} variant-${this.shownVariant}`;
    const pillContent = this.renderPillContent(level);
    if (this.shownVariant === 'card') {
      return html`<div class=${root}>
        <div class="card" part="card">
          <span class="pill" part="pill">${pillContent}</span>
          ${level ? html`<div class="body" part="panel">${this.renderBody(level)}</div>` : nothing}
        </div>
      </div>`;
    }
    if (!level) return html`<span class=${root}><span class="pill" part="pill">${pillContent}</span></span>`;
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
      >${pillContent}${caretIcon}</button><div
        id="panel"
        class="panel body ${popover ? '' : 'fallback'}"
        part="panel"
        role="group"
        aria-labelledby="pill"
        popover=${popover ? 'manual' : nothing}
        ?hidden=${!popover && !this.panelVisible}
      >${shown ? this.renderBody(level) : nothing}</div></span>`;
  }
}
