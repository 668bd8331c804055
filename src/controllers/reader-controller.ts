import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIFE_STAGE_IDS, LOCALES, REGIONS, THEMES, UNITS } from '../data/enums.js';
import type { LifeStageId, Locale, Region, Theme, Units } from '../data/enums.js';
import { DEFAULT_PROFILE, readerContext, type ReaderProfile, type ReaderProfilePatch } from '../context/reader-context.js';
import { MgProfileRequestEvent } from '../events/profile-request.js';
import { closestLang, matchLocale } from '../i18n/index.js';
import { parseEnum, parseOptionalEnum, warnInvalid } from '../internal/validate.js';

/** Attributes a widget may declare to override the shared profile for itself. */
export interface ReaderOverrides {
  lifeStage?: string | null | undefined;
  units?: string | null | undefined;
  region?: string | null | undefined;
  theme?: string | null | undefined;
}

export type ReaderHost = ReactiveControllerHost & HTMLElement & ReaderOverrides;

const ROOT_KEY = Symbol.for('mg-widgets.context-root');

/**
 * Attaches one `ContextRoot` to the document (once per page, shared with other copies of the library), so that
 * a widget that upgrades before its `<mg-reader-profile>` still receives the profile when the provider arrives.
 */
function ensureContextRoot(): void {
  const global = globalThis as { [ROOT_KEY]?: ContextRoot };
  const documentElement = globalThis.document?.documentElement;
  if (global[ROOT_KEY] || !documentElement) return;
  const root = new ContextRoot();
  root.attach(documentElement);
  global[ROOT_KEY] = root;
}

/** Controllers to refresh when any `lang` attribute on the page changes; one observer for all of them. */
const langListeners = new Set<ReaderController>();
let langObserver: MutationObserver | undefined;

function watchLang(controller: ReaderController): void {
  langListeners.add(controller);
  if (langObserver || !globalThis.document) return;
  langObserver = new MutationObserver(() => {
    for (const listener of langListeners) listener.host.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchLang(controller: ReaderController): void {
  langListeners.delete(controller);
  if (langListeners.size === 0 && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

/** Number of widgets currently listening for `lang` changes (for leak tests). */
export function langListenerCount(): number {
  return langListeners.size;
}

/**
 * Gives a widget its effective reader profile. For each field: the widget's own attribute, then the nearest
 * `<mg-reader-profile>` (through `@lit/context`), then the defaults. The language follows HTML: the nearest
 * `[lang]` (the widget's own, the provider's, any ancestor's, crossing shadow roots), then the document's, then
 * `en`. Invalid own values warn once and fall back to the next source.
 */
export class ReaderController implements ReactiveController {
  readonly host: ReaderHost;
  private provided: ReaderProfile | undefined;

  constructor(host: ReaderHost) {
    this.host = host;
    ensureContextRoot();
    // Added before the consumer, so hostConnected() clears a stale value before the consumer asks again.
    host.addController(this);
    new ContextConsumer(host, {
      context: readerContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
      },
    });
  }

  hostConnected(): void {
    if (this.provided !== undefined) {
      // Moved: forget the old provider; the consumer asks again right after this and a provider may answer.
      this.provided = undefined;
      this.host.requestUpdate();
    }
    watchLang(this);
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** Whether a `<mg-reader-profile>` provides this widget's profile. */
  get hasProvider(): boolean {
    return this.provided !== undefined;
  }

  /** The profile from the provider, or the defaults. */
  get shared(): ReaderProfile {
    return this.provided ?? DEFAULT_PROFILE;
  }

  /** Effective life stage: own `life-stage`, then the provider's; `undefined` means "adult, general". */
  get lifeStage(): LifeStageId | undefined {
    const own = this.host.lifeStage;
    if (own) {
      const valid = parseOptionalEnum(this.host, 'life-stage', own, LIFE_STAGE_IDS, 'the reader profile (or adult, general)');
      if (valid) return valid;
    }
    return this.shared.lifeStage;
  }

  /** Effective locale, from the nearest `[lang]`. */
  get locale(): Locale {
    const own = this.host.getAttribute('lang');
    if (own) {
      const match = matchLocale(own);
      if (match) return match;
      warnInvalid(this.host, 'lang', own, LOCALES.join(', '), 'the page language or "en"');
    }
    return matchLocale(closestLang(own ? this.host.parentNode : this.host)) ?? 'en';
  }

  /** Effective serving units. */
  get units(): Units {
    return this.own('units', UNITS) ?? this.shared.units;
  }

  /** Effective region. */
  get region(): Region {
    return this.own('region', REGIONS) ?? this.shared.region;
  }

  /** Effective theme. */
  get theme(): Theme {
    return this.own('theme', THEMES) ?? this.shared.theme;
  }

  /**
   * Asks the shared profile to change. The nearest provider applies it (and every widget under it follows); with
   * no provider, the change applies to this widget alone. Returns whether a provider took it.
   */
  request(patch: ReaderProfilePatch): boolean {
    const event = new MgProfileRequestEvent(patch);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return true;
    const host = this.host;
    if ('lifeStage' in patch) host.lifeStage = patch.lifeStage ?? null;
    if (patch.units) host.units = patch.units;
    if (patch.region) host.region = patch.region;
    if (patch.theme) host.theme = patch.theme;
    if (patch.locale) host.setAttribute('lang', patch.locale);
    host.requestUpdate();
    return false;
  }

  private own<T extends string>(key: 'units' | 'region' | 'theme', valid: readonly T[]): T | undefined {
    const value = this.host[key];
    if (!value) return undefined;
    return parseEnum(this.host, key, value, valid, this.shared[key] as T);
  }
}
