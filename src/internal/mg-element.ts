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

  /** Shared messages in the effective language. */
  protected get common(): CommonMessages {
    return commonMessages(this.reader.locale);
  }

  /** The first render waits while the element is below the first screen (see `first-render.ts`). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return firstRender(this).then(() => super.scheduleUpdate());
  }

  /** Classes for the element's `.root` wrapper (the theme tokens live there). */
  protected get rootClass(): string {
    return `root theme-${this.reader.theme}`;
  }
}
