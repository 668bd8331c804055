import { adoptStyles, css, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Shared styles of every element.
 *
 * Theming has three layers: public global tokens `--mg-*` (documented, set by publishers on any ancestor), which
 * component-level properties `--mg-<component>-*` may refine, feeding private `--_*` variables declared on the
 * element's `.root` wrapper. Dark-theme defaults read `--mg-*-dark` tokens. Sizes are in `em`, so a host page's
 * `html { font-size: 62.5% }` cannot shrink us; the font is inherited (no web fonts).
 */

const light = css`
  --_surface: var(--mg-color-surface, #ffffff);
  --_surface-alt: var(--mg-color-surface-alt, #f2f5f4);
  --_text: var(--mg-color-text, #1b2420);
  --_text-muted: var(--mg-color-text-muted, #4a5752);
  --_border: var(--mg-color-border, #8b9893);
  --_border-subtle: var(--mg-color-border-subtle, #d3dbd8);
  --_accent: var(--mg-color-accent, #0b6a4b);
  --_accent-text: var(--mg-color-accent-text, #ffffff);
  --_accent-soft: var(--mg-color-accent-soft, #dcefe7);
  --_link: var(--mg-color-link, #0a58a8);
  --_focus: var(--mg-color-focus, #1a56c4);
  --_warning: var(--mg-color-warning, #8a4b00);
  --_warning-soft: var(--mg-color-warning-soft, #fff1dc);
  --_danger: var(--mg-color-danger, #a3142a);
  --_danger-soft: var(--mg-color-danger-soft, #fde8eb);
`;

const dark = css`
  --_surface: var(--mg-color-surface-dark, #161b19);
  --_surface-alt: var(--mg-color-surface-alt-dark, #202725);
  --_text: var(--mg-color-text-dark, #e8eeeb);
  --_text-muted: var(--mg-color-text-muted-dark, #b3c0bb);
  --_border: var(--mg-color-border-dark, #7d8b86);
  --_border-subtle: var(--mg-color-border-subtle-dark, #38423f);
  --_accent: var(--mg-color-accent-dark, #5fd3a5);
  --_accent-text: var(--mg-color-accent-text-dark, #0b1712);
  --_accent-soft: var(--mg-color-accent-soft-dark, #1d3a2f);
  --_link: var(--mg-color-link-dark, #8cc4ff);
  --_focus: var(--mg-color-focus-dark, #9cc3ff);
  --_warning: var(--mg-color-warning-dark, #ffc266);
  --_warning-soft: var(--mg-color-warning-soft-dark, #3a2a10);
  --_danger: var(--mg-color-danger-dark, #ff9aa8);
  --_danger-soft: var(--mg-color-danger-soft-dark, #3d1a20);
`;

/** Host basics: box sizing, `[hidden]`, focus ring, visually-hidden text, theme tokens on `.root`. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .root {
    ${light}
    --_radius: var(--mg-radius, 0.5em);
    --_space: var(--mg-space, 1em);
    color: var(--_text);
    font: inherit;
    font-family: var(--mg-font-family, inherit);
    line-height: var(--mg-line-height, 1.5);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    overflow-wrap: anywhere;
  }
  .root.theme-dark {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    .root.theme-auto {
      ${dark}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    .root {
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_border: CanvasText;
      --_border-subtle: CanvasText;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_accent-soft: Canvas;
      --_link: LinkText;
      --_focus: Highlight;
      --_warning: CanvasText;
      --_warning-soft: Canvas;
      --_danger: CanvasText;
      --_danger-soft: Canvas;
    }
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: var(--_link);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media print {
    .root {
      --_surface: #fff;
      --_text: #000;
      --_text-muted: #000;
      color-scheme: light;
    }
  }
`;

/** Native form controls that stay usable on hostile pages: 24 px minimum targets, inherited font. */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
  }
  button,
  select,
  input:not([type='checkbox'], [type='radio']) {
    min-block-size: 2.25em;
    min-inline-size: 1.5em;
  }
  select,
  input:not([type='checkbox'], [type='radio']) {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    padding: 0.25em 0.5em;
  }
  button {
    cursor: pointer;
  }
`;

/**
 * What the two data-table widgets (food finder, form comparer) style alike: their content skipped while they wait
 * for their first render, paragraphs without margins, quiet secondary buttons, muted column headers, and the bars of
 * a share (`.bar` with a `.fill` as wide as `--_fill`, in the element's `--_bar` color). Each element's own styles
 * follow and refine it.
 */
export const dataTableStyles = css`
  p {
    margin: 0;
  }
  button {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_text);
    padding: 0.25em 0.75em;
    line-height: 1.2;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  thead th {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text-muted);
    vertical-align: bottom;
    border-block-end-color: var(--_border);
  }
  .bar {
    display: block;
    block-size: 0.5em;
    inline-size: 100%;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border-subtle);
    overflow: hidden;
  }
  .fill {
    display: block;
    block-size: 100%;
    inline-size: var(--_fill, 0%);
    background: var(--_bar);
  }
  @media (forced-colors: active) {
    .fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  /* Both hosts are content-visibility: auto. Waiting for its first render, nothing for the browser to remember as
     its size: it counts as its estimate. (More specific than each element's own :host rule, which comes later.) */
  :host(:state(pending)) {
    content-visibility: hidden;
  }
`;

const addedStyles = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles of a lazily loaded part of a widget to its shadow root, once per root: a constructable sheet, or
 * a `<style>` (with the page's `litNonce`, if any) where those are not supported.
 */
export function addLazyStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  let added = addedStyles.get(root);
  if (!added) addedStyles.set(root, (added = new Set()));
  if (added.has(styles)) return;
  added.add(styles);
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  else adoptStyles(root, [styles]);
}
