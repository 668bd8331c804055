import { css, unsafeCSS } from 'lit';
import { EVIDENCE_LEVELS } from '../../data/enums.js';

/**
 * Default level colors (border, icon and tint of the pill), light and dark. Each passes 3:1 against the tinted pill
 * and the surface (non-text contrast); the words on the pill use the text color, so they pass 4.5:1 whatever the
 * level color. The word is always there: color and icon never carry the level alone.
 */
const LEVEL_COLORS = {
  high: ['#0b6a4b', '#5fd3a5'],
  moderate: ['#1d6484', '#7cc9e6'],
  low: ['#8a5300', '#ffc266'],
  'very-low': ['#a3142a', '#ff9aa8'],
  mechanistic: ['#6b3fa0', '#c9a7f5'],
  'not-rated': ['#4a5752', '#b3c0bb'],
} as const;

const levelTokens = (dark: boolean) =>
  unsafeCSS(
    EVIDENCE_LEVELS.map(
      (level) =>
        `--_c-${level}: var(--mg-evidence-badge-${level}-color${dark ? '-dark' : ''}, ${LEVEL_COLORS[level][dark ? 1 : 0]});`,
    ).join('\n'),
  );

const levelPicks = unsafeCSS(
  EVIDENCE_LEVELS.map((level) => `.level-${level} { --_level: var(--_c-${level}); }`).join('\n'),
);

/**
 * Styles of `<mg-evidence-badge>` (comments live here, outside the CSS text, so they do not ship):
 * - The host is inline and takes the sentence's line height, never its own; the card variant is a block.
 * - The pill is a button in a line of text. Its box is at least 24 x 24 px, and its negative block margins keep its
 *   margin box shorter than the line, so the line box of the sentence keeps its height.
 * - The details of the inline variant are a toggletip in the top layer (popover), positioned from the pill by
 *   script through the CSSOM (`left`, `top`, `--_avail-*`), or the same fixed box above the page where popover is
 *   not supported. The card shows the same details in the flow of the article. The toggletip's own styles load
 *   with the details module (`evidence-badge.details.styles.ts`); before, it only shows when that module failed
 *   to load, as a centered box (the browser's popover box, or `.fallback`) that says so.
 * - Placeholders show while the details load. Their block sizes estimate the text they stand for: average lengths
 *   in characters of the dataset's texts, divided by the characters per line (`--_cpl`, measured by script from
 *   the width of the details before the first paint), in lines of 1.45em.
 */
export const evidenceBadgeStyles = css`
  :host {
    display: inline;
  }
  :host([variant='card']) {
    display: block;
  }
  .root.variant-inline {
    line-height: inherit;
  }
  .root {
    ${levelTokens(false)}
    --_level: var(--_c-not-rated);
  }
  .root.theme-dark {
    ${levelTokens(true)}
  }
  @media (prefers-color-scheme: dark) {
    .root.theme-auto {
      ${levelTokens(true)}
    }
  }
  ${levelPicks}

  .pill {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 24px;
    min-inline-size: 24px;
    margin-block: -0.75em;
    margin-inline: 0.15em;
    padding: 0.25em 0.6em;
    font: inherit;
    font-size: var(--mg-evidence-badge-font-size, 0.8125em);
    font-weight: 600;
    line-height: 1.25;
    white-space: nowrap;
    color: var(--mg-evidence-badge-text-color, var(--_text));
    background: var(--_surface-alt);
    background: color-mix(in srgb, var(--_level) 13%, var(--mg-evidence-badge-background, var(--_surface)));
    border: 1px solid var(--_level);
    border-radius: var(--mg-evidence-badge-radius, 999px);
  }
  button.pill {
    cursor: pointer;
  }
  button.pill:hover {
    background: color-mix(in srgb, var(--_level) 24%, var(--mg-evidence-badge-background, var(--_surface)));
  }
  .card .pill {
    margin: 0;
  }
  .icon {
    flex: none;
    inline-size: 2.4em;
    block-size: 0.75em;
    color: var(--_level);
    overflow: visible;
  }
  .icon.single {
    inline-size: 1em;
    block-size: 1em;
  }
  .count,
  .sep {
    font-weight: 400;
  }
  .caret {
    flex: none;
    inline-size: 0.75em;
    block-size: 0.75em;
    transition: transform 0.15s;
  }
  button[aria-expanded='true'] .caret {
    transform: rotate(180deg);
  }

  .fallback {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    margin: auto;
    inline-size: fit-content;
    block-size: fit-content;
    background: var(--_surface);
    border: 1px solid;
  }

  .card {
    padding: 0.75em var(--_space);
    color: var(--_text);
    background: var(--mg-evidence-badge-card-background, var(--_surface));
    border: 1px solid var(--_border-subtle);
    border-inline-start: 0.3em solid var(--_level);
    border-radius: var(--_radius);
  }
  .body {
    font-size: 0.9375em;
    line-height: 1.45;
  }
  .card .body {
    margin-block-start: 0.5em;
  }
  .body > * {
    margin-block: 0 0.5em;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .label {
    font-weight: 600;
  }
  .retry {
    font: inherit;
    min-block-size: 24px;
    padding: 0.2em 0.75em;
    margin-inline-start: 0.5em;
    color: var(--_accent-text);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
  }
  .sources ::slotted(*) {
    display: block;
  }

  .skeleton {
    display: block;
    min-block-size: calc(var(--_lines, 1) * 1.45em);
    background: repeating-linear-gradient(to bottom, var(--_border-subtle) 0 0.8em, transparent 0.8em 1.45em);
    border-radius: 0.25em;
    opacity: 0.6;
  }
  .skeleton.claim {
    --_lines: calc(250 / var(--_cpl, 60) + 1.3);
  }
  .skeleton.facts {
    --_lines: calc(330 / var(--_cpl, 60) + 1.3);
  }
  .skeleton.keys {
    --_lines: calc(80 / var(--_cpl, 60) + 0.8 + var(--_keys, 3) * (210 / var(--_cpl, 60) + 2.1));
  }
  .skeleton.limits {
    --_lines: calc(100 / var(--_cpl, 60) + 2.2);
  }
  .skeleton.meaning {
    --_lines: calc(130 / var(--_cpl, 60) + 0.5);
  }
  .skeleton.foot {
    --_lines: calc(150 / var(--_cpl, 60) + 1.9);
  }
  .skeleton.rated {
    --_lines: calc(200 / var(--_cpl, 60) + 2.75);
  }

  @media (forced-colors: active) {
    .pill,
    .card {
      border-color: CanvasText;
      forced-color-adjust: auto;
    }
    button.pill {
      border-color: ButtonText;
    }
    .icon {
      color: currentColor;
    }
    .skeleton {
      background: none;
      border: 1px dashed CanvasText;
    }
  }
  @media print {
    .caret {
      display: none !important;
    }
  }
`;
