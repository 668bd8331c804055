import { css } from 'lit';

export const disclaimerBannerStyles = css`
  .banner {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    font-size: var(--mg-disclaimer-banner-font-size, 0.9375em);
  }
  p {
    margin: 0;
  }
  ::slotted(*) {
    margin-block: 0;
  }
  .group,
  .crisis {
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    color: var(--mg-disclaimer-banner-color, var(--_text));
  }
  .group {
    border: 1px solid var(--mg-disclaimer-banner-border-color, var(--_border-subtle));
    background: var(--mg-disclaimer-banner-background, var(--_surface-alt));
  }
  .group.dismissed {
    display: none;
  }
  .row {
    display: flex;
    align-items: flex-start;
    gap: 0.5em 0.75em;
  }
  .notices {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .compact .row {
    flex-wrap: wrap;
    align-items: center;
  }
  .summary {
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .details {
    margin-block-start: 0.75em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--mg-disclaimer-banner-border-color, var(--_border-subtle));
  }
  button {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-inline-size: max(24px, 2em);
    min-block-size: max(24px, 2em);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.6);
    background: transparent;
  }
  button:hover {
    border-color: var(--_border);
  }
  .toggle {
    padding: 0.2em 0.6em;
    border-color: var(--_border);
    background: var(--_surface);
  }
  .dismiss {
    padding: 0;
    margin-block: -0.25em;
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .crisis {
    border: 1px solid var(--mg-disclaimer-banner-crisis-accent, var(--_accent));
    border-inline-start-width: 0.3em;
    background: var(--mg-disclaimer-banner-crisis-background, var(--_accent-soft));
  }
  .crisis strong {
    font-weight: 700;
  }
  .crisis a {
    font-weight: 600;
  }
  :host(:focus-visible) {
    outline: 0.15em solid var(--mg-color-focus, #1a56c4);
    outline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .group,
    .crisis,
    .toggle {
      border-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    .group.dismissed,
    .details[hidden] {
      display: block !important;
    }
    button {
      display: none !important;
    }
    .group,
    .crisis {
      break-inside: avoid;
      background: none;
      border-color: #000;
    }
  }
`;
