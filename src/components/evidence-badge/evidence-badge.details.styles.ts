import { css } from 'lit';

/**
 * Styles of the details of `<mg-evidence-badge>`: the toggletip (placed by `PanelPlacement`) and what
 * `evidence-badge.details.ts` renders (level meaning, studies, scale, notes). They load with that module and are
 * added to a badge's shadow root before it first renders the details; the pill, the card and the placeholders are
 * styled from the start by `evidence-badge.styles.ts`. The toggletip shows only once this module has loaded, or,
 * when it could not load, as a plain centered box that says so (`.fallback` there, the browser's popover box).
 */
export const evidenceDetailsStyles = css`
  .panel {
    position: fixed;
    inset: auto;
    left: 0;
    top: 0;
    z-index: 2147483000;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(var(--mg-evidence-badge-panel-max-inline-size, 26em), var(--_avail-inline, calc(100vw - 1em)));
    max-block-size: var(--_avail-block, calc(100vh - 1em));
    overflow: auto;
    padding: 0.75em 1em;
    font-weight: 400;
    white-space: normal;
    color: var(--_text);
    background: var(--mg-evidence-badge-panel-background, var(--_surface));
    border: 1px solid var(--_border);
    border-block-start: 0.25em solid var(--_level);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.2);
  }
  .meaning {
    padding-inline-start: 0.6em;
    border-inline-start: 0.2em solid var(--_level);
  }
  .muted,
  .note,
  .dataset,
  .meta,
  .finding {
    color: var(--_text-muted);
  }
  .note,
  .dataset,
  .meta,
  .finding {
    font-size: 0.9em;
  }
  .meta,
  .finding {
    display: block;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.35em;
  }
  cite {
    font-style: normal;
    font-weight: 600;
  }
  .unverified-mark {
    font-style: italic;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_link);
    min-block-size: 24px;
  }
  dl {
    margin: 0.5em 0 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.4em;
  }

  @media (forced-colors: active) {
    .panel {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
  }
  @media print {
    .panel {
      display: none !important;
    }
  }
`;
