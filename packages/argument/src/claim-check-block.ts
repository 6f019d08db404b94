// The `claim-check` lesson block: DOM-free, for the pipeline (Node and browser).
import { defineBlock, didYouMean, jsonScript, markedText, markup, type Fields } from '@lessonkit/pipeline';
import { readChoiceKey } from './choice-key.js';
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
import {
  LATERAL_STEP_NAMES,
  LATERAL_STEPS,
  VERDICT_NAMES,
  VERDICTS,
  isHttpUrl,
  isLateralStep,
  lateralSteps,
  type ClaimCheckData,
  type ClaimEvidence,
  type ClaimLink,
  type ClaimStep,
  type LateralStep,
  claimCheckProblem,
} from './claim-check-model.js';

export interface ClaimCheckModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: ClaimCheckData;
}

const spanish = (lang: string) => lang.toLowerCase().startsWith('es');

const printWords = (lang: string) =>
  spanish(lang)
    ? {
        verdicts: VERDICT_NAMES.es,
        steps: LATERAL_STEP_NAMES.es,
        question: '¿Cuál es tu veredicto sobre esta afirmación?',
        evidence: '¿Qué pruebas necesitarías para comprobarla? Marca todas las que correspondan.',
        needed: 'Pruebas necesarias:',
        sources: 'Lo que dicen las fuentes:',
      }
    : {
        verdicts: VERDICT_NAMES.en,
        steps: LATERAL_STEP_NAMES.en,
        question: 'What is your verdict on this claim?',
        evidence: 'What evidence would you need to check this claim? Tick all that apply.',
        needed: 'Evidence needed:',
        sources: 'What the sources say:',
      };

/** `evidence:` — a list of `{ text, needed, why? }`. */
function readEvidence(fields: Fields): ClaimEvidence[] | undefined {
  const nodes = fields.list('evidence');
  if (!nodes) return undefined;
  if (nodes.length === 0) {
    fields.report.error(
      fields.offset(fields.value('evidence')),
      '"evidence" is an empty list.',
      'List the evidence a learner might need ("- text: …" and "needed: true" or "needed: false"), or leave "evidence" out.',
    );
    return undefined;
  }
  const evidence: ClaimEvidence[] = [];
  nodes.forEach((node, index) => {
    const entry = fields.mapping(node, `evidence ${index + 1}`);
    if (!entry) return;
    entry.allow(['text', 'needed', 'why']);
    const text = entry.string('text', { required: true, hint: 'Say what the evidence is, under "text:".' });
    // Missing or empty is reported here; a value that is not true or false, by boolean().
    const needed = entry.value('needed', true, 'Add "needed: true" or "needed: false".')
      ? entry.boolean('needed')
      : undefined;
    const why = entry.string('why');
    if (text !== undefined && needed !== undefined) evidence.push({ text, needed, ...(why ? { why } : {}) });
  });
  return evidence;
}

/** One link of a step: `{ title, url }`. */
function readLink(step: Fields, node: Parameters<Fields['mapping']>[0], what: string): ClaimLink | undefined {
  const link = step.mapping(node, what);
  if (!link) return undefined;
  link.allow(['title', 'url']);
  const title = link.string('title', { required: true, hint: 'Give the link a title: the name of the source.' });
  const url = link.string('url', { required: true, hint: 'Give the address of the source, starting with https://.' });
  if (url !== undefined && !isHttpUrl(url)) {
    link.report.error(link.offset(link.value('url')), `the url "${url}" is not an http(s) address.`);
    return undefined;
  }
  return title && url ? { title, url } : undefined;
}

/** One step: a text, or `{ text, links }`. */
function readStep(steps: Fields, name: LateralStep): ClaimStep | undefined {
  const node = steps.value(name, true, 'Say what the sources show at this step.');
  if (!node) return undefined;
  if (!steps.isMapping(node)) {
    const text = steps.string(name, { required: true });
    return text ? { text } : undefined;
  }
  const step = steps.mapping(node, `the "${name}" step`);
  if (!step) return undefined;
  step.allow(['text', 'links']);
  const text = step.string('text', { required: true, hint: 'Say what the sources show at this step.' });
  const links = (step.list('links') ?? []).map((linkNode, index) =>
    readLink(step, linkNode, `link ${index + 1} of the "${name}" step`),
  );
  if (text === undefined || links.includes(undefined)) return undefined;
  return links.length > 0 ? { text, links: links as ClaimLink[] } : { text };
}

