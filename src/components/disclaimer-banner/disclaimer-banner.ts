import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CRISIS_LINES } from '../../data/generated/crisis-lines.js';
import { MgAffiliateDetectEvent } from '../../events/affiliate-detect.js';
import { MgDismissEvent } from '../../events/dismiss.js';
import { MgDismissRequestEvent } from '../../events/dismiss-request.js';
import { localize } from '../../i18n/index.js';
import { MgElement } from '../../internal/mg-element.js';
import { safeHttpUrl } from '../../internal/safe-url.js';
import { readStorage, removeStorage, writeStorage } from '../../internal/storage.js';
import { controlStyles } from '../../internal/styles.js';
import { parseEnum, parseTokenList, warnInvalid } from '../../internal/validate.js';
import { countAffiliateLinks } from './affiliate-links.js';
import { disclaimerBannerStyles } from './disclaimer-banner.styles.js';
import { disclaimerBannerMessages, type DisclaimerBannerMessages } from './disclaimer-banner.messages.js';

/** Kinds of notice the banner shows (`kind="medical affiliate"`). */
export const DISCLAIMER_KINDS = ['medical', 'affiliate', 'supplement', 'crisis'] as const;
export type DisclaimerKind = (typeof DISCLAIMER_KINDS)[number];

/** Layouts of the banner: in the flow of the article, or one line with a disclosure. */
export const DISCLAIMER_VARIANTS = ['inline', 'compact'] as const;
export type DisclaimerVariant = (typeof DISCLAIMER_VARIANTS)[number];

/** Where a dismissal is remembered: this page view, this tab (session) or later visits (local). */
export const DISCLAIMER_REMEMBER = ['none', 'session', 'local'] as const;
export type DisclaimerRemember = (typeof DISCLAIMER_REMEMBER)[number];

type NoticeKind = Exclude<DisclaimerKind, 'crisis'>;

/** Prefix of the storage keys of remembered dismissals (the rest is a hash of the notices' text). */
export const DISMISS_STORAGE_PREFIX = 'mg-disclaimer-banner:dismissed:';

/** FNV-1a, 32 bits, in base 36: a short, stable fingerprint of the notices' text. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Splits a template on its `{name}` placeholders and puts rendered parts (links) in their place. */
function fill(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? values[piece] : piece));
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The verified crisis line (US 988), with a number that is safe to put in `tel:` and `sms:` links. */
const CRISIS_LINE = CRISIS_LINES.find((line) => line.region === 'us' && /^\+?\d{2,15}$/.test(line.callOrText));

const closeIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8"/></svg>`;
const chevronIcon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4"/></svg>`;

/**
 * The notes a health article needs, where readers see them: a medical disclaimer, an affiliate disclosure, the FDA
 * statement for dietary supplements, and where to turn in a crisis. Default texts in plain English and Spanish
 * follow the nearest `lang`; slotted content replaces the text of a kind, so publishers keep their own wording.
 *
 * With `dismissible`, the reader can hide the notes; the choice is remembered (`remember`) until their text
 * changes. The crisis notice is never dismissible. The banner's size is final at its first render (a remembered
 * dismissal is read before it, and `detect-affiliate` counts links before it), and it always prints, dismissed or
 * not. When dismissed, the element matches `:state(dismissed)`.
 *
 * @summary Medical disclaimer, affiliate disclosure, FDA supplement statement and crisis line, without layout shift.
 * @tag mg-disclaimer-banner
 *
 * @slot - Replaces the default text of the `medical` notice (same as `slot="medical"`).
 * @slot medical - Replaces the default text of the `medical` notice.
 * @slot affiliate - Replaces the default text of the `affiliate` notice.
 * @slot supplement - Replaces the default text of the `supplement` notice.
 * @slot crisis - Replaces the default text of the `crisis` notice (keep a real `tel:`/`sms:` link in it).
 * @slot summary - Replaces the one-line summary of the `compact` variant.
 *
 * @fires mg-dismiss-request - Before the notes hide (the reader pressed the dismiss button, or `dismiss()` was called). Cancelable: `preventDefault()` keeps them. `detail`: `{ kinds }`.
 * @fires mg-dismiss - After the notes were hidden. `detail`: `{ kinds, remember, stored }`.
 * @fires mg-affiliate-detect - With `detect-affiliate`, after the page's affiliate links were counted (first render, and each `detectAffiliateLinks()`). `detail`: `{ count, shown }`.
 *
 * @csspart base - The banner's outer wrapper (`role="note"`, or the region with `landmark`).
 * @csspart group - The box of dismissible notices (medical, affiliate, supplement).
 * @csspart notice - Each notice's paragraph (`data-kind` names its kind).
 * @csspart summary - The one-line summary of the `compact` variant.
 * @csspart toggle - The `compact` variant's disclosure button.
 * @csspart dismiss - The dismiss button.
 * @csspart policy-link - The link to the full policy (`policy-href`).
 * @csspart crisis - The crisis notice.
 *
 * @cssprop [--mg-disclaimer-banner-background=var(--mg-color-surface-alt)] - Background of the notices.
 * @cssprop [--mg-disclaimer-banner-color=var(--mg-color-text)] - Text color of the notices.
 * @cssprop [--mg-disclaimer-banner-border-color=var(--mg-color-border-subtle)] - Border of the notices.
 * @cssprop [--mg-disclaimer-banner-crisis-background=var(--mg-color-accent-soft)] - Background of the crisis notice.
 * @cssprop [--mg-disclaimer-banner-crisis-accent=var(--mg-color-accent)] - Border of the crisis notice.
 * @cssprop [--mg-disclaimer-banner-font-size=0.9375em] - Text size, relative to the surrounding text.
 *
 * @cssstate dismissed - The reader dismissed the notes (only the crisis notice, if any, is still shown).
 * @cssstate pending - Waiting for its first render (until the browser has placed it, then one task at a time below the first screen): it shows its light DOM.
 */
