import { LitElement, type PropertyDeclarations } from 'lit';
import type { Theme } from '../data/enums.js';
import { ReaderController } from '../controllers/reader-controller.js';
import { commonMessages, type CommonMessages } from '../i18n/index.js';
import { firstRender } from './first-render.js';
import { hostStyles } from './styles.js';
import { VERSION } from './version.js';

/**
 * Base class of every mg-widgets element: the version (for the guarded `define`), shared host styles, the
 * reader profile (context consumer with fallbacks) and the `theme` attribute.
 */
export class MgElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: {},
  };

  /** mg-widgets version that defined this element. */
  static readonly version: string = VERSION;

  static override styles = [hostStyles];

  /** Color theme: `auto` follows the reader's system setting; unset follows the reader profile. */
  declare theme?: Theme;

  /** The effective reader profile. */
  protected readonly reader = new ReaderController(this);

  /**
   * The element's `ElementInternals` (its custom states: `:state(...)`); undefined where `attachInternals` is not
   * supported. An element has one: a subclass uses this one instead of calling `attachInternals()` again.
   */
  protected readonly internals: ElementInternals | undefined;

  constructor() {
    super();
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** Shared messages in the effective language. */
  protected get common(): CommonMessages {
    return commonMessages(this.reader.locale);
  }

  /**
   * The first render waits for the widget's place in the page (see `first-render.ts`). Meanwhile the element matches
   * `:state(pending)`, and its shadow root holds a bare `<slot>`: its light DOM (the article that a reader profile
   * wraps, a fallback table) is laid out as before the upgrade, so that the page keeps its shape while the widgets
   * are placed. The food finder and the comparer skip their content while pending (`content-visibility: hidden`): a
   * `content-visibility: auto` element counts as its estimated size until its first render, instead of whatever
   * size the browser would otherwise remember for it if it came near the screen before.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    this.setState('pending', true);
    const placeholder =
      this.renderRoot instanceof ShadowRoot ? this.renderRoot.appendChild(document.createElement('slot')) : undefined;
    return firstRender(this, this.prepare?.bind(this)).then(() => {
      placeholder?.remove();
      this.setState('pending', false);
      return super.scheduleUpdate();
    });
  }

  /**
   * Work that the first render would start anyway (a widget's data load), started in the task before it where the
   * widget is below the first screen (`first-render.ts`). It must be safe to do twice.
   */
  protected prepare?(): void;

  /** Sets or clears a custom state; where custom states are not supported, nothing (the properties still tell). */
  protected setState(state: string, on: boolean): void {
    try {
      if (on) this.internals?.states.add(state);
      else this.internals?.states.delete(state);
    } catch {
      // Custom states are not supported (or only with the older `--name` syntax).
    }
  }

  /** Classes for the element's `.root` wrapper (the theme tokens live there). */
  protected get rootClass(): string {
    return `root theme-${this.reader.theme}`;
  }
}
