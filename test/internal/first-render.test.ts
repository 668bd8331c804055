import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { MgElement } from '../../src/internal/mg-element.js';
import { afterMicrotasks, uniqueTag } from '../helpers.js';

/** A minimal widget: what matters here is when it first renders. */
class Probe extends MgElement {
  protected override render() {
    return html`<p>rendered</p>`;
  }
}
const tag = uniqueTag();
customElements.define(tag, Probe);

function probe(style: string): Probe {
  const el = document.createElement(tag) as Probe;
  el.setAttribute('style', `display: block; ${style}`);
  return el;
}

describe('first render', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('renders widgets on the first screen in the task that adds them, and those below it in later tasks', async () => {
    const top = probe('');
    const spacer = document.createElement('div');
    spacer.setAttribute('style', `height: ${window.innerHeight * 3}px`);
    const below = probe('');
    box.append(top, spacer, below);
    await afterMicrotasks();
    expect(top.hasUpdated).to.equal(true);
    expect(top.shadowRoot!.textContent).to.contain('rendered');
    expect(below.hasUpdated).to.equal(false);
    await below.updateComplete;
    expect(below.shadowRoot!.textContent).to.contain('rendered');
  });

  it('renders widgets above the viewport at once (a shift there would move what the reader sees)', async () => {
    const above = probe('position: absolute; top: -2000px');
    box.append(above);
    await afterMicrotasks();
    expect(above.hasUpdated).to.equal(true);
  });

  it('renders many widgets below the first screen one per task, all of them', async () => {
    const spacer = document.createElement('div');
    spacer.setAttribute('style', `height: ${window.innerHeight * 2}px`);
    const many = Array.from({ length: 20 }, () => probe(''));
    box.append(spacer, ...many);
    await afterMicrotasks();
    expect(many.filter((el) => el.hasUpdated)).to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all(many.map((el) => el.updateComplete));
    expect(many.every((el) => el.shadowRoot!.textContent!.includes('rendered'))).to.equal(true);
  });

  it('renders a widget that another widget put in its shadow root with it, without reading the layout', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const spacer = document.createElement('div');
    spacer.setAttribute('style', `height: ${window.innerHeight * 3}px`);
    const nested = probe('');
    root.append(spacer, nested);
    const { getBoundingClientRect } = Element.prototype;
    let reads = 0;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      reads++;
      return getBoundingClientRect.call(this);
    };
    try {
      box.append(host);
      await afterMicrotasks();
    } finally {
      Element.prototype.getBoundingClientRect = getBoundingClientRect;
    }
    // Far below the first screen, yet rendered at once: its host is rendering it now.
    expect(nested.hasUpdated).to.equal(true);
    expect(nested.shadowRoot!.textContent).to.contain('rendered');
    expect(reads).to.equal(0);
  });
});
