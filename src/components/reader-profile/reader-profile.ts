import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LOCALES, REGIONS, UNITS } from '../../data/enums.js';
import type { LifeStageId, Locale, Region, Units } from '../../data/enums.js';
import { readerContext, type ReaderProfile, type ReaderProfilePatch } from '../../context/reader-context.js';
import { MgProfileChangeEvent, type MgProfileChangeDetail } from '../../events/profile-change.js';
import { MgProfileRequestEvent } from '../../events/profile-request.js';
import { MgElement } from '../../internal/mg-element.js';
import { controlStyles } from '../../internal/styles.js';
import { lifeStageOptions } from '../../internal/life-stage-options.js';
import { parseTokenList } from '../../internal/validate.js';
import { readerProfileStyles } from './reader-profile.styles.js';

/** Controls `<mg-reader-profile controls="...">` can show. */
export const PROFILE_CONTROLS = ['life-stage', 'lang', 'units', 'region'] as const;
export type ProfileControl = (typeof PROFILE_CONTROLS)[number];


/**
 * The reader's profile, shared with every mg-widgets element inside it: life stage, language, units and region.
 * Wrap the article (or the part with widgets) in it. Widgets inside can change the profile (the food finder's
 * life-stage picker does), and every widget under the same profile follows. With `controls`, it shows a small
 * form where the reader picks these themselves.
 *
 * @summary Shared reader context (life stage, language, units, region) for the other widgets.
 * @tag mg-reader-profile
 *
 * @slot - The article content and widgets that read this profile.
 *
 * @fires mg-profile-change - The reader, or a widget acting for the reader, changed the profile. `detail`: `{ lifeStage, lang, units, region, theme, changed }`.
 *
 * @csspart controls - The fieldset with the profile pickers (shown with `controls`).
 * @csspart select - Each picker.
 *
 * @cssprop [--mg-reader-profile-background=var(--mg-color-surface-alt)] - Background of the controls.
 * @cssprop [--mg-reader-profile-border-color=var(--mg-color-border-subtle)] - Border of the controls.
 * @cssstate pending - Waiting for its first render (until the browser has placed it, before the first paint on the first screen): it shows the content it wraps.
 */
export class MgReaderProfile extends MgElement {
  static override styles = [...MgElement.styles, controlStyles, readerProfileStyles];

  static override properties: PropertyDeclarations = {
    lifeStage: { attribute: 'life-stage', reflect: true },
    units: { reflect: true },
    region: { reflect: true },
    controls: {},
  };

  /** The reader's life stage (NIH/IOM table row). Unset means "adult, general": the Daily Value of 420 mg. */
  declare lifeStage?: LifeStageId | null;

  /** Serving units: `us` household measures (the default) or `metric`. */
  declare units?: Units;

  /** Region for supplement upper limits: `us` (IOM, 350 mg; the default) or `eu` (EFSA, 250 mg). */
  declare region?: Region;

  /**
   * Shows pickers for the reader. Empty (just `controls`) shows all; or a space-separated subset of
   * `life-stage lang units region`.
   */
  declare controls?: string | null;

  private readonly provider = new ContextProvider(this, { context: readerContext });

  /** The profile this element currently provides. */
  get profile(): ReaderProfile {
    return this.provider.value as ReaderProfile;
  }

  constructor() {
    super();
    this.addEventListener(MgProfileRequestEvent.eventName, this.onRequest);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next: ReaderProfile = {
      lifeStage: this.reader.lifeStage,
      locale: this.reader.locale,
      units: this.reader.units,
      region: this.reader.region,
      theme: this.reader.theme,
    };
    const current = this.provider.value;
    const same =
      current &&
      current.lifeStage === next.lifeStage &&
      current.locale === next.locale &&
      current.units === next.units &&
      current.region === next.region &&
      current.theme === next.theme;
    if (!same) this.provider.setValue(Object.freeze(next));
  }

