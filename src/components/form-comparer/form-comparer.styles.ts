import { css } from 'lit';

/**
 * The cards layout, written once and applied twice (below): each row becomes a card with the form's name and its
 * remove button on the first line and the other cells under it, each with its column's name. The table keeps its
 * explicit ARIA roles, so screen readers that drop table semantics on `display` changes still read a table.
 */
const cards = css`
  --_card-estimate: max(120em - 375cqi, 60.5em - 80.6cqi, 32.8em - 4.1cqi);
  --_note-estimate: max(33.9em - 109cqi, 9.75em - 6.4cqi, 4.4em);
  &:lang(es) {
    --_card-estimate: max(129.2em - 402cqi, 69.5em - 104.4cqi, 34.6em - 5.6cqi);
    --_note-estimate: max(35.1em - 99.7cqi, 11.7em - 8.2cqi, 4.4em);
  }
  & table,
  & tbody {
    display: block;
  }
  /* The column headers stay for screen readers (each card's cells keep them), out of sight: 1 px each. */
  & thead,
  & thead tr {
    display: block;
  }
  & thead th {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  & tbody tr {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.625em 0.75em;
    padding: 0.75em;
    margin-block-start: 0.75em;
    border: 1px solid var(--_fc-border);
    border-radius: var(--_radius);
    background: var(--_fc-background);
  }
  & tbody tr > * {
    display: block;
    grid-column: 1 / -1;
    position: static;
    padding: 0;
    border: 0;
    background: none;
  }
  & tbody tr > .form {
    grid-column: 1 / 3;
    grid-row: 1;
  }
  & tbody tr > .remove-cell {
    grid-column: 3;
    grid-row: 1;
  }
  & tbody tr > .elemental {
    grid-column: 1;
  }
  & tbody tr > .dose {
    grid-column: 2 / -1;
  }
  & tbody tr.highlighted {
    border: 0.2em solid var(--_fc-highlight);
    border-inline-start-width: 0.5em;
    background: var(--_fc-highlight-background);
  }
  & tbody tr.skeleton {
    block-size: var(--_card-estimate);
  }
  & tbody tr.skeleton > * {
    block-size: auto;
  }
  & .cell-label {
    display: block;
  }
  & .bar {
    max-inline-size: 100%;
  }
  /* A card can be narrower than a badge's pill ("Sobre todo de laboratorio · 5 estudios"): let the pill wrap. */
  & mg-evidence-badge::part(pill) {
    flex-wrap: wrap;
    white-space: normal;
    margin-block: 0;
  }
`;

/**
 * Styles of `<mg-form-comparer>`. The host is a size container: below 35em of its own width (560 px at the default
 * text size, and at 200% zoom of a 1120 px column) `layout="auto"` shows cards; wider, a table that scrolls
 * sideways inside a focusable region, with the form column (and the remove buttons) sticky. Placeholder rows
 * reserve about the final height of a row while the forms load. Like the food finder, the host is
 * `content-visibility: auto` (skipped far from the screen; counts as 160em tall until first shown).
 */