/** `steps:` — the lateral-reading walk-through; "trace" is required. */
function readSteps(fields: Fields): Partial<Record<LateralStep, ClaimStep>> {
  const steps: Partial<Record<LateralStep, ClaimStep>> = {};
  const node = fields.value(
    'steps',
    true,
    `Under "steps:", say what the sources say at each step of lateral reading: ${LATERAL_STEPS.join(', ')} ("trace" at least).`,
  );
  const stepFields = node ? fields.mapping(node, 'the "steps" of this claim check') : undefined;
  if (!node || !stepFields) return steps;
  stepFields.allow(LATERAL_STEPS);
  const guesses = stepFields
    .keys()
    .filter((key) => !isLateralStep(key))
    .map((key) => didYouMean(key, LATERAL_STEPS));
  for (const name of LATERAL_STEPS) {
    if (!stepFields.has(name)) continue;
    const step = readStep(stepFields, name);
    if (step) steps[name] = step;
  }
  // A misspelt "trace" is reported above, with the right spelling; not again here.
  if (!stepFields.has('trace') && !guesses.includes('trace')) {
    fields.report.error(
      fields.offset(node),
      '"steps" has no "trace" step.',
      'Add "trace:": the original source of the claim, and what it says.',
    );
  }
  return steps;
}

export const claimCheckBlock = withReasonCitations(
  withElementCheck(
    defineBlock<ClaimCheckModel>({
      name: 'claim-check',
      parse(fields, context) {
        const errorsBefore = errorCount(fields);
        fields.allow([...ACTIVITY_KEYS, 'claim', 'answer', 'verdicts', 'why', 'evidence', 'steps']);
        const common = readActivityFields(fields, context, 'Give the activity an id, such as "id: cases-34000".');
        const claim = fields.string('claim', { required: true, hint: 'Quote the claim under "claim:".' });
        const {
          answer,
          listed: verdicts,
          why,
        } = readChoiceKey(fields, {
          values: VERDICTS,
          kind: 'verdict',
          listKey: 'verdicts',
          whyWhat: 'the "why" of this claim check',
          whyNeeds: 'Each verdict offered needs one: why it is right, or why not.',
        });
        const evidence = readEvidence(fields);
        const steps = readSteps(fields);

        if (errorCount(fields) > errorsBefore || !common.id || claim === undefined || answer === undefined)
          return undefined;
        return {
          ...activityModel(common, common.id),
          data: {
            claim,
            ...sourceData(common),
            answer,
            ...(verdicts !== undefined ? { verdicts } : {}),
            why,
            ...(evidence !== undefined ? { evidence } : {}),
            steps: steps as ClaimCheckData['steps'],
          },
        };
      },
      items: (model) => [model.id],
      render(model) {
        const { data } = model;
        return markup`<lk-claim-check${activityAttributes(model)}>${jsonScript(data)} ${quoteHtml(data.claim, data)}</lk-claim-check>`
          .html;
      },
      print(model, context) {
        const { data } = model;
        const w = printWords(context.lang);
        const offered = data.verdicts ?? VERDICTS;
        const evidence = data.evidence ?? [];
        const needed = evidence.filter((option) => option.needed);
        return {
          worksheet: markup`<div class="lk-print-question" id=${`print-${model.id}`}>
        ${quoteHtml(data.claim, data)}
        <p class="lk-q"><strong>${w.question}</strong></p>
        <ol type="A" class="lk-choices">${offered.map((verdict) => markup`<li>${w.verdicts[verdict]}</li>`)}</ol>
        ${
          evidence.length > 0
            ? markup`<p class="lk-q"><strong>${w.evidence}</strong></p>
              <ul class="lk-blank-list lk-evidence">${evidence.map((option) => markup`<li>☐ ${option.text}</li>`)}</ul>`
            : ''
        }
      </div>`.html,
          key: markup`<li>
        <p><strong>${model.id}</strong>: <strong>${w.verdicts[data.answer]}</strong>: ${markedText(data.why[data.answer] ?? '', data.citations ?? {}, context.lang)}</p>
        ${
          needed.length > 0
            ? markup`<p>${w.needed}</p>
              <ul class="lk-evidence">${needed.map((option) => markup`<li>${option.text}${option.why ? markup` — ${markedText(option.why, data.citations ?? {}, context.lang)}` : ''}</li>`)}</ul>`
            : ''
        }
        <p>${w.sources}</p>
        <ul class="lk-steps">${lateralSteps(data).map(
          ([name, step]) =>
            markup`<li><strong>${w.steps[name]}</strong>: ${step.text}${(step.links ?? []).map(
              (link) => markup` <a href=${link.url}>${link.title}</a>`,
            )}</li>`,
        )}</ul>
      </li>`.html,
        };
      },
    }),
    claimCheckProblem,
  ),
);
