import { css } from 'lit';

export const readerProfileStyles = css`
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
