import { css } from 'lit';

export const readerProfileStyles = css`
  /* Waiting for its first render, it shows the article it wraps. With its controls, the first render puts them
     above the article, and the article's top margin no longer reaches out of the element: keep it inside from the
     start, so that the element does not move when the controls come (a layout shift, however small). */
  :host([controls]:state(pending)) {
    display: flow-root;
  }
  .controls {
    margin: 0 0 var(--_space);
    padding: 0.75em var(--_space) var(--_space);
    border: 1px solid var(--mg-reader-profile-border-color, var(--_border-subtle));
    border-radius: var(--_radius);
    background: var(--mg-reader-profile-background, var(--_surface-alt));
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: end;
    min-inline-size: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-inline-size: 0;
    font-size: 0.9375em;
  }
  select {
    inline-size: 100%;
    max-inline-size: 100%;
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .controls,
    select {
      border-color: CanvasText;
    }
  }
`;
