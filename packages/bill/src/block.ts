// The `bill` lesson block: DOM-free, for the pipeline (Node and browser).
import {
  attr,
  citationNumbers,
  defineBlock,
  findTerm,
  markedText,
  markup,
  raw,
  type Fields,
} from '@lessonkit/pipeline';
import { compareBlock } from './compare-block.js';
import { STAGES, parseVote, splitTerms, type BillData, type Sponsor, type Stage, type StageEvent } from './model.js';

const KEYS = [
  'id',
  'number',
  'congress',
  'public-law',
  'short-title',
  'title',
  'sponsors',
  'cosponsors',
  'stages',
  'provisions',
  'does-not',
  'money',
  'myths',
  'sources',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Stage names for the plain-HTML fallback (the element shows its own). */
const STAGE_WORDS: Record<string, Record<Stage, string>> = {
  en: {
    introduced: 'Introduced',
    committee: 'In committee',
    'passed-house': 'Passed the House',
    'passed-senate': 'Passed the Senate',
    resolved: 'Differences resolved',
    signed: 'Signed by the President',
    'public-law': 'Became public law',
  },
  es: {
    introduced: 'Presentado',
    committee: 'En comisión',
    'passed-house': 'Aprobado por la Cámara de Representantes',
    'passed-senate': 'Aprobado por el Senado',
    resolved: 'Diferencias resueltas',
    signed: 'Firmado por el presidente',
    'public-law': 'Convertido en ley pública',
  },
};

export interface BillModel {
  readonly id: string;
  readonly data: BillData;
}

function readSponsors(fields: Fields, key: string): Sponsor[] {
  const sponsors: Sponsor[] = [];
  for (const node of fields.list(key) ?? []) {
    const entry = fields.mapping(node, `a ${key === 'sponsors' ? 'sponsor' : 'cosponsor'}`);
    if (!entry) continue;
    entry.allow(['name', 'party', 'state', 'title']);
    const name = entry.string('name', { required: true });
    if (name === undefined) continue;
    const party = entry.string('party');
    const state = entry.string('state');
    const title = entry.string('title');
    sponsors.push({
      name,
      ...(party !== undefined ? { party } : {}),
      ...(state !== undefined ? { state } : {}),
      ...(title !== undefined ? { title } : {}),
    });
  }
  return sponsors;
}

function readStages(fields: Fields): StageEvent[] | undefined {
  const nodes = fields.list('stages', {
    required: true,
    hint: 'List the stages that happened, each with "stage:" and "date:".',
  });
  if (!nodes) return undefined;
  const stages: StageEvent[] = [];
  let failed = false;
  let lastDate = '';
  let lastStage = -1;
  for (const node of nodes) {
    const entry = fields.mapping(node, 'a stage');
    if (!entry) {
      failed = true;
      continue;
    }
    entry.allow(['stage', 'date', 'vote', 'note']);
    const stage = entry.choice('stage', STAGES, { required: true });
    const date = entry.string('date');
    const vote = entry.string('vote');
    const note = entry.string('note');
    if (!stage) {
      failed = true;
      continue;
    }
    if (date !== undefined && !DATE.test(date)) {
      entry.report.error(
        entry.offset(entry.value('date')),
        `the date of stage "${stage}" must be YYYY-MM-DD, not "${date}".`,
      );
      failed = true;
    } else if (date !== undefined && lastDate && date < lastDate) {
      entry.report.error(
        entry.offset(entry.value('date')),
        `stage "${stage}" is dated ${date}, before the stage above it (${lastDate}).`,
        'List the stages in the order they happened, with their dates.',
      );
      failed = true;
    }
    const index = STAGES.indexOf(stage);
    if (index <= lastStage) {
      entry.report.error(
        entry.offset(entry.value('stage')),
        `stage "${stage}" comes after "${STAGES[lastStage]}" in a bill's journey, not before.`,
        `The order is: ${STAGES.join(', ')}.`,
      );
      failed = true;
    }
    if (vote !== undefined && !parseVote(vote) && !/^(voice vote|unanimous consent)$/i.test(vote)) {
      entry.report.error(
        entry.offset(entry.value('vote')),
        `the vote "${vote}" of stage "${stage}" is not yea-nay.`,
        'Write the yeas and nays as 388-25, or "voice vote" or "unanimous consent".',
      );
      failed = true;
    }
    lastStage = Math.max(lastStage, index);
    if (date) lastDate = date;
    stages.push({
      stage: stage as Stage,
      ...(date !== undefined ? { date } : {}),
      ...(vote !== undefined ? { vote } : {}),
      ...(note !== undefined ? { note } : {}),
    });
  }
  return failed ? undefined : stages;
}

/** The texts of a bill that may hold `[[term]]` marks and `[@id]` citations. */
const markedTexts = (bill: Pick<BillData, 'provisions' | 'doesNot' | 'myths' | 'money' | 'stages'>): string[] => [
  ...bill.provisions.flatMap((provision) => [provision.summary, provision.detail ?? '']),
  ...(bill.doesNot ?? []),
  ...(bill.myths ?? []).flatMap((card) => [card.myth, card.fact]),
  ...[bill.money?.authorized, bill.money?.appropriated, bill.money?.note].map((text) => text ?? ''),
  ...bill.stages.map((stage) => stage.note ?? ''),
];

/** ```bill — one bill explained. */

export const billBlock = defineBlock<BillModel>({
  name: 'bill',
  parse(fields, context) {
    fields.allow(KEYS);
    const id = fields.string('id', { required: true, hint: 'Give the bill an id, such as "id: fosta".' });
    const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
    const number = fields.string('number', { required: true, hint: 'The bill number, such as "number: H.R.1865".' });
    const title = fields.string('title', { required: true, hint: 'The official title.' });
    const congress = fields.number('congress', { min: 1, integer: true });
    const publicLaw = fields.string('public-law');
    const shortTitle = fields.string('short-title');
    const sponsors = readSponsors(fields, 'sponsors');
    const cosponsors = readSponsors(fields, 'cosponsors');
    const stages = readStages(fields);
    const provisions = [];
    for (const node of fields.list('provisions', {
      required: true,
      hint: 'List 3 to 6 provisions, each with "summary:".',
    }) ?? []) {
      const entry = fields.mapping(node, 'a provision');
      if (!entry) continue;
      entry.allow(['summary', 'detail']);
      const summary = entry.string('summary', { required: true });
      const detail = entry.string('detail');
      if (summary !== undefined) provisions.push({ summary, ...(detail !== undefined ? { detail } : {}) });
    }
    const doesNot = fields.strings('does-not') ?? [];
    const myths = [];
    for (const node of fields.list('myths') ?? []) {
      const entry = fields.mapping(node, 'a myth');
      if (!entry) continue;
      entry.allow(['myth', 'fact']);
      const myth = entry.string('myth', { required: true });
      const fact = entry.string('fact', { required: true });
      if (myth !== undefined && fact !== undefined) myths.push({ myth, fact });
    }
    let money: BillData['money'];
    const moneyNode = fields.value('money');
    if (moneyNode) {
      const entry = fields.mapping(moneyNode, 'the money');
      if (entry) {
        entry.allow(['authorized', 'appropriated', 'note']);
        const authorized = entry.string('authorized');
        const appropriated = entry.string('appropriated');
        const note = entry.string('note');
        money = {
          ...(authorized !== undefined ? { authorized } : {}),
          ...(appropriated !== undefined ? { appropriated } : {}),
          ...(note !== undefined ? { note } : {}),
        };
      }
    }
    // [[term]] marks and [@id] citations in the text: checked against the lesson's glossary and
    // sources (located at the block), and the definitions used are passed to the element.
    const terms = new Set<string>();
    const cited = new Set<string>();
    for (const text of markedTexts({ provisions, doesNot, myths, money, stages: stages ?? [] })) {
      for (const piece of splitTerms(text)) {
        if ('term' in piece) terms.add(piece.term);
        else if ('cite' in piece) cited.add(piece.cite);
      }
    }
    const marks = [...[...terms].map((term) => `[[${term}]]`), ...[...cited].map((id) => `[@${id}]`)];
    if (marks.length > 0) context.inline(marks.join(' '), fields.offset());
    const glossary = Object.fromEntries(
      [...terms].flatMap((term) => {
        const key = findTerm(context.glossary, term);
        return key ? [[key, context.glossary[key] as string]] : [];
      }),
    );
    const sourceIds = fields.strings('sources') ?? [];
    if (sourceIds.length > 0)
      context.inline(sourceIds.map((source) => `[@${source}]`).join(' '), fields.offset(fields.value('sources')));
    if (!idOk || id === undefined || number === undefined || title === undefined || !stages) return undefined;
    return {
      id,
      data: {
        number,
        title,
        sponsors,
        stages,
        provisions,
        ...(congress !== undefined ? { congress } : {}),
        ...(publicLaw !== undefined ? { publicLaw } : {}),
        ...(shortTitle !== undefined ? { shortTitle } : {}),
        ...(cosponsors.length > 0 ? { cosponsors } : {}),
        ...(doesNot.length > 0 ? { doesNot } : {}),
        ...(money ? { money } : {}),
        ...(myths.length > 0 ? { myths } : {}),
        ...(sourceIds.length > 0 ? { sources: sourceIds.map((source) => ({ title: source })) } : {}),
        ...(Object.keys(glossary).length > 0 ? { glossary } : {}),
      },
    };
  },
  items: () => [],
  render(model, context) {
    // Each source with its number in the lesson's list, as the lesson's citations number it.
    const sources = (model.data.sources ?? []).map(({ title: id }) => {
      const index = context.meta.sources.findIndex((candidate) => candidate.id === id);
      const source = context.meta.sources[index];
      return {
        title: source?.title ?? id,
        ...(source?.url ? { url: source.url } : {}),
        ...(index >= 0 ? { number: index + 1 } : {}),
      };
    });
    const citations = citationNumbers(markedTexts(model.data), context);
    const data: BillData = {
      ...model.data,
      ...(sources.length > 0 ? { sources } : {}),
      ...(Object.keys(citations).length > 0 ? { citations } : {}),
    };
    // JSON in a script element: "<" is escaped so the text can never close the element.
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    const bill = data;
    return markup`<lk-bill${attr('id', `bill-${model.id}`)}>
      <script type="application/json">${raw(json)}</script>
      <h3>${bill.shortTitle ?? bill.title}</h3>
      ${bill.shortTitle ? markup`<p>${bill.title}</p>` : ''}
      <p>${[bill.number, bill.publicLaw].filter(Boolean).join(' · ')}</p>
      <ol>
        ${bill.stages.map(
          (stage) =>
            markup`<li>${(STAGE_WORDS[context.lang] ?? STAGE_WORDS.en)?.[stage.stage] ?? stage.stage}${stage.date ? ` — ${stage.date}` : ''}${stage.vote ? ` (${stage.vote})` : ''}</li>`,
        )}
      </ol>
      <ul>
        ${bill.provisions.map(
          (provision) =>
            markup`<li>${markedText(provision.summary, citations, context.lang)}${provision.detail ? markup` ${markedText(provision.detail, citations, context.lang)}` : ''}</li>`,
        )}
      </ul>
    </lk-bill>`.html;
  },
});

export const billBlocks = [billBlock, compareBlock];

export { compareBlock, type CompareModel } from './compare-block.js';
