// mg-widgets in a Vue 3 app, installed from npm. Vue sets a prop as a DOM property when the custom element has one
// (numbers stay numbers), and `onMgProfileChange` listens to `mg-profile-change`. With single-file components and
// templates, tell the compiler which tags are custom elements:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mg-') } } })
// This example uses render functions, which need no compiler option.
import { createApp, h, ref } from 'vue';
import 'mg-widgets/define';

const App = {
  setup() {
    const lifeStage = ref('female-31-50');
    const log = ref([]);
    const record = (event) => log.value.push(`${event.type} ${JSON.stringify(event.detail)}`);
    return () =>
      h('main', [
        h('h1', 'Vue 3'),
        h('button', { type: 'button', id: 'set-life-stage', onClick: () => (lifeStage.value = 'male-51-plus') }, 'Reader is a man over 50'),
        h(
          'mg-reader-profile',
          { 'life-stage': lifeStage.value, controls: 'life-stage units', onMgProfileChange: record },
          [
            h('p', { id: 'child' }, 'Children rendered by Vue stay in the light DOM of the profile.'),
            h('mg-disclaimer-banner', { kind: 'medical crisis', dismissible: true, remember: 'none', onMgDismiss: record }, [
              h('span', { slot: 'medical', id: 'publisher-wording' }, 'Our own medical disclaimer, rendered by Vue.'),
            ]),
            h('mg-food-finder', { static: true, limit: 3, diet: 'vegan', onMgFoodSelect: record }),
          ],
        ),
        h('ol', { id: 'log' }, log.value.map((entry) => h('li', entry))),
      ]);
  },
};

createApp(App).mount('#app');
