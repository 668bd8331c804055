import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LIFE_STAGE_IDS, REGIONS, THEMES, UNITS } from '../src/data/enums.js';

interface Args {
  'life-stage'?: string;
  lang?: string;
  units?: string;
  region?: string;
  theme?: string;
  controls?: string | null;
}

const meta: Meta<Args> = {
  title: 'Widgets/Reader profile',
  component: 'mg-reader-profile',
  argTypes: {
    'life-stage': { control: 'select', options: ['', ...LIFE_STAGE_IDS] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    units: { control: 'inline-radio', options: [...UNITS] },
    region: { control: 'inline-radio', options: [...REGIONS] },
    theme: { control: 'inline-radio', options: ['', ...THEMES] },
    controls: { control: 'text' },
  },
  render: (args) => html`<mg-reader-profile
    life-stage=${ifDefined(args['life-stage'] || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    units=${ifDefined(args.units || undefined)}
    region=${ifDefined(args.region || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    controls=${args.controls == null ? nothing : args.controls}
  >
    <p>Widgets placed here read this profile: life stage, language, units and region.</p>
  </mg-reader-profile>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Invisible by default: it only provides the profile to the widgets inside. */
export const Default: Story = { args: {} };

/** `controls` shows every picker: the reader personalizes the numbers of every widget on the page. */
export const WithControls: Story = { args: { controls: '' } };

/** A subset of pickers, in the order given by the product. */
export const SomeControls: Story = { args: { controls: 'life-stage units' } };

/** A preset profile: a pregnant reader aged 19–30 in the EU, metric units. */
export const Preset: Story = {
  args: { controls: '', 'life-stage': 'pregnant-19-30', units: 'metric', region: 'eu' },
};

/** Spanish, chosen by `lang`. */
export const Spanish: Story = { args: { controls: '', lang: 'es' } };

/** Dark theme, forced by `theme`. */
export const Dark: Story = { args: { controls: '', theme: 'dark' } };

/** Light theme, forced by `theme` (ignores the reader's system setting). */
export const Light: Story = { args: { controls: '', theme: 'light' } };

/** Every attribute mistyped: each logs one warning with a did-you-mean, and the defaults are used. */
export const InvalidAttributes: Story = {
  args: { controls: 'life-stages', 'life-stage': 'female-31-40', units: 'imperial', region: 'uk', theme: 'blue' },
};
