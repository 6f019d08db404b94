// The `question` and `quiz` lesson blocks: DOM-free, for the pipeline (Node and browser).
import {
  attr,
  defineBlock,
  markup,
  raw,
  slugify,
  type BlockContext,
  type Fields,
  type RawHtml,
  type RenderContext,
} from '@lessonkit/pipeline';
// The DOM-free entry: a block must not load element code.
import { shuffleAway } from '@lessonkit/core/shuffle.js';

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true-false',
  'fill-blank',
  'order',
  'match',
  'categorize',
  'short-answer',
] as const;
export type QuestionBlockType = (typeof QUESTION_TYPES)[number];

const COMMON = ['id', 'type', 'prompt', 'hint', 'explanation', 'points', 'max-attempts'];
const KEYS: Record<QuestionBlockType, string[]> = {
  single: [...COMMON, 'choices', 'shuffle'],
  multiple: [...COMMON, 'choices', 'shuffle', 'scoring'],
  'true-false': [...COMMON, 'answer', 'feedback-true', 'feedback-false'],
  'fill-blank': [...COMMON, 'answers', 'exact', 'scoring'],
  order: [...COMMON, 'items', 'scoring'],
  match: [...COMMON, 'pairs', 'scoring'],
  categorize: [...COMMON, 'categories', 'cards', 'scoring'],
  'short-answer': ['id', 'type', 'prompt', 'hint', 'model-answer', 'max-attempts'],
};
const QUIZ_KEYS = ['id', 'title', 'questions', 'layout', 'feedback', 'shuffle', 'passing-score', 'retry'];

/** A question as the lesson block describes it; text fields hold safe HTML. */
export interface QuestionModel {
  readonly id: string;
  readonly type: QuestionBlockType;
  readonly prompt: string;
  readonly hint?: string;
  readonly explanation?: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly scoring?: 'partial' | 'all-or-nothing';
  readonly shuffle?: boolean;
  readonly choices?: readonly { text: string; correct: boolean; feedback?: string }[];
  readonly answer?: boolean;
  readonly feedbackTrue?: string;
  readonly feedbackFalse?: string;
  /** fill-blank: the prompt's pieces around the blanks (one more than blanks). */
  readonly segments?: readonly string[];
  readonly answers?: readonly (readonly string[])[];
  readonly exact?: boolean;
  /** order: the items in the right order, each with the feedback it shows once checked. */
  readonly items?: readonly { text: string; feedback?: string }[];
  readonly pairs?: readonly { left: string; right: string; feedback?: string }[];
  readonly categories?: readonly { value: string; label: string }[];
  readonly cards?: readonly { text: string; category: string; feedback?: string }[];
  readonly modelAnswer?: string;
}

export interface QuizModel {
  readonly id: string;
  readonly title?: string;
  readonly questions: readonly QuestionModel[];
  readonly layout?: 'all' | 'paged';
  readonly feedback?: 'immediate' | 'end';
  readonly shuffle?: boolean;
  readonly passingScore?: number;
  readonly retry?: 'clear' | 'keep' | 'none';
}

const BLANK = /_{3,}/g;

const fillInstructions = (lang: string) => (lang === 'es' ? 'Completa los espacios en blanco.' : 'Fill in the blanks.');

