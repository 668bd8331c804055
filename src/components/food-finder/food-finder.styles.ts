import { css } from 'lit';

/**
 * Styles of `<mg-food-finder>`'s first render (what the rows, details and "My day" items need beyond this comes with
 * them: `food-finder.view.styles.ts`). The host is a size container: below 30em of its own width (about 480 px at the
 * default text size, and at 200% zoom of a 960 px column) the table's rows become cards. The table keeps
 * explicit ARIA roles, so screen readers that drop table semantics on `display` changes still read a table.
 * The host is `content-visibility: auto`: far from the screen, the browser skips its layout and paint (typing in
 * another finder then repaints less), and the content stays in the DOM, in find-in-page and for screen readers.
 * Until first shown it counts as 90em tall (50em static); then it keeps its real size. A page can turn this off
 * with `content-visibility: visible` on the element.
 */
export const foodFinderStyles = css`
  :host {
    container-type: inline-size;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 90em;
  }
  :host([static]) {
    contain-intrinsic-block-size: auto 50em;
  }
  .root {
    --_ff-background: var(--mg-food-finder-background, var(--_surface));
    --_ff-border: var(--mg-food-finder-border-color, var(--_border-subtle));
    --_bar: var(--mg-food-finder-bar-color, var(--_accent));
    --_ff-stripe: var(--mg-food-finder-stripe-color, var(--_surface-alt));
    --_ff-plate-background: var(--mg-food-finder-plate-background, var(--_surface-alt));
    --_ff-chip: var(--mg-food-finder-chip-color, var(--_accent));
    display: grid;
    gap: 0.75em;
    padding: var(--mg-food-finder-padding, var(--_space));
    border: 1px solid var(--_ff-border);
    border-radius: var(--_radius);
    background: var(--_ff-background);
    min-inline-size: 0;
  }
  .root.static {
    gap: 0.5em;
  }

  /* Controls ------------------------------------------------------------------------------------------------ */
  .controls {
    display: grid;
    gap: 0.75em;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .field-label {
    font-weight: 600;
  }
  .hint {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .search-row {
    display: flex;
    gap: 0.5em;
  }
  .search-input {
    flex: 1 1 auto;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .filters-toggle {
    display: none;
    flex: 0 0 auto;
  }
  .filters {
    display: grid;
    gap: 0.75em;
  }
  .pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
  }
  .pickers .field {
    flex: 1 1 12em;
    /* Wrap rather than cut the options' text ("Magnesium per serving", life stages). */
    min-inline-size: min(100%, 13em);
  }
  .pickers select {
    inline-size: 100%;
    color: var(--_text);
  }
  .chips {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .chips legend {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .chip {
    border-radius: 999px;
    padding-inline: 0.75em;
    font-size: 0.9375em;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .chip .check {
    display: none;
  }
  .chip[aria-pressed='true'] {
    background: var(--_ff-chip);
    border-color: var(--_ff-chip);
    color: var(--_accent-text);
  }
  .chip[aria-pressed='true'] .check {
    display: inline;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .switch label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
    cursor: pointer;
  }
  .switch input {
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_accent);
  }
  .clear-filters {
    flex: 0 0 auto;
  }

  /* Table --------------------------------------------------------------------------------------------------- */
  .table-wrap {
    position: relative;
    min-inline-size: 0;
    /* A last resort for very long words at large text sizes; the layout itself fits (cards below 30em). */
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    /* .root's overflow-wrap: anywhere would let the table squeeze columns to a letter; break only long words. */
    overflow-wrap: break-word;
  }
  table[aria-busy='true'] tbody {
    opacity: 0.4;
  }
  caption {
    text-align: start;
    padding-block-end: 0.5em;
  }
  .caption-title {
    display: block;
    font-weight: 700;
    font-size: 1.0625em;
  }
  .target {
    display: block;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid var(--_ff-border);
  }
  /* Every other row (skeleton and result rows; not the details rows): a class, cheaper to match than nth-child. */
  .stripe {
    background: var(--_ff-stripe);
  }
  tbody tr > * {
    block-size: 3.25em;
  }
  /* A placeholder row stands for the average row of the top ten everyday foods, whose names wrap onto a second line
     as the table narrows: fitted at 480 to 1200 px, in English and Spanish, with and without the add column (within
     6 px a row). Zero specificity, so that the cards' rules (below) win in a narrow container. */
  tbody tr:where(.skeleton) > * {
    block-size: clamp(3.25em, 8.56em - 11.25cqi, 4.62em);
  }
  :where(.static) tbody tr:where(.skeleton) > * {
    block-size: clamp(3.25em, 6.88em - 8.5cqi, 4.34em);
  }
  tbody th {
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
  .sort {
    border: 0;
    background: none;
    padding: 0.25em;
    margin: -0.25em;
    font-weight: inherit;
    color: inherit;
    text-align: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 24px;
  }
  .sort:hover {
    background: none;
    text-decoration: underline;
  }
  th[aria-sort] .sort {
    color: var(--_text);
  }
  .dir {
    font-size: 0.75em;
    opacity: 0.6;
  }
  th[aria-sort] .dir {
    opacity: 1;
  }
  td.need {
    min-inline-size: 6em;
  }
  .add-cell {
    text-align: end;
    white-space: nowrap;
  }
  .ph {
    display: block;
    block-size: 1em;
    inline-size: 70%;
    border-radius: 0.25em;
    background: var(--_border-subtle);
    opacity: 0.6;
  }
  .num .ph {
    margin-inline-start: auto;
    inline-size: 3em;
  }
  .message td {
    block-size: auto;
    padding-block: 1em;
    /* The empty state repeats the reader's query: a long unbroken one must wrap, not widen the table. */
    overflow-wrap: anywhere;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    min-block-size: 2.25em;
  }
  .count {
    color: var(--_text-muted);
    font-size: 0.9375em;
  }

  /* My day comes with the view (its styles too): until then, a placeholder of about its height when empty. Its hint
     and note wrap more as the column narrows: measured at 320 to 1200 px, within 2em. */
  .ph-plate {
    display: block;
    block-size: max(10em, 18.3em - 14.7cqi);
  }
  .ph-plate:lang(es) {
    block-size: max(10em, 19em - 15cqi);
  }

  .sources {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }

  /* Cards: narrow containers -------------------------------------------------------------------------------- */
  @container (width < 30em) {
    .filters-toggle {
      display: inline-flex;
      align-items: center;
    }
    .filters:not(.open) {
      display: none;
    }
    .chip {
      font-size: 0.875em;
      padding-inline: 0.625em;
    }
    table,
    thead,
    tbody,
    caption {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      padding-block-end: 0.25em;
    }
    thead th {
      display: block;
      padding: 0;
      border: 0;
    }
    thead th:not(.sortable) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
      padding: 0.5em 0.75em;
      margin-block-start: 0.5em;
      border: 1px solid var(--_ff-border);
      border-radius: var(--_radius);
    }
    tbody tr:not(.details, .message)::after {
      content: '';
      order: 2;
      flex: 1 0 100%;
      block-size: 0;
      margin-block: -0.125em;
    }
    .stripe {
      background: none;
    }
    tbody tr > * {
      display: block;
      block-size: auto;
      padding: 0;
      border: 0;
      text-align: start;
      order: 3;
    }
    tbody tr > .food {
      order: 0;
      flex: 1 1 0;
      min-inline-size: 0;
      min-block-size: 2.25em;
      display: flex;
      align-items: center;
    }
    tbody tr > .add-cell {
      order: 1;
      flex: 0 0 auto;
    }
    tbody tr > .need {
      order: 4;
      flex: 1 1 100%;
    }
    tbody tr > .mg::before,
    tbody tr > .basis::before,
    tbody tr > .dv::before {
      content: '·' / '';
      margin-inline-end: 0.5em;
      color: var(--_text-muted);
    }
    .ph {
      inline-size: 5em;
    }
    .num .ph {
      margin-inline-start: 0;
    }
    .food .ph {
      inline-size: 60%;
    }
    .need .ph {
      inline-size: 100%;
    }
    .message td {
      flex: 1 1 100%;
    }
    /* A placeholder card stands for the average card of the top ten everyday foods (names and the need line wrap
       more as the column narrows), and for the rest of the finder's growth: fitted at 240 to 475 px, in English and
       Spanish, static or not (the whole finder within 4%). */
    tbody tr.skeleton {
      block-size: max(7.125em, 19em - 55cqi);
      overflow: hidden;
    }
    :lang(es) tbody tr.skeleton {
      block-size: max(7.125em, 21.375em - 63cqi);
    }
    .static tbody tr.skeleton {
      block-size: max(7.125em, 16.375em - 43cqi);
    }
  }

  @media (forced-colors: active) {
    .root,
    th,
    td,
    tbody tr {
      border-color: CanvasText;
    }
    .bar {
      border-color: CanvasText;
    }
    .sort {
      border: 1px solid ButtonText;
    }
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .ph {
      background: GrayText;
    }
  }
  @media print {
    .controls,
    .footer,
    .add-cell,
    .add-head,
    .ph-plate {
      display: none;
    }
  }
`;
