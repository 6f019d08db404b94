// The `fallacy` lesson block: DOM-free, for the pipeline (Node and browser).
import { defineBlock, jsonScript, markedText, markup } from '@lessonkit/pipeline';
import {
  ACTIVITY_KEYS,
  activityAttributes,
  activityModel,
  errorCount,
  quoteHtml,
  readActivityFields,
  sourceData,
  withElementCheck,
  withReasonCitations,
} from './block-fields.js';
import { readChoiceKey } from './choice-key.js';
import { DEVICE_NAMES, DEVICES, type FallacyData, fallacyAnswers, fallacyProblem } from './model.js';

export interface FallacyModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: FallacyData;
}

const spanish = (lang: string) => lang.toLowerCase().startsWith('es');
const names = (lang: string) => (spanish(lang) ? DEVICE_NAMES.es : DEVICE_NAMES.en);
/** Before each fair answer after the first, in the worksheet's key. */
const alsoFair = (lang: string) => (spanish(lang) ? 'También es válida:' : 'Also fair:');

export const fallacyBlock = withReasonCitations(
  withElementCheck(
    defineBlock<FallacyModel>({
      name: 'fallacy',
      parse(fields, context) {
        const before = errorCount(fields);
        fields.allow([...ACTIVITY_KEYS, 'passage', 'answer', 'choices', 'why']);
        const common = readActivityFields(fields, context, 'Give the activity an id, such as "id: only-way".');
        const passage = fields.string('passage', { required: true, hint: 'Quote the passage under "passage:".' });
        const {
          answers,
          listed: choices,
          why,
        } = readChoiceKey(fields, {
          values: DEVICES,
          kind: 'device',
          listKey: 'choices',
          whyWhat: 'the "why" of this fallacy activity',
          whyNeeds: 'Each choice needs one: why it is right, or why the passage is not that.',
          many: true,
        });
        if (answers && answers.length > 1 && answers.includes('none'))
          fields.report.error(
            fields.offset(fields.value('answer')),
            '"none" cannot be an answer beside a device.',
            'List the devices that are fair readings of the passage, or "none" alone.',
          );

        if (errorCount(fields) > before || !common.id || passage === undefined || answers === undefined)
          return undefined;
        return {
          ...activityModel(common, common.id),
          data: {
            passage,
            ...sourceData(common),
            answer: answers.length === 1 && answers[0] ? answers[0] : answers,
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
          // The answer key is a list, one entry per item, named by its id; each fair answer with its reason.
          key: markup`<li><strong>${model.id}</strong>: ${fallacyAnswers(model.data).map(
            (answer, index) =>
              markup`${index > 0 ? ` ${alsoFair(context.lang)} ` : ''}<strong>${words[answer]}</strong>: ${markedText(model.data.why[answer] ?? '', model.data.citations ?? {}, context.lang)}`,
          )}</li>`.html,
        };
      },
    }),
    fallacyProblem,
  ),
);
