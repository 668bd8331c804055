import { css } from 'lit';

/**
 * Styles of what `<mg-form-comparer>` renders once the forms have loaded (`form-comparer.view.ts`): the cells of the
 * rows, the note on gut effects, the add control, the calculator, the guide and the safety panel. They come with the
 * view's chunk and are added to the shadow root when it first renders them; the cards layout (first render) still
 * wins over them where both apply, by specificity.
 */
export const formComparerViewStyles = css`
  .name {
    display: block;
    font-weight: 600;
  }
  .formula {
    display: block;
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  /* Subscripts stay at 12 px or more at the default text size. */
  sub {
    font-size: 0.875em;
  }
  .tag {
    display: inline-block;
    margin-block-start: 0.25em;
    padding: 0 0.5em;
    border: 2px solid var(--_fc-highlight);
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 700;
  }
  tr.highlighted > * {
    background: var(--_fc-highlight-background);
    border-block: 0.2em solid var(--_fc-highlight);
  }
  tr.highlighted > .form {
    border-inline-start: 0.5em solid var(--_fc-highlight);
  }
  .cell-label {
    display: none;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_text-muted);
  }
  .pct,
  .num {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .bar {
    max-inline-size: 8em;
    margin-block: 0.25em;
  }
  .verdict,
  .effect {
    display: block;
  }
  .verdict {
    font-weight: 600;
  }
  .none {
    color: var(--_text-muted);
  }
  .studied ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375em;
  }
  .cites ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.1em;
    font-size: 0.8125em;
  }
  .cites .group {
    margin-block-start: 0.375em;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .remove {
    inline-size: 2.25em;
    block-size: 2.25em;
    padding: 0;
    font-weight: 700;
  }
  .gut-note {
    display: grid;
    gap: 0.25em;
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .add label {
    font-weight: 600;
  }
  .add select {
    flex: 1 1 12em;
    max-inline-size: 22em;
    color: var(--_text);
  }

  /* Calculator, guide and safety -------------------------------------------------------------------------------- */
  .panel {
    display: grid;
    gap: 0.625em;
    padding: 0.75em var(--_space);
    border: 1px solid var(--_fc-border);
    border-radius: var(--_radius);
    background: var(--_fc-panel);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.75em 1em;
  }
  .field {
    display: grid;
    gap: 0.25em;
    flex: 1 1 12em;
    min-inline-size: min(100%, 12em);
  }
  .field.wide {
    flex: 2 1 14em;
  }
  .field.narrow {
    flex: 0 1 8em;
    min-inline-size: min(100%, 8em);
  }
  .field label,
  .basis legend {
    font-weight: 600;
  }
  .field select,
  .field input {
    inline-size: 100%;
    color: var(--_text);
  }
  .basis {
    display: grid;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .basis legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: max(24px, 1.25em);
    block-size: max(24px, 1.25em);
    margin: 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .results {
    display: grid;
    gap: 0.5em;
  }
  .results dl {
    display: grid;
    gap: 0.5em;
    margin: 0;
  }
  .results dt {
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .results dd {
    margin: 0;
  }
  .big {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .warning {
    padding: 0.5em 0.75em;
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_danger-soft);
    font-weight: 600;
  }
  .guide summary {
    font-weight: 700;
  }
  .guide ol,
  .safety ul {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .guide ol {
    margin-block-start: 0.5em;
  }
  .cite {
    display: block;
  }

  /* Printed: the table, the notes and the panels to read, not the controls (after the rules above, so they win). */
  @media print {
    .add,
    .calc {
      display: none;
    }
  }
`;
