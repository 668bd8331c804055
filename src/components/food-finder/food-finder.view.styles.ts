import { css } from 'lit';

/**
 * Styles of what `<mg-food-finder>` renders once the foods have loaded (`food-finder.view.ts` adds them to the
 * shadow root before it first renders there): the rows' name buttons, values, bars and add buttons, the food
 * details, the empty state's suggestions, the full-list loading notice and "My day". Cards in narrow
 * containers as in `food-finder.styles.ts`.
 */
export const foodFinderViewStyles = css`
  .cell-suffix {
    display: none;
  }
  .name {
    border: 0;
    background: none;
    padding: 0.25em 0;
    text-align: start;
    color: var(--_link);
    font-weight: 600;
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
  }
  .name:hover {
    background: none;
    text-decoration: underline;
  }
  .chevron {
    inline-size: 0.7em;
    block-size: 0.7em;
    flex: 0 0 auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    transition: transform 0.15s;
  }
  .name[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  /* The percentage above its bar. Blocks, not a grid: a grid in every row's cell made each keystroke's table layout
     about 8% slower (and its layerization 30%), for the same two lines. */
  .need-value {
    display: block;
  }
  .need-value .bar {
    margin-block-start: 0.25em;
  }
  .add {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }
  .in-plate {
    display: block;
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .details td {
    block-size: auto;
    background: var(--_surface-alt);
  }
  .details dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  .details dt {
    font-size: 0.8125em;
    color: var(--_text-muted);
  }
  .details dd {
    margin: 0;
  }
  .details p {
    margin-block-start: 0.375em;
    font-size: 0.875em;
  }
  .message ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: flex;
    justify-content: center;
    align-items: flex-start;
    padding-block-start: 4em;
    pointer-events: none;
  }
  .loading span {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    font-weight: 600;
  }

  /* My day -------------------------------------------------------------------------------------------------- */
  .plate ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .plate li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_ff-border);
  }
  .item-name {
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .item-serving {
    display: block;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .item-mg {
    font-variant-numeric: tabular-nums;
  }
  .stepper {
    display: inline-flex;
    gap: 0.25em;
  }
  .stepper button {
    inline-size: 2.25em;
    padding: 0;
    font-weight: 700;
  }
  .plate-actions {
    display: flex;
    justify-content: flex-end;
  }

  /* Cards: narrow containers -------------------------------------------------------------------------------- */
  @container (width < 30em) {
    .cell-suffix {
      display: inline;
    }
    .need-value {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }
    .need-value .bar {
      flex: 1 1 6em;
      inline-size: auto;
      margin: 0;
    }
    .need-value .pct {
      flex: 0 1 auto;
    }
    tr.details {
      margin-block-start: 0;
      border-start-start-radius: 0;
      border-start-end-radius: 0;
    }
    .details td {
      flex: 1 1 100%;
      background: none;
    }
  }

  @media print {
    .chevron {
      display: none;
    }
    .name {
      color: inherit;
    }
  }

  /* My day -------------------------------------------------------------------------------------------------- */
  .plate {
    display: grid;
    gap: 0.5em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_ff-border);
    border-radius: var(--_radius);
    background: var(--_ff-plate-background);
  }
  .plate-title {
    font-weight: 700;
    font-size: 1.0625em;
  }
  .plate-title:focus {
    outline: none;
  }
  .plate-title:focus-visible {
    outline: 0.15em solid var(--_focus);
  }
  .total {
    display: grid;
    gap: 0.25em;
  }
  .total-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
  }
  .total-label {
    font-weight: 700;
  }
  .meter {
    block-size: 0.875em;
  }
  .note {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    .plate {
      border-color: CanvasText;
    }
  }
  @media print {
    .plate {
      display: none;
    }
  }
`;
