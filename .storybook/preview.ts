import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import argument from '../packages/argument/custom-elements.json';
import bill from '../packages/bill/custom-elements.json';
import core from '../packages/core/custom-elements.json';
import lesson from '../packages/lesson/custom-elements.json';
import quiz from '../packages/quiz/custom-elements.json';
import timeline from '../packages/timeline/custom-elements.json';

// Autodocs (attributes, properties, events, slots, parts, CSS properties) come
// from the manifests the analyzer writes from each class's JSDoc.
setCustomElementsManifest({
  schemaVersion: quiz.schemaVersion,
  modules: [
    ...core.modules,
    ...quiz.modules,
    ...lesson.modules,
    ...timeline.modules,
    ...bill.modules,
    ...argument.modules,
  ],
});

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      return story();
    },
  ],
};

export default preview;
