import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { MgElement } from '../../src/internal/mg-element.js';
import { afterMicrotasks, beforeNextPaint, countTasks, uniqueTag } from '../helpers.js';

/** A minimal widget: what matters here is when it first renders. */
class Probe extends MgElement {
  protected override render() {
    return html`<p>rendered</p>`;
  }
}
const tag = uniqueTag();
customElements.define(tag, Probe);

/** A widget with a `prepare` (what a finder does to start loading its data): records when each step ran. */
class Preparing extends Probe {
  readonly steps: string[] = [];
  protected override prepare(): void {
    this.steps.push(`prepare in task ${tasks?.count}`);
  }
  protected override willUpdate(): void {
    if (!this.hasUpdated) this.steps.push(`first render in task ${tasks?.count}`);
  }
}
const preparingTag = uniqueTag();
customElements.define(preparingTag, Preparing);

/** The task counter of the test that uses `Preparing`. */
let tasks: ReturnType<typeof countTasks> | undefined;

function probe(style: string): Probe {
  const el = document.createElement(tag) as Probe;
  el.setAttribute('style', `display: block; ${style}`);
  return el;
}

/** Counts `getBoundingClientRect()` calls until restored. */
function countLayoutReads(): { readonly count: number; restore(): void } {
  const { getBoundingClientRect } = Element.prototype;
  const reads = { count: 0, restore: () => (Element.prototype.getBoundingClientRect = getBoundingClientRect) };
  Element.prototype.getBoundingClientRect = function (this: Element) {
    reads.count++;
    return getBoundingClientRect.call(this);
  };
  return reads;
}

describe('first render', () => {
  let box: HTMLElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('renders widgets on the first screen in the next frame, after its layout and before its paint, and those below it in later tasks', async () => {
    const top = probe('');
    const spacer = document.createElement('div');
    spacer.setAttribute('style', `height: ${window.innerHeight * 3}px`);
    const below = probe('');
    const reads = countLayoutReads();
    try {
      box.append(top, spacer, below);
      await afterMicrotasks();
    } finally {
      reads.restore();
    }
    // The task that adds them reads no position (that would lay the whole page out there).
    expect(reads.count).to.equal(0);
    expect(top.hasUpdated).to.equal(false);
    // A ResizeObserver created after the elements' runs after theirs, in the same frame, before its paint.
    await beforeNextPaint();
    expect([top.hasUpdated, below.hasUpdated]).to.deep.equal([true, false]);
    expect(top.shadowRoot!.textContent).to.contain('rendered');
    await below.updateComplete;
    expect(below.shadowRoot!.textContent).to.contain('rendered');
  });

  it("below the first screen, runs a widget's prepare in the task before its first render; on it, leaves it to the render", async () => {
    tasks = countTasks();
    try {
      const top = document.createElement(preparingTag) as Preparing;
      const spacer = document.createElement('div');
      spacer.setAttribute('style', `height: ${window.innerHeight * 3}px`);
      const below = document.createElement(preparingTag) as Preparing;
      box.append(top, spacer, below);
      await below.updateComplete;
      expect(top.steps).to.have.length(1);
      expect(top.steps[0]).to.match(/^first render/);
      const [prepare, render] = below.steps.map((step) => Number(step.split(' ').at(-1)));
      expect(below.steps.map((step) => step.replace(/ \d+$/, ''))).to.deep.equal([
        'prepare in task',
        'first render in task',
      ]);
      expect(render, 'the first render in a later task than prepare').to.be.greaterThan(prepare!);
    } finally {
      tasks.stop();
      tasks = undefined;
    }
  });

  it('renders widgets above the viewport before the next paint (a shift there would move what the reader sees)', async () => {
    const above = probe('position: absolute; top: -2000px');
    box.append(above);
    await beforeNextPaint();
    expect(above.hasUpdated).to.equal(true);
  });

  it('places a badge inside inline markup (<em>) before the next paint too', async () => {
    const paragraph = document.createElement('p');
    const em = document.createElement('em');
    const badge = probe('display: inline');
    paragraph.append('A claim ', em);
    em.append(badge);
    box.append(paragraph);
    await beforeNextPaint();
    expect(badge.hasUpdated).to.equal(true);
  });

  it('renders a widget that a ResizeObserver callback adds in that same frame, with no "loop" error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const added = probe('');
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          // A page's own observer of the root, as a responsive layout would have, adding a widget when it fires.
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            box.append(added);
            resolve();
          });
          observer.observe(document.documentElement);
        }),
      );
      // The next frame's callbacks come before its ResizeObserver callbacks: rendered already, in the frame before.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(added.hasUpdated).to.equal(true);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('renders a widget in a hidden container (display: none) too', async () => {
    const hidden = document.createElement('div');
    hidden.hidden = true;
    const inside = probe('');
    hidden.append(inside);
    box.append(hidden);
    await inside.updateComplete;
    expect(inside.shadowRoot!.textContent).to.contain('rendered');
  });

  it('lays out its light DOM while it waits (the article a reader profile wraps keeps its place), then renders', async () => {
    const wrapper = probe('');
    const article = document.createElement('p');
    article.setAttribute('style', 'height: 300px; margin: 0');
    wrapper.append(article);
    box.append(wrapper);
    await afterMicrotasks();
    expect(wrapper.matches(':state(pending)'), 'pending').to.equal(true);
    expect(wrapper.getBoundingClientRect().height).to.equal(300);
    expect(article.getBoundingClientRect().height).to.equal(300);
    await wrapper.updateComplete;
    expect(wrapper.matches(':state(pending)'), 'no longer pending').to.equal(false);
    // The probe's own template has no slot: the light DOM is no longer shown, and nothing of the wait is left.
    expect(wrapper.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(article.getBoundingClientRect().height).to.equal(0);
    expect(wrapper.shadowRoot!.textContent).to.equal('rendered');
  });

  it('on a hidden page (no frames come) places the widgets at once', async () => {
    const spacer = document.createElement('div');
    spacer.setAttribute('style', `height: ${window.innerHeight * 3}px`);
    const top = probe('');
    const below = probe('');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      box.append(top, spacer, below);
      await afterMicrotasks();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(top.hasUpdated).to.equal(true);
    expect(below.hasUpdated).to.equal(false);
    await below.updateComplete;
    expect(below.hasUpdated).to.equal(true);
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
    const reads = countLayoutReads();
    try {
      box.append(host);
      await afterMicrotasks();
    } finally {
      reads.restore();
    }
    // Far below the first screen, yet rendered at once: its host is rendering it now.
    expect(nested.hasUpdated).to.equal(true);
    expect(nested.shadowRoot!.textContent).to.contain('rendered');
    expect(reads.count).to.equal(0);
  });
});
