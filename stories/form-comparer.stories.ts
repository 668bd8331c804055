import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FORM_COMPARER_LAYOUTS, type MgFormComparer } from '../src/components/form-comparer/form-comparer.js';
import { LIFE_STAGE_IDS, REGIONS, THEMES } from '../src/data/enums.js';
import { SUPPLEMENT_FORM_IDS } from '../src/data/generated/ids.js';

interface Args {
  forms?: string;
  highlight?: string;
  dose?: string;
  region?: string;
  'life-stage'?: string;
  layout?: string;
  theme?: string;
  lang?: string;
  /** Not an attribute: the width of the story's container, to show the cards layout. */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Form comparer',
  component: 'mg-form-comparer',
  argTypes: {
    forms: { control: 'text', description: `Space-separated: ${SUPPLEMENT_FORM_IDS.join(', ')}` },
    highlight: { control: 'select', options: ['', ...SUPPLEMENT_FORM_IDS] },
    dose: { control: 'text' },
    region: { control: 'inline-radio', options: ['', ...REGIONS] },
    'life-stage': { control: 'select', options: ['', ...LIFE_STAGE_IDS] },
    layout: { control: 'inline-radio', options: ['', ...FORM_COMPARER_LAYOUTS] },
    theme: { control: 'inline-radio', options: ['', ...THEMES] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    width: { control: 'text' },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
      <mg-form-comparer
        forms=${ifDefined(args.forms || undefined)}
        highlight=${ifDefined(args.highlight || undefined)}
        dose=${ifDefined(args.dose || undefined)}
        region=${ifDefined(args.region || undefined)}
        life-stage=${ifDefined(args['life-stage'] || undefined)}
        layout=${ifDefined(args.layout || undefined)}
        theme=${ifDefined(args.theme || undefined)}
        lang=${ifDefined(args.lang || undefined)}
      ></mg-form-comparer>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The comparer of the story, once its forms have loaded. */
async function comparer(canvas: HTMLElement): Promise<MgFormComparer> {
  const el = canvas.querySelector<MgFormComparer>('mg-form-comparer')!;
  await el.updateComplete;
  return el;
}

/** Fills in the label calculator as a reader would. */
async function fill(
  canvas: HTMLElement,
  values: { form?: string; amount: string; servings?: string; basis?: 'compound' | 'elemental' },
): Promise<void> {
  const el = await comparer(canvas);
  const root = el.shadowRoot!;
  if (values.form) {
    const select = root.querySelector<HTMLSelectElement>('#calc-form')!;
    select.value = values.form;
    select.dispatchEvent(new Event('change'));
  }
  if (values.basis) root.querySelector<HTMLInputElement>(`input[name="calc-basis"][value="${values.basis}"]`)!.click();
  for (const [id, value] of [
    ['calc-servings', values.servings ?? '1'],
    ['calc-amount', values.amount],
  ] as const) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
}

/** Opens every disclosure of the comparer (sources, guide). */
async function openAll(canvas: HTMLElement, selector = 'details'): Promise<void> {
  const el = await comparer(canvas);
  for (const details of el.shadowRoot!.querySelectorAll<HTMLDetailsElement>(selector)) details.open = true;
}

/** The default forms (oxide, citrate, glycinate, chloride, malate, L-threonate) for 200 mg of magnesium. */
export const Default: Story = { args: {} };

/** `forms`: the forms to compare, in this order. */
export const Forms: Story = { args: { forms: 'citrate glycinate taurate' } };

/** Every form of the dataset. */
export const AllForms: Story = { args: { forms: SUPPLEMENT_FORM_IDS.join(' ') } };

/** `highlight`: the form an article recommends, marked with a tag and a thicker border (not color alone). */
export const Highlight: Story = { args: { highlight: 'glycinate' } };

/** A `highlight` form that `forms` leaves out is added to the table. */
export const HighlightAdded: Story = { args: { forms: 'oxide citrate', highlight: 'taurate' } };

/** `dose`: the compound needed for 100 mg of magnesium. */
export const Dose: Story = { args: { dose: '100' } };

/** `region="eu"`: the calculator uses the EU upper limit (250 mg). */
export const RegionEu: Story = {
  args: { region: 'eu' },
  play: async ({ canvasElement }) => fill(canvasElement, { amount: '200', basis: 'elemental' }),
};

/** `life-stage`: the calculator compares with a child's RDA and upper limit (110 mg in the US for 4–8 years). */
export const LifeStage: Story = {
  args: { 'life-stage': 'child-4-8' },
  play: async ({ canvasElement }) => fill(canvasElement, { amount: '500', basis: 'compound', form: 'citrate' }),
};

/** `layout="table"` in a narrow container: the table scrolls sideways and the form column stays in view. */
export const TableInNarrowContainer: Story = { args: { layout: 'table', width: '420px', highlight: 'glycinate' } };

/** `layout="cards"` in a wide container. */
export const Cards: Story = { args: { layout: 'cards', highlight: 'glycinate' } };

/** `layout="auto"` (the default) in a container narrower than 560 px: cards. */
export const Narrow: Story = { args: { width: '360px', highlight: 'citrate' } };

/** Spanish with `lang="es"`: texts, names, numbers and the safety panel. */
export const Spanish: Story = {
  args: { lang: 'es', highlight: 'glycinate', 'life-stage': 'female-19-30' },
  play: async ({ canvasElement }) => fill(canvasElement, { amount: '1.000', basis: 'compound' }),
};

/** The calculator with a compound amount: two capsules of 500 mg magnesium glycinate. */
export const CalculatorCompound: Story = {
  args: { 'life-stage': 'female-31-50' },
  play: async ({ canvasElement }) =>
    fill(canvasElement, { form: 'glycinate', amount: '500', servings: '2', basis: 'compound' }),
};

/** The calculator above the upper limit: the warning (an alert when it appears) and the reminder about food. */
export const CalculatorOverLimit: Story = {
  args: { highlight: 'oxide' },
  play: async ({ canvasElement }) => fill(canvasElement, { form: 'oxide', amount: '800', basis: 'compound' }),
};

/** No upper limit is set for this age in the EU table. */
export const CalculatorNoLimit: Story = {
  args: { region: 'eu', 'life-stage': 'child-1-3' },
  play: async ({ canvasElement }) => fill(canvasElement, { amount: '50', basis: 'elemental' }),
};

/** An amount that is not a number: the message and the marked field. */
export const CalculatorInvalid: Story = {
  args: {},
  play: async ({ canvasElement }) => fill(canvasElement, { amount: 'five hundred', servings: '0' }),
};

/** The sources of each form and the label guide, opened. */
export const SourcesAndGuideOpen: Story = {
  args: { forms: 'oxide glycinate' },
  play: async ({ canvasElement }) => openAll(canvasElement),
};

/** One form left: it cannot be removed, and the add control offers the others. */
export const OneForm: Story = { args: { forms: 'chloride' } };

/** Dark theme, forced by `theme`, over the limit. */
export const Dark: Story = {
  args: { theme: 'dark', highlight: 'glycinate' },
  play: async ({ canvasElement }) => fill(canvasElement, { amount: '400', basis: 'elemental' }),
};

/** Light theme, forced by `theme` (ignores the reader's system setting). */
export const Light: Story = { args: { theme: 'light' } };

/** Theming with the element's custom properties and parts. */
export const CustomTheme: Story = {
  args: { highlight: 'citrate' },
  render: (args, context) =>
    html`<style>
        .branded mg-form-comparer {
          --mg-form-comparer-background: #fffaf2;
          --mg-form-comparer-border-color: #e3c9a0;
          --mg-form-comparer-bar-color: #b4541a;
          --mg-form-comparer-highlight-color: #8a3c0f;
          --mg-form-comparer-highlight-background: #fbefdc;
          --mg-form-comparer-panel-background: #fbefdc;
        }
        .branded mg-form-comparer::part(table) {
          font-size: 0.95em;
        }
      </style>
      <div class="branded">${meta.render!(args, context)}</div>`,
};

/** A publisher's static table as light-DOM fallback: shown until the element upgrades, then hidden (kept in the DOM). */
export const WithFallbackContent: Story = {
  args: {},
  render: () =>
    html`<mg-form-comparer forms="oxide citrate glycinate">
      <table>
        <caption>
          Magnesium by weight of common supplement forms
        </caption>
        <tr>
          <th>Magnesium oxide</th>
          <td>60%</td>
        </tr>
        <tr>
          <th>Magnesium citrate</th>
          <td>16%</td>
        </tr>
        <tr>
          <th>Magnesium glycinate</th>
          <td>14%</td>
        </tr>
      </table>
    </mg-form-comparer>`,
};

/** Every attribute mistyped: each logs one warning with a did-you-mean, and the comparer uses its defaults. */
export const InvalidAttributes: Story = {
  args: {
    forms: 'oxide glycinat zinc',
    highlight: 'glycine',
    dose: '-5',
    region: 'uk',
    layout: 'grid',
    'life-stage': 'female-31-40',
  },
};
