// The `bill-compare` lesson block: DOM-free, for the pipeline (Node and browser).
import {
  attr,
  citationNumbers,
  defineBlock,
  didYouMean,
  jsonScript,
  markedText,
  markup,
  type Fields,
} from '@lessonkit/pipeline';
import { citedSources } from '@lessonkit/core/marks.js';
import type { ComparedBill, CompareData, WhichBillQuestion } from './model.js';

export interface CompareModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: CompareData;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ASPECTS = ['scope', 'protects', 'changes', 'money'] as const;

/** Column names for the plain-HTML fallback and the worksheet (the element shows its own). */
const WORDS = {
  en: { bill: 'Bill', scope: 'Scope', protects: 'Protects', changes: 'Changes', money: 'Money', date: 'Became law' },
  es: {
    bill: 'Ley',
    scope: 'Alcance',
    protects: 'Protege a',
    changes: 'Cambia',
    money: 'Dinero',
    date: 'Se convirtió en ley',
  },
};
const wordsFor = (lang: string) => (lang.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en);

const errors = (fields: Fields): number =>
  fields.report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;

function readBill(
  fields: Fields,
  node: NonNullable<ReturnType<Fields['value']>>,
  index: number,
): ComparedBill | undefined {
  const entry = fields.mapping(node, `bill ${index + 1}`);
  if (!entry) return undefined;
  entry.allow(['id', 'label', 'number', ...ASPECTS, 'date']);
  const id = entry.string('id', { required: true, hint: 'Give the bill a short id, such as "id: s1311".' });
  const label = entry.string('label', { required: true, hint: 'The short name shown, such as "label: S.1311".' });
  const idOk = id === undefined || ID.test(id);
  if (!idOk)
    entry.report.error(
      entry.offset(entry.value('id')),
      `the bill id "${id}" must be lower-case letters, digits and dashes.`,
    );
  const date = entry.string('date');
  if (date !== undefined && !DATE.test(date))
    entry.report.error(entry.offset(entry.value('date')), `the date "${date}" is not YYYY-MM-DD.`);
  const aspects = Object.fromEntries(
    ASPECTS.flatMap((aspect) => {
      const text = entry.string(aspect);
      return text ? [[aspect, text]] : [];
    }),
  );
  const number = entry.string('number');
  // A bill with a wrong id is left out, and answers are not checked against the ids: one mistake, one error.
  if (id === undefined || label === undefined || !idOk) return undefined;
  return { id, label, ...(number ? { number } : {}), ...aspects, ...(date ? { date } : {}) };
}

/** The texts that may cite sources: the bills' aspects and the questions' feedback. */
const citableTexts = (data: Pick<CompareData, 'bills' | 'questions'>): string[] => [
  ...data.bills.flatMap((bill) => ASPECTS.map((aspect) => bill[aspect] ?? '')),
  ...(data.questions ?? []).map((question) => question.feedback ?? ''),
];

