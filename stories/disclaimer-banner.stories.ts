import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DISCLAIMER_REMEMBER,
  DISCLAIMER_VARIANTS,
  type MgDisclaimerBanner,
} from '../src/components/disclaimer-banner/disclaimer-banner.js';
import { THEMES } from '../src/data/enums.js';

interface Args {
  kind?: string;
  publisher?: string;
  'policy-href'?: string;
  dismissible?: boolean;
  remember?: string;
  variant?: string;
  'detect-affiliate'?: boolean;
  landmark?: boolean;
  label?: string;
  open?: boolean;
  lang?: string;
  theme?: string;
}

const banner = (args: Args, content: TemplateResult | typeof nothing = nothing) =>
  html`<mg-disclaimer-banner
    kind=${ifDefined(args.kind || undefined)}
    publisher=${ifDefined(args.publisher || undefined)}
    policy-href=${ifDefined(args['policy-href'] || undefined)}
    ?dismissible=${args.dismissible}
    remember=${ifDefined(args.remember || undefined)}
    variant=${ifDefined(args.variant || undefined)}
    ?detect-affiliate=${args['detect-affiliate']}
    ?landmark=${args.landmark}
    label=${ifDefined(args.label || undefined)}
    ?open=${args.open}
    lang=${ifDefined(args.lang || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    >${content}</mg-disclaimer-banner
  >`;

/** A stand-in for the end of an article, so the banner is seen where a publisher puts it. */
const article = (links: TemplateResult | typeof nothing = nothing) =>
  html`<p>
    ...and that is what the trials show so far. Talk it over with someone you trust before you change anything. ${links}
  </p>`;

/** Shows the banner again after a dismissal (the dismissal is remembered, so a reload would keep it hidden). */
function reset(event: Event): void {
  const root = (event.target as HTMLElement).closest('.story');
  root?.querySelector<MgDisclaimerBanner>('mg-disclaimer-banner')?.reset();
}