export const formComparerStyles = css`
  :host {
    container-type: inline-size;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 160em;
  }
  .root {
    --_fc-background: var(--mg-form-comparer-background, var(--_surface));
    --_fc-border: var(--mg-form-comparer-border-color, var(--_border-subtle));
    --_bar: var(--mg-form-comparer-bar-color, var(--_accent));
    --_fc-highlight: var(--mg-form-comparer-highlight-color, var(--_accent));
    --_fc-highlight-background: var(--mg-form-comparer-highlight-background, var(--_accent-soft));
    --_fc-panel: var(--mg-form-comparer-panel-background, var(--_surface-alt));
    display: grid;
    gap: 1em;
    padding: var(--mg-form-comparer-padding, var(--_space));
    border: 1px solid var(--_fc-border);
    border-radius: var(--_radius);
    background: var(--_fc-background);
    min-inline-size: 0;
  }
  summary {
    cursor: pointer;
    min-block-size: max(24px, 1.5em);
  }
  .small,
  .hint,
  .note,
  .caption-note,
  .cite,
  .gut-note p {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .small {
    display: block;
  }
  .section-title {
    font-weight: 700;
    font-size: 1.0625em;
  }

  /* Table ------------------------------------------------------------------------------------------------------ */
  .scroller {
    position: relative;
    overflow-x: auto;
    min-inline-size: 0;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    /* .root's overflow-wrap: anywhere would let the table squeeze columns to a letter; break only long words. */
    overflow-wrap: break-word;
  }
  .intro {
    display: grid;
    gap: 0.25em;
  }
  .title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  th,
  td {
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_fc-border);
    background: var(--_fc-background);
  }
  /* Widths in the table layout (the table scrolls sideways when they do not fit). */
  thead .form {
    width: 9em;
  }
  thead .elemental {
    width: 8em;
  }
  thead .dose {
    width: 7.5em;
  }
  thead .absorption {
    width: 17em;
  }
  thead .gut {
    width: 11em;
  }
  thead .studied {
    width: 14em;
  }
  thead .sources {
    width: 8em;
  }
  .form {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  .remove-cell {
    position: sticky;
    inset-inline-end: 0;
    z-index: 1;
    width: 2.75em;
    text-align: end;
  }
  tbody th {
    font-weight: 400;
  }
  /*
   * Placeholders reserve the average height of a row (table) or card of the default forms, measured from the data
   * in a sans-serif article font: a card's falls steeply as the container widens from 240 px, then slowly (three
   * lines, fitted to 25 widths from 240 to 1800 px; within 4% of the cards there).
   */
  .root {
    --_row-estimate: 13em;
    --_note-estimate: clamp(4.4em, 11.7em - 10.6cqi, 8em);
    /* The calculator, guide and safety panel (with the gaps between them): text that wraps more as the column narrows,
       so its height falls steeply below about 480 px (very steeply below 280 px), then slowly. Measured at 240 to 1200
       px. */
    --_panels-estimate: max(47.4em, 368.6em - 1505cqi, 172.9em - 336cqi, 95.7em - 87.9cqi, 69em - 34.5cqi);
    --_add-estimate: 2.25em;
  }
  .root:lang(es) {
    --_row-estimate: 13.75em;
    --_note-estimate: clamp(4.8em, 12.9em - 11.7cqi, 9em);
    --_panels-estimate: max(50em, 306.9em - 1005cqi, 190.3em - 379cqi, 113.8em - 124cqi);
  }
  /* The add control's label, picker and button share one line, or wrap to two. */
  @container (width < 24em) {
    .root {
      --_add-estimate: 5em;
    }
  }
  @container (width < 28em) {
    .root:lang(es) {
      --_add-estimate: 4.5em;
    }
  }
  tr.skeleton > * {
    block-size: var(--_row-estimate);
  }
  .ph {
    display: block;
    block-size: 1em;
    inline-size: 80%;
    margin-block: 0.25em;
    border-radius: 0.25em;
    background: var(--_border-subtle);
    opacity: 0.6;
  }
  .ph.short {
    inline-size: 45%;
  }
  .message td {
    padding-block: 1em;
  }

  /* Below the table ------------------------------------------------------------------------------------------- */
  .below {
    display: grid;
    gap: 0.75em;
  }
  .ph-note {
    display: block;
    block-size: var(--_note-estimate);
  }
  /* The add control and the three panels below it (calculator, guide, safety) come with the forms. */
  .ph-add {
    display: block;
    block-size: var(--_add-estimate);
  }
  .ph-panels {
    display: block;
    block-size: var(--_panels-estimate);
  }
  /* Cards ----------------------------------------------------------------------------------------------------- */
  .root.layout-cards {
    ${cards}
  }
  @container (width < 35em) {
    .root.layout-auto {
      ${cards}
    }
  }

  @media (forced-colors: active) {
    .ph {
      background: GrayText;
    }
  }
  @media print {
    .ph-add,
    .remove-cell {
      display: none;
    }
    .scroller {
      overflow: visible;
    }
  }
`;