/** Reads one question mapping; undefined when it cannot be used (problems are reported). */
export function parseQuestion(fields: Fields, context: BlockContext): QuestionModel | undefined {
  const type = fields.choice('type', QUESTION_TYPES, { required: true });
  // A question block's own "optional" is the lesson's (never seen here); one in a quiz is misplaced.
  if (fields.has('optional')) {
    fields.report.error(
      fields.offset(fields.value('optional')),
      '"optional" applies to a whole block, not to a question inside a quiz.',
      'Put "optional: true" on the quiz, or make this question a block of its own.',
    );
  }
  fields.allow([...(type ? KEYS[type] : new Set(Object.values(KEYS).flat())), 'optional']);
  const id = fields.string('id', { required: true, hint: 'Give every question an id, such as "id: q1".' });
  const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
  const promptText = fields.string('prompt', { required: true });
  const promptAt = fields.offset(fields.value('prompt'));
  const inline = (key: string): string | undefined => {
    const text = fields.string(key);
    return text === undefined ? undefined : context.inline(text, fields.offset(fields.value(key)));
  };
  const hint = inline('hint');
  const explanation = fields.has('explanation')
    ? context.markdown(fields.string('explanation') ?? '', fields.offset(fields.value('explanation')))
    : undefined;
  const points = fields.number('points', { min: 0 });
  const maxAttempts = fields.number('max-attempts', { min: 0, integer: true });
  const scoring = fields.choice('scoring', ['partial', 'all-or-nothing'] as const);
  if (!type || !idOk || id === undefined || promptText === undefined) return undefined;

  const base = {
    id,
    type,
    prompt: type === 'fill-blank' ? '' : context.inline(promptText, promptAt),
    ...(hint !== undefined ? { hint } : {}),
    ...(explanation !== undefined ? { explanation } : {}),
    ...(points !== undefined ? { points } : {}),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
    ...(scoring !== undefined ? { scoring } : {}),
  };
  const where = `question "${id}"`;
  const report = fields.report;

  switch (type) {
    case 'single':
    case 'multiple': {
      const nodes = fields.list('choices', {
        required: true,
        hint: 'List the choices under "choices:", each with "text:".',
      });
      if (!nodes) return undefined;
      const choices = [];
      for (const node of nodes) {
        const choice = fields.mapping(node, `a choice of ${where}`);
        if (!choice) continue;
        choice.allow(['text', 'correct', 'feedback']);
        const text = choice.string('text', { required: true });
        const correct = choice.boolean('correct') ?? false;
        const feedback = feedbackOf(choice, context);
        if (text === undefined) continue;
        choices.push({ text: context.inline(text, choice.offset(choice.value('text'))), correct, ...feedback });
      }
      const right = choices.filter((choice) => choice.correct).length;
      if (choices.length > 0 && right === 0) {
        report.error(
          fields.offset(fields.value('choices')),
          `${where} has no correct choice.`,
          'Mark the right one with "correct: true".',
        );
        return undefined;
      }
      if (type === 'single' && right > 1) {
        report.error(
          fields.offset(fields.value('choices')),
          `${where} is "single" but has ${right} correct choices.`,
          'Use "type: multiple", or keep one "correct: true".',
        );
        return undefined;
      }
      if (choices.length < 2) {
        report.error(fields.offset(fields.value('choices')), `${where} needs at least two choices.`);
        return undefined;
      }
      const shuffle = fields.boolean('shuffle');
      return { ...base, choices, ...(shuffle !== undefined ? { shuffle } : {}) };
    }
    case 'true-false': {
      if (!fields.has('answer')) {
        report.error(fields.offset(), `${where} is missing "answer".`, 'Add "answer: true" or "answer: false".');
        return undefined;
      }
      const answer = fields.boolean('answer');
      const feedbackTrue = inline('feedback-true');
      const feedbackFalse = inline('feedback-false');
      if (answer === undefined) return undefined;
      return {
        ...base,
        answer,
        ...(feedbackTrue !== undefined ? { feedbackTrue } : {}),
        ...(feedbackFalse !== undefined ? { feedbackFalse } : {}),
      };
    }
    case 'fill-blank': {
      const pieces = promptText.split(BLANK);
      const blanks = pieces.length - 1;
      if (blanks === 0) {
        report.error(promptAt, `${where} has no blank in its prompt.`, 'Mark each blank with three underscores: ___');
        return undefined;
      }
      const answers = fields.textLists('answers', {
        required: true,
        hint: 'List one accepted answer (or a list of them) per blank.',
      });
      if (!answers) return undefined;
      if (answers.length !== blanks) {
        report.error(
          fields.offset(fields.value('answers')),
          `${where} has ${blanks} blank${blanks === 1 ? '' : 's'} but ${answers.length} answer${answers.length === 1 ? '' : 's'}.`,
          'Give one entry under "answers:" per ___ in the prompt.',
        );
        return undefined;
      }
      if (answers.some((list) => list.length === 0)) {
        report.error(fields.offset(fields.value('answers')), `a blank of ${where} has no accepted answer.`);
        return undefined;
      }
      const exact = fields.boolean('exact');
      let at = promptAt;
      const segments = pieces.map((piece) => {
        const htmlPiece = piece.trim() === '' ? piece : context.inline(piece, at);
        at += piece.length + 3;
        return htmlPiece;
      });
      return { ...base, segments, answers, ...(exact !== undefined ? { exact } : {}) };
    }
    case 'order': {
      const hint = 'List the items in the right order, each a text or {text: …, feedback: …}.';
      const nodes = fields.list('items', { required: true, hint });
      if (!nodes) return undefined;
      const items = [];
      for (const node of nodes) {
        if (fields.isMapping(node)) {
          const item = fields.mapping(node, `an item of ${where}`);
          if (!item) continue;
          if (!item.has('text') && !item.has('feedback')) {
            report.error(
              fields.offset(node),
              `an item of ${where} reads as "key: value" (it has ": " in it).`,
              'Put the item in quotes: - "Flores: 1997".',
            );
            continue;
          }
          item.allow(['text', 'feedback']);
          const text = item.string('text', { required: true });
          if (text === undefined) continue;
          items.push({ text: context.inline(text, item.offset(item.value('text'))), ...feedbackOf(item, context) });
        } else {
          const text = fields.textOf(node);
          if (text) items.push({ text: context.inline(text, fields.offset(node)) });
          else if (fields.isBlank(node)) report.error(fields.offset(node), `an item of ${where} is empty.`, hint);
          else report.error(fields.offset(node), `each entry of "items" in ${where} must be text.`, hint);
        }
      }
      if (items.length !== nodes.length) return undefined;
      if (items.length < 2) {
        report.error(fields.offset(fields.value('items')), `${where} needs at least two items to order.`);
        return undefined;
      }
      return { ...base, items };
    }
    case 'match': {
      const nodes = fields.list('pairs', { required: true, hint: 'List pairs, each with "left:" and "right:".' });
      if (!nodes) return undefined;
      const pairs = [];
      for (const node of nodes) {
        const pair = fields.mapping(node, `a pair of ${where}`);
        if (!pair) continue;
        pair.allow(['left', 'right', 'feedback']);
        const left = pair.string('left', { required: true });
        const right = pair.string('right', { required: true });
        if (left === undefined || right === undefined) continue;
        pairs.push({
          left: context.inline(left, pair.offset(pair.value('left'))),
          right: context.inline(right, pair.offset(pair.value('right'))),
          ...feedbackOf(pair, context),
        });
      }
      if (pairs.length < 2) {
        report.error(fields.offset(fields.value('pairs')), `${where} needs at least two pairs.`);
        return undefined;
      }
      return { ...base, pairs };
    }
    case 'categorize': {
      const names = fields.strings('categories', { required: true, hint: 'List the category names.' });
      const nodes = fields.list('cards', { required: true, hint: 'List cards, each with "text:" and "category:".' });
      if (!names || !nodes) return undefined;
      const categories = names.map((label) => ({
        value: slugify(label),
        label: context.inline(label, fields.offset(fields.value('categories'))),
      }));
      const cards = [];
      for (const node of nodes) {
        const card = fields.mapping(node, `a card of ${where}`);
        if (!card) continue;
        card.allow(['text', 'category', 'feedback']);
        const text = card.string('text', { required: true });
        const category = card.string('category', { required: true });
        if (text === undefined || category === undefined) continue;
        if (!names.includes(category)) {
          const guess = names.find((name) => name.toLowerCase() === category.toLowerCase());
          report.error(
            card.offset(card.value('category')),
            `the category "${category}" of a card in ${where} is not one of its categories.`,
            guess ? `Did you mean "${guess}"?` : `Categories: ${names.join(', ')}.`,
          );
          continue;
        }
        cards.push({
          text: context.inline(text, card.offset(card.value('text'))),
          category: slugify(category),
          ...feedbackOf(card, context),
        });
      }
      if (cards.length !== nodes.length) return undefined;
      return { ...base, categories, cards };
    }
    case 'short-answer': {
      const model = fields.string('model-answer');
      return {
        ...base,
        ...(model !== undefined
          ? { modelAnswer: context.markdown(model, fields.offset(fields.value('model-answer'))) }
          : {}),
      };
    }
  }
}