export const compareBlock = defineBlock<CompareModel>({
  name: 'bill-compare',
  parse(fields, context) {
    const before = errors(fields);
    fields.allow(['id', 'bills', 'questions', 'points', 'max-attempts']);
    const id = fields.string('id', { required: true, hint: 'Give the comparison an id, such as "id: four-laws".' });
    if (id !== undefined) context.claimId(id, fields.offset(fields.value('id')));
    const points = fields.number('points', { min: 0 });
    const maxAttempts = fields.number('max-attempts', { min: 0, integer: true });
    const nodes = fields.list('bills', { required: true, hint: 'List two to five bills under "bills:".' }) ?? [];
    const bills = nodes.map((node, index) => readBill(fields, node, index)).filter((bill) => bill !== undefined);
    if (nodes.length > 0 && (nodes.length < 2 || nodes.length > 5))
      fields.report.error(fields.offset(fields.value('bills')), `compare two to five bills, not ${nodes.length}.`);
    const ids = bills.map((bill) => bill.id);
    const twice = ids.find((bill, index) => ids.indexOf(bill) !== index);
    if (twice !== undefined)
      fields.report.error(fields.offset(fields.value('bills')), `the bill id "${twice}" is used twice.`);

    const questions: WhichBillQuestion[] = [];
    for (const [index, node] of (fields.list('questions') ?? []).entries()) {
      const entry = fields.mapping(node, `question ${index + 1}`);
      if (!entry) continue;
      entry.allow(['statement', 'answer', 'feedback']);
      const statement = entry.string('statement', { required: true, hint: 'Say what one of the bills does.' });
      const answer = entry.string('answer', { required: true, hint: 'Give the id of the bill that does it.' });
      const feedback = entry.string('feedback');
      if (answer !== undefined && bills.length === nodes.length && !ids.includes(answer)) {
        const guess = didYouMean(answer, ids);
        entry.report.error(
          entry.offset(entry.value('answer')),
          `the answer "${answer}" is not one of the bills' ids.`,
          guess ? `Did you mean "${guess}"?` : `Bills: ${ids.join(', ')}.`,
        );
      }
      if (statement !== undefined && citedSources([statement]).size > 0)
        entry.report.error(
          entry.offset(entry.value('statement')),
          'a statement cannot cite a source: the source could give its bill away.',
          'Cite in the feedback, shown after checking.',
        );
      if (statement !== undefined && answer !== undefined)
        questions.push({ statement, answer, ...(feedback ? { feedback } : {}) });
    }
    // [@id] citations in the bills' texts and the feedback (not in a statement: a source could
    // name its bill), checked against the lesson's sources at the block.
    const cited = citedSources(citableTexts({ bills, questions }));
    if (cited.size > 0) context.inline([...cited].map((source) => `[@${source}]`).join(' '), fields.offset());
    if (errors(fields) > before || id === undefined) return undefined;
    return {
      id,
      ...(points !== undefined ? { points } : {}),
      ...(maxAttempts !== undefined ? { maxAttempts } : {}),
      data: { bills, ...(questions.length > 0 ? { questions } : {}) },
    };
  },
  items: (model) => (model.data.questions ? [model.id] : []),
  render(model, context) {
    const words = wordsFor(context.lang);
    const { bills } = model.data;
    const citations = citationNumbers(citableTexts(model.data), context);
    const data = Object.keys(citations).length > 0 ? { ...model.data, citations } : model.data;
    return markup`<lk-bill-compare${attr('item-id', model.data.questions ? model.id : undefined)}${attr('points', model.points)}${attr('max-attempts', model.maxAttempts)}>
      ${jsonScript(data)}
      <table>
        <thead><tr><th scope="col">${words.bill}</th>${ASPECTS.map((aspect) => markup`<th scope="col">${words[aspect]}</th>`)}<th scope="col">${words.date}</th></tr></thead>
        <tbody>${bills.map(
          (bill) =>
            markup`<tr><th scope="row">${bill.label}${bill.number ? ` (${bill.number})` : ''}</th>${ASPECTS.map(
              (aspect) => markup`<td>${markedText(bill[aspect] ?? '—', citations, context.lang)}</td>`,
            )}<td>${bill.date ?? '—'}</td></tr>`,
        )}</tbody>
      </table>
    </lk-bill-compare>`.html;
  },
  print(model, context) {
    const words = wordsFor(context.lang);
    const { bills, questions = [] } = model.data;
    const citations = citationNumbers(citableTexts(model.data), context);
    const label = (id: string) => bills.find((bill) => bill.id === id)?.label ?? id;
    return {
      worksheet: markup`<table class="lk-compare">
          <thead><tr><th scope="col">${words.bill}</th>${ASPECTS.map((aspect) => markup`<th scope="col">${words[aspect]}</th>`)}</tr></thead>
          <tbody>${bills.map(
            (bill) =>
              markup`<tr><th scope="row">${bill.label}</th>${ASPECTS.map((aspect) => markup`<td>${markedText(bill[aspect] ?? '—', citations, context.lang)}</td>`)}</tr>`,
          )}</tbody>
        </table>
        ${
          questions.length > 0
            ? markup`<ol class="lk-which">${questions.map(
                (question) => markup`<li>${question.statement} <span class="lk-blank">__________</span></li>`,
              )}</ol>`
            : ''
        }`.html,
      // An answer key entry only when there is something to answer.
      key:
        questions.length > 0
          ? markup`<li><strong>${model.id}</strong>:<ol>${questions.map(
              (question) =>
                markup`<li><strong>${label(question.answer)}</strong>${question.feedback ? markup`: ${markedText(question.feedback, citations, context.lang)}` : ''}</li>`,
            )}</ol></li>`.html
          : '',
    };
  },
});