export class MgDisclaimerBanner extends MgElement {
  static override styles = [...MgElement.styles, controlStyles, disclaimerBannerStyles];

  static override properties: PropertyDeclarations = {
    kind: {},
    publisher: {},
    policyHref: { attribute: 'policy-href' },
    dismissible: { type: Boolean },
    remember: {},
    variant: {},
    detectAffiliate: { type: Boolean, attribute: 'detect-affiliate' },
    landmark: { type: Boolean },
    label: {},
    open: { type: Boolean, reflect: true },
  };

  /** Space-separated notices to show: `medical`, `affiliate`, `supplement`, `crisis`. Default `medical`. */
  declare kind?: string | null;

  /** The publisher's name, used in the default texts ("This article from ... is for general information only"). */
  declare publisher?: string | null;

  /** Link to the full editorial, medical or affiliate policy (`http:` or `https:` only). */
  declare policyHref?: string | null;

  /** Shows a button that hides the notes (not the crisis notice). */
  dismissible = false;

  /** Where a dismissal is remembered: `none` (this page view), `session` (this tab) or `local` (later visits; the default). */
  declare remember?: 'none' | 'session' | 'local' | null;

  /** Layout: `inline` (the default, in the flow of the article) or `compact` (one line, with a disclosure for the rest). */
  declare variant?: 'inline' | 'compact' | null;

  /** Shows the affiliate disclosure only when the page has affiliate links (`rel~=sponsored` or known affiliate URLs), and fires `mg-affiliate-detect` with their count. */
  detectAffiliate = false;

  /** Makes the banner a named region (a landmark) instead of a note. */
  landmark = false;

  /** Accessible name of the banner. Default: "Important notes". */
  declare label?: string | null;

  /** Whether the `compact` variant's details are expanded. */
  open = false;

  private kinds: DisclaimerKind[] = ['medical'];
  private notices: NoticeKind[] = [];
  private crisisShown = false;
  private variantValue: DisclaimerVariant = 'inline';
  private rememberValue: DisclaimerRemember = 'local';
  private policyUrl: string | undefined;
  private textHash = '';
  private memoryDismissed: string | undefined;
  private storedLookup: { key: string; dismissed: boolean } | undefined;
  private isDismissed = false;
  private affiliateCount: number | undefined;
  private affiliateScanPending = false;
  private readonly observer: MutationObserver | undefined;