const meta: Meta<Args> = {
  title: 'Widgets/Disclaimer banner',
  component: 'mg-disclaimer-banner',
  argTypes: {
    kind: { control: 'text' },
    publisher: { control: 'text' },
    'policy-href': { control: 'text' },
    dismissible: { control: 'boolean' },
    remember: { control: 'inline-radio', options: ['', ...DISCLAIMER_REMEMBER] },
    variant: { control: 'inline-radio', options: ['', ...DISCLAIMER_VARIANTS] },
    'detect-affiliate': { control: 'boolean' },
    landmark: { control: 'boolean' },
    label: { control: 'text' },
    open: { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['', 'en', 'es'] },
    theme: { control: 'inline-radio', options: ['', ...THEMES] },
  },
  render: (args) => html`<div class="story">${article()}${banner(args)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default: a medical disclaimer in the flow of the article. */
export const Default: Story = { args: {} };

/** `kind="affiliate"`: the FTC-style affiliate disclosure, in plain language. */
export const Affiliate: Story = { args: { kind: 'affiliate' } };

/** `kind="supplement"`: the FDA structure/function statement (DSHEA), adapted to an article. */
export const Supplement: Story = { args: { kind: 'supplement' } };

/** `kind="crisis"`: the verified US 988 line as real `tel:`/`sms:` links, and what to do elsewhere. Never dismissible. */
export const Crisis: Story = { args: { kind: 'crisis' } };

/** Every kind, with the publisher's name in the texts and a link to the full policy. */
export const AllKinds: Story = {
  args: {
    kind: 'medical affiliate supplement crisis',
    publisher: 'The Everyday Health Desk',
    'policy-href': 'https://example.com/editorial-policy',
  },
};

/** `kind="crisis medical"`: the crisis notice comes first when it is listed first. */
export const CrisisFirst: Story = { args: { kind: 'crisis medical affiliate' } };

/** `variant="compact"`: one line, with a disclosure button for the full texts. The crisis notice never collapses. */
export const Compact: Story = {
  args: { kind: 'medical affiliate supplement crisis', variant: 'compact', dismissible: true, remember: 'none' },
};

/** The compact variant expanded (`open`). */
export const CompactOpen: Story = {
  args: {
    kind: 'medical affiliate supplement',
    variant: 'compact',
    open: true,
    'policy-href': 'https://example.com/policy',
  },
};

/**
 * `dismissible`: the reader can hide the notes; by default (`remember="local"`) they stay hidden on later visits
 * until their text changes. The button below the story shows them again (`reset()`).
 */
export const Dismissible: Story = {
  args: { kind: 'medical affiliate', dismissible: true },
  render: (args) =>
    html`<div class="story">
      ${article()}${banner(args)}
      <p><button type="button" @click=${reset}>Show the notes again (reset)</button></p>
    </div>`,
};

/** `remember="session"`: hidden for the rest of this tab's visit. */
export const RememberSession: Story = {
  args: { kind: 'medical', dismissible: true, remember: 'session' },
  render: Dismissible.render!,
};

/** Already dismissed (as on a later page view): only the crisis notice is left; it prints all the same. */
export const Dismissed: Story = {
  args: { kind: 'medical affiliate crisis', dismissible: true, remember: 'none' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MgDisclaimerBanner>('mg-disclaimer-banner');
    await el?.updateComplete;
    el?.dismiss();
  },
};

/** `detect-affiliate` on a page with affiliate links: the disclosure shows, and `mg-affiliate-detect` reports 2. */
export const DetectAffiliateWithLinks: Story = {
  args: { kind: 'medical affiliate', 'detect-affiliate': true },
  render: (args) =>
    html`<div class="story">
      ${article(
        html`We like <a href="https://shop.example/magnesium" rel="sponsored">this glycinate</a> and
          <a href="https://www.amazon.com/dp/B000000000?tag=desk-20">this citrate</a>.`,
      )}
      ${banner(args)}
    </div>`,
};

/** `detect-affiliate` on a page without affiliate links: only the medical disclaimer shows; the event reports 0. */
export const DetectAffiliateWithoutLinks: Story = {
  args: { kind: 'medical affiliate', 'detect-affiliate': true },
  render: (args) =>
    html`<div class="story">
      ${article(html`Read the <a href="https://ods.od.nih.gov/factsheets/Magnesium-Consumer/">NIH fact sheet</a>.`)}
      ${banner(args)}
    </div>`,
};

/** `landmark`: a named region (here with its own `label`), for pages that list landmarks. */
export const Landmark: Story = { args: { kind: 'medical crisis', landmark: true, label: 'Health and safety notes' } };

/** Spanish, chosen by `lang`. */
export const Spanish: Story = {
  args: {
    kind: 'medical affiliate supplement crisis',
    lang: 'es',
    publisher: 'El Diario de la Salud',
    dismissible: true,
    remember: 'none',
  },
};

/** Dark theme, forced by `theme`. */
export const Dark: Story = {
  args: { kind: 'medical affiliate supplement crisis', theme: 'dark', dismissible: true, remember: 'none' },
};

/** Light theme, forced by `theme`. */
export const Light: Story = { args: { kind: 'medical crisis', theme: 'light' } };

/** Slotted content replaces a kind's default text, so publishers keep their lawyer-approved wording. */
export const SlotOverrides: Story = {
  args: { kind: 'medical affiliate crisis', variant: 'compact', open: true },
  render: (args) =>
    html`<div class="story">
      ${article()}
      ${banner(
        args,
        html`<p>Our editors review every article, but it is not a substitute for your own doctor's advice.</p>
          <p slot="affiliate">
            We may be paid when you buy through our links.
            <a href="https://example.com/how-we-earn">How we earn money</a>.
          </p>
          <span slot="summary">About this article and our links.</span>`,
      )}
    </div>`,
};

/** Every attribute mistyped: each logs one warning with a did-you-mean, and the defaults are used. */
export const InvalidAttributes: Story = {
  args: {
    kind: 'medial afiliate',
    variant: 'compacted',
    remember: 'forever',
    'policy-href': 'javascript:alert(1)',
    theme: 'blue',
  },
};
