import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { BADGE_VARIANTS } from '../src/components/evidence-badge/evidence-badge.js';
import { EVIDENCE_LEVELS, THEMES } from '../src/data/enums.js';
import { CLAIM_IDS, CLAIM_INDEX } from '../src/data/generated/ids.js';

interface Args {
  claim?: string;
  level?: string;
  variant?: string;
  open?: boolean;
  theme?: string;
  lang?: string;
  /** The sentence the inline badge follows (not an attribute). */
  sentence?: string;
  /** Publisher content for `level` without `claim` (not an attribute). */
  publisher?: boolean;
}

const publisherContent = html`<span
    >Two small trials by the same group found fewer hot flashes; neither was blinded.</span
  ><a slot="source" href="https://example.org/trial-2021">Example et al. 2021, a pilot trial</a
  ><cite slot="source">Example Review of Supplements, 2nd ed.</cite>`;

function badge(args: Args) {
  return html`<mg-evidence-badge
    claim=${ifDefined(args.claim || undefined)}
    level=${ifDefined(args.level || undefined)}
    variant=${ifDefined(args.variant || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ?open=${args.open ?? false}
    >${args.publisher ? publisherContent : nothing}</mg-evidence-badge
  >`;
}

const meta: Meta<Args> = {
  title: 'Widgets/Evidence badge',
  component: 'mg-evidence-badge',
  argTypes: {
    claim: { control: 'select', options: ['', ...CLAIM_IDS, 'depresion-treatment'] },
    level: { control: 'select', options: ['', ...EVIDENCE_LEVELS] },
    variant: { control: 'inline-radio', options: ['', ...BADGE_VARIANTS] },
    open: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['', ...THEMES] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    sentence: { control: 'text' },
    publisher: { control: 'boolean' },
  },
  args: { sentence: 'Magnesium may ease mild depression' },
  render: (args) =>
    args.variant === 'card'
      ? html`<div style="max-width: 40em">${badge(args)}</div>`
      : html`<p style="max-width: 40em">${args.sentence} ${badge(args)}, according to a handful of small trials.</p>`,
};
export default meta;

type Story = StoryObj<Args>;

/** In a sentence: the pill shows the level in words and the number of studies; click it (or Enter) for details. */
export const Default: Story = { args: { claim: 'depression-treatment' } };

/** `high`: no claim of the dataset has it, so this is a publisher claim (`level` plus slotted content). */
export const High: Story = {
  args: { level: 'high', publisher: true, sentence: 'Magnesium deficiency can cause muscle cramps' },
};

/** `moderate`: magnesium oxide is poorly absorbed compared with other forms. */
export const Moderate: Story = {
  args: { claim: 'oxide-low-bioavailability', sentence: 'Magnesium oxide is absorbed less well than citrate' },
};

/** `low`: small, short or inconsistent human studies. */
export const Low: Story = {
  args: { claim: 'sleep-insomnia', sentence: 'Magnesium may help older adults fall asleep' },
};

/** `very-low`: tiny, uncontrolled or conflicting studies. */
export const VeryLow: Story = { args: { claim: 'anxiety', sentence: 'Magnesium is said to calm anxiety' } };

/** `mechanistic`: cell and animal findings, no human trials of the claim. */
export const Mechanistic: Story = {
  args: { claim: 'nmda-antagonist', sentence: 'Magnesium blocks NMDA receptors, which may lift mood' },
};

/** `not-rated`: safety and regulatory reference information (the count is of sources, not studies). */
export const NotRated: Story = {
  args: { claim: 'safety-upper-intake-level', sentence: 'Supplements above 350 mg a day can cause diarrhea' },
};

/** Every claim of the dataset, each in its own sentence. */
export const EveryClaim: Story = {
  render: (args) =>
    html`<ul style="max-width: 44em; line-height: 2">
      ${CLAIM_IDS.map(
        (id) => html`<li><code>${id}</code> (${CLAIM_INDEX[id].level}): ${badge({ ...args, claim: id })}</li>`,
      )}
    </ul>`,
};

/** The details open (`open` set by the page: no `mg-badge-toggle` is fired). */
export const Open: Story = { args: { claim: 'deficiency-correlates-depression', open: true } };

/** The card: a block with the whole explanation visible, for a sidebar or after a paragraph. */
export const Card: Story = { args: { claim: 'depression-treatment', variant: 'card' } };

/** Every level as a card. */
export const CardEveryLevel: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1em; max-width: 40em">
      ${EVIDENCE_LEVELS.map((level) => {
        const claim = CLAIM_IDS.find((id) => CLAIM_INDEX[id].level === level);
        return badge(
          claim ? { ...args, claim, variant: 'card' } : { ...args, level, variant: 'card', publisher: true },
        );
      })}
    </div>`,
};

/** A publisher's own claim: `level` plus a slotted summary and `slot="source"` links; the details say who rated it. */
export const PublisherClaim: Story = {
  args: { level: 'low', publisher: true, sentence: 'Magnesium may ease hot flashes' },
};

/** An unknown claim id: a neutral "Evidence rating unavailable" badge and one console warning with a did-you-mean. */
export const UnknownClaim: Story = { args: { claim: 'depresion-treatment' } };

/** Spanish, from `lang`: level words, counts and the dataset's translated claim and summary; study titles stay English. */
export const Spanish: Story = {
  args: { claim: 'depression-treatment', lang: 'es', sentence: 'El magnesio podría aliviar la depresión leve' },
};

/** Dark theme, forced by `theme`, on a dark page. */
export const Dark: Story = {
  args: { claim: 'sleep-insomnia', theme: 'dark' },
  render: (args) =>
    html`<div style="background: #161b19; color: #e8eeeb; padding: 1em; max-width: 40em">
      <p>${args.sentence} ${badge(args)}, according to a handful of small trials.</p>
      ${badge({ ...args, variant: 'card' })}
    </div>`,
};

/** In a table cell with `overflow: hidden`: the details open in the top layer, so they are not clipped. */
export const InTableCell: Story = {
  render: (args) =>
    html`<table style="border-collapse: collapse">
      <tr>
        <th style="text-align: start; padding: 0.5em">Claim</th>
        <th style="text-align: start; padding: 0.5em">Evidence</th>
      </tr>
      ${['glycinate-vs-oxide-absorption', 'oxide-low-bioavailability'].map(
        (id) =>
          html`<tr>
            <td style="padding: 0.5em"><code>${id}</code></td>
            <td style="padding: 0.5em; overflow: hidden; max-width: 12em">${badge({ ...args, claim: id })}</td>
          </tr>`,
      )}
    </table>`,
};