const common = (question: QuestionModel): RawHtml =>
  markup`${attr('item-id', question.id)}${attr('points', question.points)}${attr('max-attempts', question.maxAttempts)}${attr(
    'scoring',
    question.scoring,
  )}`;

/** A choice's or a card's `feedback:` (shown beside it once checked), as safe HTML. */
function feedbackOf(card: Fields, context: BlockContext): { feedback?: string } {
  const feedback = card.string('feedback');
  return feedback ? { feedback: context.inline(feedback, card.offset(card.value('feedback'))) } : {};
}

const feedbackSlot = (card: { feedback?: string }): RawHtml | string =>
  card.feedback ? markup`<span slot="feedback">${raw(card.feedback)}</span>` : '';

const extras = (question: QuestionModel): RawHtml =>
  markup`${question.hint ? markup`<span slot="hint">${raw(question.hint)}</span>` : ''}${
    question.explanation ? markup`<div slot="explanation">${raw(question.explanation)}</div>` : ''
  }`;

/** The element HTML of one question. */
export function renderQuestion(question: QuestionModel, context: RenderContext): string {
  const prompt = markup`<span slot="prompt">${raw(question.prompt)}</span>`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return markup`<lk-question${common(question)}${attr('type', question.type)}${attr('shuffle', question.shuffle)}>
        ${prompt}
        ${(question.choices ?? []).map(
          (choice) =>
            markup`<lk-choice${attr('correct', choice.correct)}>${raw(choice.text)}${feedbackSlot(choice)}</lk-choice>`,
        )}
        ${extras(question)}
      </lk-question>`.html;
    case 'true-false':
      return markup`<lk-question${common(question)} type="true-false"${attr('answer', String(question.answer))}>
        ${prompt}
        ${question.feedbackTrue ? markup`<span slot="feedback-true">${raw(question.feedbackTrue)}</span>` : ''}
        ${question.feedbackFalse ? markup`<span slot="feedback-false">${raw(question.feedbackFalse)}</span>` : ''}
        ${extras(question)}
      </lk-question>`.html;
    case 'fill-blank': {
      const segments = question.segments ?? [];
      const answers = question.answers ?? [];
      return markup`<lk-fill-blank${common(question)}>
        <span slot="prompt">${fillInstructions(context.lang)}</span>
        <p>
          ${segments.map((segment, index) => {
            const blank = answers[index];
            return markup`${raw(segment)}${
              blank
                ? markup`<lk-blank${attr('answers', blank.join('|'))}${attr('exact', question.exact)}></lk-blank>`
                : ''
            }`;
          })}
        </p>
        ${extras(question)}
      </lk-fill-blank>`.html;
    }
    case 'order':
      return markup`<lk-order${common(question)}>
        ${prompt} ${(question.items ?? []).map((item) => markup`<lk-item>${raw(item.text)}${feedbackSlot(item)}</lk-item>`)}
        ${extras(question)}
      </lk-order>`.html;
    case 'match':
      return markup`<lk-match${common(question)}>
        ${prompt}
        ${(question.pairs ?? []).map(
          (pair, index) =>
            markup`<lk-item${attr('match', `t${index + 1}`)}>${raw(pair.left)}${feedbackSlot(pair)}</lk-item>`,
        )}
        ${(question.pairs ?? []).map(
          (pair, index) => markup`<lk-target${attr('value', `t${index + 1}`)}>${raw(pair.right)}</lk-target>`,
        )}
        ${extras(question)}
      </lk-match>`.html;
    case 'categorize':
      return markup`<lk-categorize${common(question)}>
        ${prompt}
        ${(question.categories ?? []).map(
          (category) => markup`<lk-category${attr('value', category.value)}>${raw(category.label)}</lk-category>`,
        )}
        ${(question.cards ?? []).map(
          (card) => markup`<lk-item${attr('category', card.category)}>${raw(card.text)}${feedbackSlot(card)}</lk-item>`,
        )}
        ${extras(question)}
      </lk-categorize>`.html;
    case 'short-answer':
      return markup`<lk-short-answer${attr('item-id', question.id)}${attr('max-attempts', question.maxAttempts)}>
        ${prompt} ${question.modelAnswer ? markup`<div slot="model-answer">${raw(question.modelAnswer)}</div>` : ''}
        ${question.hint ? markup`<span slot="hint">${raw(question.hint)}</span>` : ''}
      </lk-short-answer>`.html;
  }
}

