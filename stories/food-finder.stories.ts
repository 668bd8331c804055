import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MgFoodFinder } from '../src/components/food-finder/food-finder.js';
import { DIETS, FOOD_CATEGORIES, FOOD_DATASETS, FOOD_SORTS, LIFE_STAGE_IDS, THEMES, UNITS } from '../src/data/enums.js';

interface Args {
  query?: string;
  categories?: string;
  diet?: string;
  sort?: string;
  limit?: string;
  dataset?: string;
  'life-stage'?: string;
  units?: string;
  static?: boolean;
  theme?: string;
  lang?: string;
  /** Not an attribute: the `everydayOnly` property (the reader's switch with `dataset="full"`). */
  everydayOnly?: boolean;
  /** Not an attribute: the width of the story's container, to show the narrow (cards) layout. */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Food finder',
  component: 'mg-food-finder',
  argTypes: {
    query: { control: 'text' },
    categories: { control: 'text', description: `Space-separated: ${FOOD_CATEGORIES.join(', ')}` },
    diet: { control: 'select', options: ['', ...DIETS] },
    sort: { control: 'inline-radio', options: ['', ...FOOD_SORTS] },
    limit: { control: 'text' },
    dataset: { control: 'inline-radio', options: ['', ...FOOD_DATASETS] },
    'life-stage': { control: 'select', options: ['', ...LIFE_STAGE_IDS] },
    units: { control: 'inline-radio', options: ['', ...UNITS] },
    static: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['', ...THEMES] },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    everydayOnly: { control: 'boolean' },
    width: { control: 'text' },
  },
  args: { everydayOnly: true },
  render: (args) =>
    html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
      <mg-food-finder
        query=${ifDefined(args.query || undefined)}
        categories=${ifDefined(args.categories || undefined)}
        diet=${ifDefined(args.diet || undefined)}
        sort=${ifDefined(args.sort || undefined)}
        limit=${ifDefined(args.limit || undefined)}
        dataset=${ifDefined(args.dataset || undefined)}
        life-stage=${ifDefined(args['life-stage'] || undefined)}
        units=${ifDefined(args.units || undefined)}
        theme=${ifDefined(args.theme || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        ?static=${args.static}
        .everydayOnly=${args.everydayOnly ?? true}
      ></mg-food-finder>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Clicks buttons of the finder in the story (a reader's actions, for states that need them). */
async function press(canvas: HTMLElement, selector: string, count = 1): Promise<void> {
  const finder = canvas.querySelector<MgFoodFinder>('mg-food-finder')!;
  await finder.updateComplete;
  for (const button of [...finder.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)].slice(0, count))
    button.click();
  await finder.updateComplete;
}

/** The everyday foods ranked by magnesium per serving, with search, filters, the life-stage picker and "My day". */
export const Default: Story = { args: {} };

/** `query`: the search as the reader types it. English or Spanish, accents and plurals forgiven. */
export const Search: Story = { args: { query: 'almonds' } };

/** A Spanish search in a Spanish page: names, servings, numbers and messages follow `lang`. */
export const Spanish: Story = { args: { lang: 'es', query: 'frijoles', 'life-stage': 'female-19-30' } };

/** `categories`: food-group toggles pressed from the start. */
export const Categories: Story = { args: { categories: 'nuts-seeds legumes' } };

/** `diet`: only foods that suit a vegan diet. */
export const Diet: Story = { args: { diet: 'vegan' } };

/** `sort="100g"`: ranked per 100 g, with that column shown (why spices top most lists). */
export const Per100g: Story = { args: { sort: '100g' } };

/** `sort="100kcal"`: ranked per 100 kcal, for readers watching energy. */
export const Per100kcal: Story = { args: { sort: '100kcal' } };

/** `limit`: rows shown before "Show more". */
export const Limit: Story = { args: { limit: '5' } };

/** `units="metric"`: metric servings (grams, millilitres for drinks), and milligrams for those servings. */
export const Metric: Story = { args: { units: 'metric' } };

/** `life-stage`: % of need against that life stage's RDA/AI instead of the Daily Value. */
export const LifeStage: Story = { args: { 'life-stage': 'pregnant-19-30' } };

/** `dataset="full"`: the "everyday foods only" switch, on; turning it off loads all 8,050 USDA foods. */
export const FullDataset: Story = { args: { dataset: 'full' } };

/** `dataset="full"` with the switch off (`everydayOnly = false`): every USDA food, loaded on demand. */
export const FullDatasetAllFoods: Story = { args: { dataset: 'full', everydayOnly: false, query: 'almonds' } };

/** `static`: a ranked list for an article, without controls: the top 10 vegan sources. */
export const Static: Story = { args: { static: true, diet: 'vegan', limit: '10' } };

/** A static list of two food groups, per 100 kcal, in Spanish. */
export const StaticSpanish: Story = {
  args: { static: true, lang: 'es', categories: 'legumes nuts-seeds', sort: '100kcal', limit: '5' },
};

/** No match: the empty state suggests what to change. */
export const Empty: Story = { args: { query: 'xyzzy', diet: 'vegan', categories: 'fish-seafood' } };

/** "My day" with servings added (the story presses three "Add" buttons). */
export const PlateWithItems: Story = {
  args: { 'life-stage': 'female-31-50' },
  play: async ({ canvasElement }) => press(canvasElement, 'tbody button.add', 3),
};

/** A food's details, opened with its name button (which fires `mg-food-select`). */
export const Details: Story = {
  args: {},
  play: async ({ canvasElement }) => press(canvasElement, 'tbody button.name'),
};

/** A narrow container (360 px): rows become cards and the filters fold behind a button. */
export const Narrow: Story = { args: { width: '360px' } };

/** A narrow container with the filters open and a plate. */
export const NarrowWithPlate: Story = {
  args: { width: '360px', lang: 'es' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, '.filters-toggle');
    await press(canvasElement, 'tbody button.add', 2);
  },
};

/** Dark theme, forced by `theme`. */
export const Dark: Story = { args: { theme: 'dark', 'life-stage': 'male-31-50' } };

/** Light theme, forced by `theme` (ignores the reader's system setting). */
export const Light: Story = { args: { theme: 'light' } };

/** Theming with the element's custom properties and parts. */
export const CustomTheme: Story = {
  args: {},
  render: (args, context) =>
    html`<style>
        .branded mg-food-finder {
          --mg-food-finder-background: #fffaf2;
          --mg-food-finder-border-color: #e3c9a0;
          --mg-food-finder-bar-color: #b4541a;
          --mg-food-finder-chip-color: #8a3c0f;
          --mg-food-finder-plate-background: #fbefdc;
        }
        .branded mg-food-finder::part(table) {
          font-size: 0.95em;
        }
      </style>
      <div class="branded">${meta.render!(args, context)}</div>`,
};

/** A publisher's static table as light-DOM fallback: shown until the element upgrades, then hidden (kept in the DOM). */
export const WithFallbackContent: Story = {
  args: { static: true, diet: 'vegan', limit: '3' },
  render: (args) =>
    html`<mg-food-finder static diet=${ifDefined(args.diet)} limit=${ifDefined(args.limit)}>
      <table>
        <caption>
          Top vegan foods for magnesium, per serving
        </caption>
        <tr>
          <th>Hemp seeds, hulled (3 tbsp)</th>
          <td>210 mg</td>
        </tr>
        <tr>
          <th>Pumpkin seeds, roasted (1 oz)</th>
          <td>156 mg</td>
        </tr>
        <tr>
          <th>Swiss chard, cooked (1 cup)</th>
          <td>151 mg</td>
        </tr>
      </table>
    </mg-food-finder>`,
};

/** Every attribute mistyped: each logs one warning with a did-you-mean, and the finder uses its defaults. */
export const InvalidAttributes: Story = {
  args: {
    categories: 'nuts fruit',
    diet: 'vegann',
    sort: 'popularity',
    limit: '1000',
    dataset: 'fulll',
    units: 'imperial',
    'life-stage': 'female-31-40',
  },
};
