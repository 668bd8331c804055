import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { MgElement } from '../../src/internal/mg-element.js';
import type { LifeStageId, Region, Units } from '../../src/data/enums.js';

/** A minimal widget for tests: prints its effective profile as `lifeStage|locale|units|region|theme`. */
export class TestReader extends MgElement {
  @property({ attribute: 'life-stage' }) lifeStage?: LifeStageId | null;
  @property() units?: Units;
  @property() region?: Region;

  /** Asks the profile for a change, as a widget's picker would. */
  ask(patch: Parameters<MgElement['reader']['request']>[0]): boolean {
    return this.reader.request(patch);
  }

  get summary(): string {
    const r = this.reader;
    return [r.lifeStage ?? 'general', r.locale, r.units, r.region, r.theme].join('|');
  }

  protected override render() {
    return html`<p class=${this.rootClass}>${this.summary}</p>`;
  }
}
if (!customElements.get('test-reader')) customElements.define('test-reader', TestReader);

declare global {
  interface HTMLElementTagNameMap {
    'test-reader': TestReader;
  }
}