  private readonly onRequest = (event: MgProfileRequestEvent): void => {
    if (event.target === this) return;
    event.stopPropagation();
    event.preventDefault();
    this.apply(event.detail);
  };

  /**
   * Changes the profile as the reader would (widgets below follow) and fires `mg-profile-change` once the new
   * profile is provided. Returns a promise that settles after the update.
   */
  async apply(patch: ReaderProfilePatch): Promise<void> {
    const before = this.profile;
    if ('lifeStage' in patch) this.lifeStage = patch.lifeStage ?? null;
    if (patch.units) this.units = patch.units;
    if (patch.region) this.region = patch.region;
    if (patch.theme) this.theme = patch.theme;
    if (patch.locale && patch.locale !== before.locale) this.setAttribute('lang', patch.locale);
    this.requestUpdate();
    await this.updateComplete;
    const after = this.profile;
    const changed: MgProfileChangeDetail['changed'][number][] = [];
    if (before.lifeStage !== after.lifeStage) changed.push('lifeStage');
    if (before.locale !== after.locale) changed.push('lang');
    if (before.units !== after.units) changed.push('units');
    if (before.region !== after.region) changed.push('region');
    if (before.theme !== after.theme) changed.push('theme');
    if (changed.length === 0) return;
    this.dispatchEvent(
      new MgProfileChangeEvent({
        lifeStage: after.lifeStage ?? null,
        lang: after.locale,
        units: after.units,
        region: after.region,
        theme: after.theme,
        changed,
      }),
    );
  }

  private shownControls(): ProfileControl[] {
    if (this.controls == null) return [];
    if (this.controls.trim() === '') return [...PROFILE_CONTROLS];
    return parseTokenList(this, 'controls', this.controls, PROFILE_CONTROLS, PROFILE_CONTROLS);
  }

  private onSelect(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const value = select.value;
    switch (select.name) {
      case 'life-stage':
        void this.apply({ lifeStage: (value || undefined) as LifeStageId | undefined });
        break;
      case 'lang':
        void this.apply({ locale: value as Locale });
        break;
      case 'units':
        void this.apply({ units: value as Units });
        break;
      case 'region':
        void this.apply({ region: value as Region });
        break;
    }
  }

  private renderLifeStage(profile: ReaderProfile) {
    const m = this.common;
    return html`<label>
      ${m.profile.lifeStage}
      <select part="select" name="life-stage" @change=${this.onSelect}>
        ${lifeStageOptions(m, profile.lifeStage)}
      </select>
    </label>`;
  }

  private renderChoice<T extends string>(name: ProfileControl, label: string, values: readonly T[], current: T, text: (value: T) => string) {
    return html`<label>
      ${label}
      <select part="select" name=${name} @change=${this.onSelect}>
        ${values.map((value) => html`<option value=${value} ?selected=${value === current} lang=${name === 'lang' ? value : nothing}>${text(value)}</option>`)}
      </select>
    </label>`;
  }

  protected override render() {
    const shown = this.shownControls();
    const profile = this.profile;
    const m = this.common;
    const controls = shown.length
      ? html`<div class=${this.rootClass}>
          <fieldset class="controls" part="controls">
            <legend>${m.profile.legend}</legend>
            ${shown.includes('life-stage') ? this.renderLifeStage(profile) : nothing}
            ${shown.includes('lang') ? this.renderChoice('lang', m.profile.language, LOCALES, profile.locale, (l) => m.languageNames[l]) : nothing}
            ${shown.includes('units') ? this.renderChoice('units', m.profile.units, UNITS, profile.units, (u) => m.units[u]) : nothing}
            ${shown.includes('region') ? this.renderChoice('region', m.profile.region, REGIONS, profile.region, (r) => m.regions[r]) : nothing}
          </fieldset>
        </div>`
      : nothing;
    return html`${controls}<slot></slot>`;
  }
}
