import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import manifest from '../custom-elements.json';
import { LIFE_STAGE_IDS, LOCALES, THEMES } from '../src/data/enums.js';
import '../src/define.js';

setCustomElementsManifest(manifest);

/** Wraps every story in a reader profile driven by the toolbar (language, life stage, theme). */
const withReaderProfile: Decorator = (story, context) => {
  const { lang, lifeStage, theme } = context.globals as { lang?: string; lifeStage?: string; theme?: string };
  return html`<mg-reader-profile
    lang=${ifDefined(lang)}
    life-stage=${ifDefined(lifeStage === 'general' ? undefined : lifeStage)}
    theme=${ifDefined(theme === 'auto' ? undefined : theme)}
    >${story()}</mg-reader-profile
  >`;
};

const preview: Preview = {
  decorators: [withReaderProfile],
  globalTypes: {
    lang: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
    },
    lifeStage: {
      description: 'Reader life stage (reader profile)',
      toolbar: { title: 'Life stage', icon: 'user', items: ['general', ...LIFE_STAGE_IDS], dynamicTitle: true },
    },
    theme: {
      description: 'Color theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: [...THEMES], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'en', lifeStage: 'general', theme: 'auto' },
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
