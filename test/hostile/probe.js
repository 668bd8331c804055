// In-page probe of the hostile-host tests (scripts/test-hostile.mjs). Injected with page.addInitScript() before any
// script of the page runs, so it can count the listeners and observers the widgets add to the page, then used from
// page.evaluate() through `window.__mgProbe`. It reads only what a reader or a host page can observe: computed
// styles, boxes, shadow-root text and links, and the page-level resources the widgets hold.
(() => {
  if (globalThis.__mgProbe) return;

  /* Page-level resources: listeners on the window, document, <html>, <body> and media queries; observers; intervals. */
  const ids = new WeakMap();
  let nextId = 1;
  const idOf = (value) => {
    if (value == null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
    if (!ids.has(value)) ids.set(value, nextId++);
    return ids.get(value);
  };
  const listeners = new Map(); // key -> { target, type, once }
  const targetKind = (target) => {
    if (target === globalThis) return 'window';
    if (typeof Document !== 'undefined' && target instanceof Document) return 'document';
    if (typeof HTMLHtmlElement !== 'undefined' && target instanceof HTMLHtmlElement) return 'html';
    if (typeof HTMLBodyElement !== 'undefined' && target instanceof HTMLBodyElement) return 'body';
    if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList) return 'media-query';
    if (typeof VisualViewport !== 'undefined' && target instanceof VisualViewport) return 'visual-viewport';
    return undefined;
  };
  const capture = (options) => (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const kind = listener ? targetKind(this) : undefined;
    if (kind) {
      const key = `${kind}|${idOf(this)}|${type}|${idOf(listener)}|${capture(options)}`;
      const signal = options && typeof options === 'object' ? options.signal : undefined;
      if (!signal?.aborted && !listeners.has(key)) {
        listeners.set(key, { kind, type, once: Boolean(options && options.once) });
        signal?.addEventListener('abort', () => listeners.delete(key), { once: true });
      }
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const kind = listener ? targetKind(this) : undefined;
    if (kind) listeners.delete(`${kind}|${idOf(this)}|${type}|${idOf(listener)}|${capture(options)}`);
    return removeEventListener.call(this, type, listener, options);
  };

  const observing = { MutationObserver: new Set(), ResizeObserver: new Map(), IntersectionObserver: new Map() };
  const wrapObserver = (name) => {
    const Observer = globalThis[name];
    if (!Observer) return;
    const { observe, disconnect } = Observer.prototype;
    const unobserve = Observer.prototype.unobserve;
    const active = observing[name];
    Observer.prototype.observe = function (target, options) {
      if (active instanceof Set) active.add(this);
      else {
        if (!active.has(this)) active.set(this, new Set());
        active.get(this).add(target);
      }
      return observe.call(this, target, options);
    };
    Observer.prototype.disconnect = function () {
      active.delete(this);
      return disconnect.call(this);
    };
    if (unobserve) {
      Observer.prototype.unobserve = function (target) {
        const targets = active.get(this);
        targets?.delete(target);
        if (targets && targets.size === 0) active.delete(this);
        return unobserve.call(this, target);
      };
    }
  };
  wrapObserver('MutationObserver');
  wrapObserver('ResizeObserver');
  wrapObserver('IntersectionObserver');

  const intervals = new Set();
  const { setInterval: realSetInterval, clearInterval: realClearInterval } = globalThis;
  globalThis.setInterval = function (...args) {
    const id = realSetInterval.apply(this, args);
    intervals.add(id);
    return id;
  };
  globalThis.clearInterval = function (id) {
    intervals.delete(id);
    return realClearInterval.call(this, id);
  };

  /** What the page holds now: listeners per target kind and type, active observers, running intervals. */
  function resources() {
    const byTarget = {};
    for (const { kind, type, once } of listeners.values()) {
      const key = `${kind} ${type}${once ? ' (once)' : ''}`;
      byTarget[key] = (byTarget[key] ?? 0) + 1;
    }
    const sorted = Object.fromEntries(Object.entries(byTarget).sort(([a], [b]) => a.localeCompare(b)));
    return {
      listeners: sorted,
      listenerCount: listeners.size,
      mutationObservers: observing.MutationObserver.size,
      resizeObservers: observing.ResizeObserver.size,
      intersectionObservers: observing.IntersectionObserver.size,
      intervals: intervals.size,
    };
  }

  /* Violations of a Content-Security-Policy (the CSP page also registers its own listener, in the page's script). */
  const violations = [];
  addEventListener.call(document, 'securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective}: ${event.blockedURI || '(inline)'} ${event.sample || ''}`.trim());
  });

  /* The tree a reader sees: shadow roots, deepest first. */
  function shadowRoots(root = document) {
    const found = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.shadowRoot) {
          found.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    if (root instanceof Element && root.shadowRoot) {
      found.push(root.shadowRoot);
      walk(root.shadowRoot);
    } else walk(root);
    return found;
  }

  /** Elements inside a widget's shadow root, and inside the shadow roots nested in it. */
  function shadowElements(host) {
    return shadowRoots(host).flatMap((root) => [...root.querySelectorAll('*')]);
  }

  /** The text of a widget's shadow tree (with nested shadow trees), whitespace collapsed. */
  function shadowText(host) {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.localName === 'style') continue;
          if (child.shadowRoot) walk(child.shadowRoot);
          walk(child);
        }
      }
    };
    if (host.shadowRoot) walk(host.shadowRoot);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /** Whether an element takes part in what the reader sees (rendered, not clipped to nothing, not invisible). */
  function visible(el) {
    if (!el.isConnected) return false;
    if (
      el.checkVisibility &&
      !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })
    ) {
      return false;
    }
    for (let node = el; node; node = composedParent(node)) {
      if (!(node instanceof Element)) continue;
      const style = getComputedStyle(node);
      if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return false;
    }
    const rect = el.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  }

  function composedParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentNode instanceof Element ? node.parentNode : null;
  }

  /* Colors: any CSS color (rgb, color-mix, oklab, system colors...) to sRGB through a canvas. */
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  const colorCache = new Map();
  function rgba(color) {
    if (colorCache.has(color)) return colorCache.get(color);
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = 'rgba(0, 0, 0, 0)';
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
    const value = { r, g, b, a: a / 255 };
    colorCache.set(color, value);
    return value;
  }
  const over = (top, bottom) => {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = (k) => (top[k] * top.a + bottom[k] * bottom.a * (1 - top.a)) / a;
    return { r: mix('r'), g: mix('g'), b: mix('b'), a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  /** The color behind an element: its own and its ancestors' backgrounds (composed tree), down to the canvas. */
  function backgroundOf(el) {
    let color = { r: 0, g: 0, b: 0, a: 0 };
    for (let node = el; node; node = composedParent(node)) {
      const style = getComputedStyle(node);
      color = over(color, rgba(style.backgroundColor));
      if (color.a >= 0.999) return color;
      // The top layer (an open popover) does not sit on its ancestors.
      if (node.matches(':popover-open, dialog[open]')) break;
    }
    const root = getComputedStyle(document.documentElement).backgroundColor;
    const body = document.body ? getComputedStyle(document.body).backgroundColor : 'transparent';
    const canvasColor = rgba(root).a > 0 ? root : body;
    return over(over(color, rgba(canvasColor)), { r: 255, g: 255, b: 255, a: 1 });
  }

  /**
   * Every visible run of text in the widget's shadow tree (and each form control's own text), with its computed
   * font size, color and the color behind it, and the contrast between the two.
   */
  function textRuns(host) {
    const runs = [];
    const seen = new Set();
    const add = (el, text) => {
      if (seen.has(el) || !visible(el)) return;
      seen.add(el);
      if (el.closest(':disabled, [aria-disabled="true"], [inert]')) return;
      runs.push(measure(el, text));
    };
    for (const root of shadowRoots(host)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.data.trim() || parent.closest('style, option, optgroup, script')) continue;
        add(parent, node.data);
      }
      for (const control of root.querySelectorAll(
        'select, input:not([type="checkbox"], [type="radio"], [type="hidden"]), textarea',
      )) {
        add(control, control.value || control.placeholder || control.localName);
      }
    }
    return runs;
  }

  /** Font size, colors and contrast of an element's text (`visible` says whether a reader sees it at all). */
  function measure(el, text = el.textContent) {
    const style = getComputedStyle(el);
    const fontSize = parseFloat(style.fontSize);
    const fg = rgba(style.color);
    const bg = backgroundOf(el);
    const contrast = ratio(over(fg, bg), bg);
    const bold = Number(style.fontWeight) >= 700;
    const large = fontSize >= 24 || (bold && fontSize >= 18.66);
    return {
      text: text.trim().slice(0, 40),
      where: describe(el),
      visible: visible(el),
      fontSize,
      color: style.color,
      background: `rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})`,
      contrast: Math.round(contrast * 100) / 100,
      minimum: large ? 3 : 4.5,
    };
  }

  /** A short path for messages: `mg-food-finder > td.num`. */
  function describe(el) {
    let host = el;
    while (host && !(host.getRootNode() === document)) host = host.getRootNode().host;
    const name = (node) =>
      `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList?.length ? `.${[...node.classList].slice(0, 2).join('.')}` : ''}`;
    return host && host !== el ? `${name(host)} > ${name(el)}` : name(el);
  }

  /** The reader's controls in a widget's shadow tree, with the size of what a pointer can hit. */
  function targets(host) {
    const found = [];
    for (const root of shadowRoots(host)) {
      const controls = root.querySelectorAll(
        'button, select, input:not([type="hidden"]), textarea, summary, [role="button"], [role="switch"], [tabindex="0"]',
      );
      for (const control of controls) {
        if (!visible(control)) continue;
        // A checkbox's label is part of its target.
        const label = control.matches('input[type="checkbox"], input[type="radio"]') ? control.closest('label') : null;
        const rect = (label ?? control).getBoundingClientRect();
        found.push({
          where: describe(control),
          width: Math.round(rect.width * 10) / 10,
          height: Math.round(rect.height * 10) / 10,
        });
      }
    }
    return found;
  }

  const STYLE_PROPS = [
    'color',
    'background-color',
    'background-image',
    'border-top-color',
    'border-top-style',
    'border-top-width',
    'border-left-width',
    'border-radius',
    'box-shadow',
    'outline-style',
    'padding-top',
    'padding-left',
    'margin-top',
    'margin-left',
    'min-height',
    'min-width',
    'height',
    'font-size',
    'font-style',
    'font-weight',
    'line-height',
    'letter-spacing',
    'word-spacing',
    'text-transform',
    'text-decoration-line',
    'text-align',
    'text-indent',
    'text-shadow',
    'white-space',
    'box-sizing',
    'display',
    'visibility',
    'opacity',
    'fill',
    'stroke',
    'list-style-type',
  ];

  /** Computed styles of every element of the widget's shadow tree (for "did the host's CSS reach in?"). */
  function styleSnapshot(host, props = STYLE_PROPS) {
    // A <slot> has no box; its styles only reach the page's own slotted content.
    return shadowElements(host)
      .filter((el) => el.localName !== 'slot')
      .map((el) => {
        const style = getComputedStyle(el);
        return { where: describe(el), values: Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])) };
      });
  }

  /** Differences between two snapshots of the same tree: `[{ where, prop, before, after }]`. */
  function diffSnapshots(before, after) {
    const changes = [];
    const count = Math.min(before.length, after.length);
    if (before.length !== after.length)
      changes.push({ where: '(tree)', prop: 'elements', before: before.length, after: after.length });
    for (let i = 0; i < count; i++) {
      for (const [prop, value] of Object.entries(before[i].values)) {
        if (after[i].values[prop] !== value)
          changes.push({ where: before[i].where, prop, before: value, after: after[i].values[prop] });
      }
    }
    return changes;
  }

  /** Links and embedded resources of a widget's shadow tree. */
  function links(host) {
    return shadowRoots(host).flatMap((root) =>
      [
        ...root.querySelectorAll(
          'a[href], area[href], [src], [srcset], form[action], [formaction], iframe, object, embed, img, script',
        ),
      ].map((el) => ({
        where: describe(el),
        tag: el.localName,
        href: el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
      })),
    );
  }

  /** The element focused now, looking through shadow roots. */
  function deepActive() {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /** How the focused element shows focus: a non-transparent outline at least 1 px wide, or a box shadow. */
  function focusIndicator() {
    const el = deepActive();
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && rgba(style.outlineColor).a > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      id: idOf(el),
      where: describe(el),
      inWidget: el.getRootNode() !== document,
      visible: outline || shadow,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  }

  /** Whether each control shows its edge: a visible border on at least one side, or an outline. */
  function edges(host) {
    const found = [];
    const sample = document.createElement('span');
    sample.style.setProperty('color', 'LinkText');
    document.body.append(sample);
    const linkText = getComputedStyle(sample).color;
    sample.remove();
    for (const root of shadowRoots(host)) {
      for (const control of root.querySelectorAll('button, select, input:not([type="hidden"]), textarea')) {
        if (!visible(control)) continue;
        const style = getComputedStyle(control);
        const sides = ['top', 'right', 'bottom', 'left'].filter(
          (side) =>
            style.getPropertyValue(`border-${side}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
            rgba(style.getPropertyValue(`border-${side}-color`)).a > 0,
        );
        const outline =
          style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && rgba(style.outlineColor).a > 0;
        // Native checkboxes and radios draw their own edge in forced colors.
        const native = control.matches('input[type="checkbox"], input[type="radio"]') && style.appearance !== 'none';
        found.push({
          where: describe(control),
          visible: sides.length > 0 || outline || native,
          border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`,
          // A button styled as a link (a food name) shows as one: in the system link color.
          linkStyled: style.color === linkText && style.color !== getComputedStyle(document.body).color,
          color: style.color,
        });
      }
    }
    return found;
  }

  /**
   * Resolves once `elements` have rendered, and the widgets inside their shadow roots (a comparer's badges) too, level
   * by level: below the first screen, widgets render in later tasks.
   */
  async function rendered(elements) {
    const nested = (el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((n) => n.localName.startsWith('mg-'));
    for (let level = elements; level.length; level = level.flatMap(nested)) {
      await Promise.all(level.map((el) => el.updateComplete));
    }
  }

  globalThis.__mgProbe = {
    rendered,
    resources,
    violations,
    shadowRoots,
    shadowElements,
    shadowText,
    visible,
    textRuns,
    measure,
    targets,
    styleSnapshot,
    diffSnapshots,
    links,
    deepActive,
    focusIndicator,
    edges,
    rgba,
    describe,
  };
})();
