// The `fallacy` lesson block: DOM-free, for the pipeline (Node and browser).
import { defineBlock, jsonScript, markup } from '@lessonkit/pipeline';
import {
  ACTIVITY_KEYS,
  activityAttributes,
  activityModel,
  errorCount,
  quoteHtml,
  readActivityFields,
  sourceData,
  withElementCheck,
} from './block-fields.js';
import { readChoiceKey } from './choice-key.js';
import { DEVICE_NAMES, DEVICES, type FallacyData, fallacyProblem } from './model.js';

export interface FallacyModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: FallacyData;
}

const names = (lang: string) => (lang.toLowerCase().startsWith('es') ? DEVICE_NAMES.es : DEVICE_NAMES.en);

export const fallacyBlock = withElementCheck(
  defineBlock<FallacyModel>({
    name: 'fallacy',
    parse(fields, context) {
      const before = errorCount(fields);
      fields.allow([...ACTIVITY_KEYS, 'passage', 'answer', 'choices', 'why']);
      const common = readActivityFields(fields, context, 'Give the activity an id, such as "id: only-way".');
      const passage = fields.string('passage', { required: true, hint: 'Quote the passage under "passage:".' });
      const {
        answer,
        listed: choices,
        why,
      } = readChoiceKey(fields, {
        values: DEVICES,
        kind: 'device',
        listKey: 'choices',
        whyWhat: 'the "why" of this fallacy activity',
        whyNeeds: 'Each choice needs one: why it is right, or why the passage is not that.',
      });

      if (errorCount(fields) > before || !common.id || passage === undefined || answer === undefined) return undefined;
      return {
        ...activityModel(common, common.id),
        data: {
          passage,
          ...sourceData(common),
          answer,
          ...(choices ? { choices } : {}),
          why,
        },
      };
    },
    items: (model) => [model.id],
    render(model) {
      return markup`<lk-fallacy${activityAttributes(model)}>
      ${jsonScript(model.data)} ${quoteHtml(model.data.passage, model.data)}
    </lk-fallacy>`.html;
    },
    print(model, context) {
      const words = names(context.lang);
      const offered = model.data.choices ?? DEVICES;
      return {
        worksheet: markup`${quoteHtml(model.data.passage, model.data)}
        <ol type="A" class="lk-choices">${offered.map((device) => markup`<li>${words[device]}</li>`)}</ol>`.html,
        // The answer key is a list, one entry per item, named by its id.
        key: markup`<li><strong>${model.id}</strong>: <strong>${words[model.data.answer]}</strong>: ${model.data.why[model.data.answer] ?? ''}</li>`
          .html,
      };
    },
  }),
  fallacyProblem,
);