  constructor() {
    super();
    // Slotted text is part of what a remembered dismissal is bound to: re-check when it changes.
    this.observer =
      typeof MutationObserver === 'function' ? new MutationObserver(() => this.requestUpdate()) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer?.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /** Whether the reader dismissed the notes (the crisis notice, if any, still shows). */
  get dismissed(): boolean {
    return this.isDismissed;
  }

  /** With `detect-affiliate`: how many affiliate links the page had at the last count; otherwise `undefined`. */
  get affiliateLinkCount(): number | undefined {
    return this.affiliateCount;
  }

  private get messages(): DisclaimerBannerMessages {
    return localize(disclaimerBannerMessages, this.reader.locale);
  }

  private get storageKey(): string {
    return `${DISMISS_STORAGE_PREFIX}${this.textHash}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.kinds = parseTokenList(this, 'kind', this.kind, DISCLAIMER_KINDS, ['medical']);
    this.variantValue = parseEnum(this, 'variant', this.variant, DISCLAIMER_VARIANTS, 'inline');
    this.rememberValue = parseEnum(this, 'remember', this.remember, DISCLAIMER_REMEMBER, 'local');

    const href = this.policyHref?.trim();
    this.policyUrl = safeHttpUrl(href);
    if (href && !this.policyUrl) {
      warnInvalid(this, 'policy-href', href, 'an http: or https: URL', 'no policy link');
    }

    if (!this.detectAffiliate) {
      this.affiliateCount = undefined;
    } else if (this.affiliateCount === undefined || (this.hasUpdated && changed.has('detectAffiliate'))) {
      this.scanAffiliateLinks();
    }

    // With detect-affiliate, the affiliate disclosure shows exactly when the page has affiliate links.
    let kinds = this.kinds;
    if (this.detectAffiliate) {
      const found = (this.affiliateCount ?? 0) > 0;
      kinds = kinds.filter((kind) => kind !== 'affiliate' || found);
      if (found && !kinds.includes('affiliate')) kinds = [...kinds, 'affiliate'];
    }
    this.notices = kinds.filter((kind): kind is NoticeKind => kind !== 'crisis');
    this.crisisShown = kinds.includes('crisis');

    this.textHash = hashText(
      JSON.stringify([...this.notices.map((kind) => this.noticeText(kind)), this.policyUrl ?? '']),
    );
    this.isDismissed =
      this.dismissible && this.notices.length > 0 && (this.memoryDismissed === this.textHash || this.remembered());
    this.setState('dismissed', this.isDismissed);
  }

  /**
   * Below the first screen, the task before the first render counts the page's affiliate links and reads storage:
   * the first update's own `willUpdate` keeps both results (until something they depend on changes).
   */
  protected override prepare(): void {
    this.willUpdate(new Map() as PropertyValues<this>);
  }

  /** Whether storage remembers a dismissal of the current text (read synchronously, before the first render). */
  private remembered(): boolean {
    if (this.rememberValue === 'none') return false;
    const key = `${this.rememberValue}|${this.textHash}`;
    if (this.storedLookup?.key !== key) {
      this.storedLookup = { key, dismissed: readStorage(this.rememberValue, this.storageKey) !== undefined };
    }
    return this.storedLookup.dismissed;
  }

  private scanAffiliateLinks(): void {
    this.affiliateCount = countAffiliateLinks(this.ownerDocument, this);
    this.affiliateScanPending = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.affiliateScanPending) {
      this.affiliateScanPending = false;
      const count = this.affiliateCount ?? 0;
      this.dispatchEvent(new MgAffiliateDetectEvent({ count, shown: this.notices.includes('affiliate') }));
    }
  }

  /** Light-DOM nodes that replace the default text of a kind (the default slot counts for `medical`). */
  private slotted(kind: DisclaimerKind | 'summary'): Node[] {
    return [...this.childNodes].filter((node) => {
      if (node instanceof Element) {
        const slot = node.getAttribute('slot');
        return slot === kind || (kind === 'medical' && !slot);
      }
      return kind === 'medical' && node.nodeType === Node.TEXT_NODE && collapse(node.textContent ?? '') !== '';
    });
  }

  /** The text a notice shows: the slotted replacement, else the default text. */
  private noticeText(kind: NoticeKind): string {
    const nodes = this.slotted(kind);
    if (nodes.length) return collapse(nodes.map((node) => node.textContent ?? '').join(' '));
    return this.defaultText(kind);
  }

  private defaultText(kind: NoticeKind): string {
    const m = this.messages;
    return kind === 'supplement' ? m.supplement : m[kind](this.publisher?.trim());
  }

  private readonly onDismissClick = (): void => {
    this.dismiss();
  };

  private readonly onToggle = (): void => {
    this.open = !this.open;
  };

  /**
   * Hides the notes as the dismiss button does (needs `dismissible`): fires `mg-dismiss-request` (cancelable),
   * remembers the choice, then fires `mg-dismiss`. Returns whether the notes were hidden.
   */
  dismiss(): boolean {
    if (!this.dismissible || this.isDismissed || this.notices.length === 0 || !this.hasUpdated) return false;
    const kinds = [...this.notices];
    const request = new MgDismissRequestEvent({ kinds });
    this.dispatchEvent(request);
    if (request.defaultPrevented) return false;
    const hadFocus = this.matches(':focus-within');
    const remember = this.rememberValue;
    const stored = remember !== 'none' && writeStorage(remember, this.storageKey, '1');
    this.memoryDismissed = this.textHash;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (hadFocus) this.focusAfterDismiss();
      this.dispatchEvent(new MgDismissEvent({ kinds, remember, stored }));
    });
    return true;
  }

  /** Shows the dismissed notes again and forgets the remembered dismissal. */
  reset(): void {
    if (this.textHash) {
      removeStorage('local', this.storageKey);
      removeStorage('session', this.storageKey);
    }
    this.memoryDismissed = undefined;
    this.storedLookup = undefined;
    this.requestUpdate();
  }

  /**
   * Counts the page's affiliate links again (for content added after the banner rendered), updates the affiliate
   * disclosure and fires `mg-affiliate-detect`. Needs `detect-affiliate`; returns the count.
   */
  detectAffiliateLinks(): number | undefined {
    if (!this.detectAffiliate) return undefined;
    this.scanAffiliateLinks();
    this.requestUpdate();
    return this.affiliateCount;
  }

  /** After a dismiss, keeps the reader's place: the crisis notice if it stays, else the banner itself, never `body`. */
  private focusAfterDismiss(): void {
    const crisis = this.renderRoot.querySelector<HTMLElement>('.crisis');
    if (crisis) {
      crisis.focus();
      return;
    }
    if (!this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '-1');
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
    }
    this.focus();
  }

  private renderNotice(kind: NoticeKind): TemplateResult {
    const replaced = this.slotted(kind).length > 0;
    const slots =
      kind === 'medical' ? html`<slot name="medical"></slot><slot></slot>` : html`<slot name=${kind}></slot>`;
    return html`<div class="notice" part="notice" data-kind=${kind}>
      ${slots}${replaced ? nothing : html`<p>${this.defaultText(kind)}</p>`}
    </div>`;
  }

  private renderNotices(): TemplateResult {
    return html`${this.notices.map((kind) => this.renderNotice(kind))}
    ${
      this.policyUrl
        ? html`<p class="policy"><a part="policy-link" href=${this.policyUrl}>${this.messages.policy}</a></p>`
        : nothing
    }`;
  }

  private renderDismiss() {
    if (!this.dismissible) return nothing;
    return html`<button
      class="dismiss"
      part="dismiss"
      type="button"
      aria-label=${this.messages.dismiss}
      @click=${this.onDismissClick}
    >
      ${closeIcon}
    </button>`;
  }

  /** The compact variant's one line: the summary and the disclosure button. */
  private renderSummary() {
    const m = this.messages;
    return html`<p class="summary" part="summary">
        <slot name="summary"
          >${this.notices.map((kind, i) => html`${i ? ' ' : ''}<span>${m.summary[kind]}</span>`)}</slot
        >
      </p>
      <button
        class="toggle"
        part="toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="details"
        @click=${this.onToggle}
      >
        ${m.details}${chevronIcon}
      </button>`;
  }

  /** The dismissible notices: in a row with the dismiss button (inline), or collapsed under a summary (compact). */
  private renderGroup() {
    if (this.notices.length === 0) return nothing;
    const compact = this.variantValue === 'compact';
    return html`<div class=${this.isDismissed ? 'group dismissed' : 'group'} part="group">
      <div class="row">
        ${compact ? this.renderSummary() : html`<div class="notices">${this.renderNotices()}</div>`}
        ${this.renderDismiss()}
      </div>
      ${compact ? html`<div id="details" class="details notices" ?hidden=${!this.open}>${this.renderNotices()}</div>` : nothing}
    </div>`;
  }

  private renderCrisisLine(m: DisclaimerBannerMessages) {
    if (!CRISIS_LINE) return m.crisisNoLine;
    const number = CRISIS_LINE.callOrText;
    const site = safeHttpUrl(CRISIS_LINE.url);
    const name = html`<span lang="en">${CRISIS_LINE.name}</span>`;
    return html`${fill(m.crisisLine, {
      call: html`<a href=${`tel:${number}`}>${m.crisisCall(number)}</a>`,
      text: html`<a href=${`sms:${number}`}>${m.crisisText(number)}</a>`,
      name: site ? html`<a href=${site}>${name}</a>` : name,
    })}
    ${m.crisisElsewhere}`;
  }

  private renderCrisis() {
    if (!this.crisisShown) return nothing;
    const m = this.messages;
    const replaced = this.slotted('crisis').length > 0;
    return html`<div class="crisis" part="crisis" tabindex="-1">
      <slot name="crisis"></slot>
      ${replaced ? nothing : html`<p><strong>${m.crisisLead}</strong> ${this.renderCrisisLine(m)}</p>`}
    </div>`;
  }

  protected override render() {
    if (this.notices.length === 0 && !this.crisisShown) return nothing;
    const label = this.label?.trim() || this.messages.label;
    const classes = `${this.rootClass} banner ${this.variantValue}`;
    const crisisFirst = this.kinds[0] === 'crisis';
    const content = html`${crisisFirst ? this.renderCrisis() : nothing}${this.renderGroup()}${
      crisisFirst ? nothing : this.renderCrisis()
    }`;
    // Dismissed with nothing left on screen: no empty note or region for assistive technology (it still prints).
    const announced = this.crisisShown || !this.isDismissed;
    const role = this.landmark ? 'region' : 'note';
    return html`<div
      class=${classes}
      part="base"
      role=${announced ? role : nothing}
      aria-label=${announced ? label : nothing}
    >
      ${content}
    </div>`;
  }
}