const printWords = (lang: string) =>
  lang === 'es'
    ? {
        true: 'Verdadero',
        false: 'Falso',
        order: 'Numera en orden:',
        match: 'Escribe la letra de la pareja:',
        lines: 'Tu respuesta:',
      }
    : {
        true: 'True',
        false: 'False',
        order: 'Number them in order:',
        match: 'Write the letter of each match:',
        lines: 'Your answer:',
      };

const letter = (index: number) => String.fromCharCode(65 + index);

/** The worksheet version of a question (no answers) and its line in the answer key. */
export function printQuestion(question: QuestionModel, context: RenderContext): { worksheet: string; key: string } {
  const w = printWords(context.lang);
  const title = markup`<p class="lk-q"><strong>${raw(question.prompt || fillInstructions(context.lang))}</strong></p>`;
  let body: RawHtml;
  let key: RawHtml;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const choices = question.choices ?? [];
      body = markup`<ol type="A" class="lk-choices">
        ${choices.map((choice) => markup`<li>☐ ${raw(choice.text)}</li>`)}
      </ol>`;
      key = markup`${choices
        .map((choice, index) => (choice.correct ? letter(index) : ''))
        .filter(Boolean)
        .join(', ')}`;
      break;
    }
    case 'true-false':
      body = markup`<p>☐ ${w.true} &nbsp; ☐ ${w.false}</p>`;
      key = markup`${question.answer ? w.true : w.false}`;
      break;
    case 'fill-blank':
      body = markup`<p>
        ${(question.segments ?? []).map(
          (segment, index) => markup`${raw(segment)}${index < (question.answers ?? []).length ? ' ____________ ' : ''}`,
        )}
      </p>`;
      key = markup`${(question.answers ?? []).map((answers) => answers.join(' / ')).join('; ')}`;
      break;
    case 'order': {
      const items = question.items ?? [];
      const shown = shuffleAway(
        items.map((item, index) => ({ item, index })),
        question.id,
      );
      body = markup`<p>${w.order}</p>
        <ul class="lk-blank-list">
          ${shown.map(({ item }) => markup`<li>____ ${raw(item.text)}</li>`)}
        </ul>`;
      key = markup`${items.map((item, index) => markup`${index ? ' → ' : ''}${raw(item.text)}`)}`;
      break;
    }
    case 'match': {
      const pairs = question.pairs ?? [];
      const rights = shuffleAway(
        pairs.map((pair, index) => ({ right: pair.right, index })),
        question.id,
      );
      body = markup`<p>${w.match}</p>
        <div class="lk-match-print">
          <ol class="lk-blank-list">
            ${pairs.map((pair) => markup`<li>____ ${raw(pair.left)}</li>`)}
          </ol>
          <ol type="A">
            ${rights.map(({ right }) => markup`<li>${raw(right)}</li>`)}
          </ol>
        </div>`;
      key = markup`${pairs.map((_, index) => `${index + 1}–${letter(rights.findIndex((right) => right.index === index))}`).join(', ')}`;
      break;
    }
    case 'categorize': {
      const categories = question.categories ?? [];
      body = markup`<table class="lk-sort-print">
        <thead>
          <tr>
            <th></th>
            ${categories.map((category) => markup`<th scope="col">${raw(category.label)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${(question.cards ?? []).map(
            (card) =>
              markup`<tr>
                <th scope="row">${raw(card.text)}</th>
                ${categories.map(() => markup`<td>☐</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>`;
      key = markup`${(question.cards ?? []).map(
        (card, index) =>
          markup`${index ? '; ' : ''}${index + 1}:
          ${raw(categories.find((category) => category.value === card.category)?.label ?? '')}`,
      )}`;
      break;
    }
    case 'short-answer':
      body = markup`<p>${w.lines}</p>
        <div class="lk-lines" aria-hidden="true"></div>`;
      key = question.modelAnswer ? raw(question.modelAnswer) : markup`—`;
      break;
  }
  return {
    worksheet: markup`<div class="lk-print-question" id=${`print-${question.id}`}>${title}${body}</div>`.html,
    key: markup`<li><strong>${question.id}</strong>: ${key}</li>`.html,
  };
}

/** ```question — one question of any type. */
export const questionBlock = defineBlock<QuestionModel>({
  name: 'question',
  parse: parseQuestion,
  items: (question) => [question.id],
  render: renderQuestion,
  print: printQuestion,
});

/** ```quiz — a set of questions scored together. */
export const quizBlock = defineBlock<QuizModel>({
  name: 'quiz',
  parse(fields, context) {
    fields.allow(QUIZ_KEYS);
    const id = fields.string('id', { required: true, hint: 'Give the quiz an id, such as "id: check-1".' });
    const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
    const title = fields.string('title');
    const layout = fields.choice('layout', ['all', 'paged'] as const);
    const feedback = fields.choice('feedback', ['immediate', 'end'] as const);
    const shuffle = fields.boolean('shuffle');
    const passingScore = fields.number('passing-score', { min: 0, max: 1 });
    const retry = fields.choice('retry', ['clear', 'keep', 'none'] as const);
    const nodes = fields.list('questions', { required: true, hint: 'List the questions under "questions:".' }) ?? [];
    const questions: QuestionModel[] = [];
    for (const node of nodes) {
      const question = fields.mapping(node, 'a question of this quiz');
      if (!question) continue;
      const parsed = parseQuestion(question, context);
      if (parsed) questions.push(parsed);
    }
    if (!idOk || id === undefined || questions.length !== nodes.length || nodes.length === 0) return undefined;
    return {
      id,
      questions,
      ...(title !== undefined ? { title } : {}),
      ...(layout !== undefined ? { layout } : {}),
      ...(feedback !== undefined ? { feedback } : {}),
      ...(shuffle !== undefined ? { shuffle } : {}),
      ...(passingScore !== undefined ? { passingScore } : {}),
      ...(retry !== undefined ? { retry } : {}),
    };
  },
  items: (quiz) => quiz.questions.map((question) => question.id),
  render(quiz, context) {
    return markup`<lk-quiz${attr('item-id', quiz.id)}${attr('layout', quiz.layout)}${attr('feedback', quiz.feedback)}${attr(
      'shuffle',
      quiz.shuffle,
    )}${attr('passing-score', quiz.passingScore)}${attr('retry', quiz.retry)}>
      ${quiz.title ? markup`<h3 slot="title">${quiz.title}</h3>` : ''}
      ${quiz.questions.map((question) => raw(renderQuestion(question, context)))}
    </lk-quiz>`.html;
  },
  print(quiz, context) {
    const printed = quiz.questions.map((question) => printQuestion(question, context));
    return {
      worksheet:
        markup`${quiz.title ? markup`<h3>${quiz.title}</h3>` : ''}${printed.map((part) => raw(part.worksheet))}`.html,
      key: printed.map((part) => part.key).join(''),
    };
  },
});

/** The blocks of @lessonkit/quiz. */
export const quizBlocks = [questionBlock, quizBlock];
