// The key of a "pick one" block (fallacy, claim-check): `answer`, the values offered and a reason per
// value, each mistake reported once at its line. DOM-free, for the pipeline.
import { didYouMean, type Fields } from '@lessonkit/pipeline';

export interface ChoiceKeySpec<T extends string> {
  /** Every value there is, in the order they are offered when the author lists none. */
  readonly values: readonly T[];
  /** What one value is, for messages: "device", "verdict". */
  readonly kind: string;
  /** The key of the list of values offered: "choices", "verdicts". */
  readonly listKey: string;
  /** The `why` mapping, for messages: `the "why" of this fallacy activity`. */
  readonly whyWhat: string;
  /** The end of the message for a value with no reason: what the reason should say. */
  readonly whyNeeds: string;
  /** `answer` may list several values, each a right answer (at least one value offered must not be). */
  readonly many?: boolean;
}

export interface ChoiceKey<T extends string> {
  /** The answer; with `many`, the first of the answers. */
  readonly answer: T | undefined;
  /** Every right answer: `answer` alone, or with `many` the values it lists. */
  readonly answers: readonly T[] | undefined;
  /** The values listed under `listKey`, or undefined when it is left out. */
  readonly listed: T[] | undefined;
  readonly why: Partial<Record<T, string>>;
}

/** Reads `answer`, the list under `spec.listKey` and `why`, reporting each problem at its line. */
export function readChoiceKey<T extends string>(fields: Fields, spec: ChoiceKeySpec<T>): ChoiceKey<T> {
  const { values, kind, listKey } = spec;
  const known = (text: string): text is T => (values as readonly string[]).includes(text);
  const hint = `${kind[0]?.toUpperCase()}${kind.slice(1)}s: ${values.join(', ')}.`;
  const answers = spec.many
    ? fields.choices('answer', values, { required: true })
    : (() => {
        const one = fields.choice('answer', values, { required: true });
        return one === undefined ? undefined : [one];
      })();
  const answer = answers?.[0];

  // The list: each entry checked at its own line.
  let listed: T[] | undefined;
  let listOk = true;
  const nodes = fields.list(listKey);
  if (nodes) {
    listed = [];
    for (const node of nodes) {
      const text = String((node as { value?: unknown }).value ?? '').trim();
      const at = fields.offset(node);
      if (!known(text)) {
        const guess = didYouMean(text, values);
        fields.report.error(
          at,
          `"${text}" in "${listKey}" is not a ${kind}.`,
          guess ? `Did you mean "${guess}"?` : hint,
        );
        listOk = false;
      } else if (listed.includes(text)) {
        fields.report.error(at, `"${text}" is listed twice in "${listKey}".`);
        listOk = false;
      } else listed.push(text);
    }
    if (listOk && listed.length < 2) {
      fields.report.error(
        fields.offset(fields.value(listKey)),
        `list at least two ${listKey} (or leave "${listKey}" out to offer all ${values.length}).`,
      );
      listOk = false;
    }
  } else if (fields.has(listKey)) {
    // Not a list (reported by fields.list), or empty.
    listOk = false;
    if (fields.value(listKey) === undefined)
      fields.report.error(
        fields.keyOffset(listKey),
        `"${listKey}" is empty.`,
        `List at least two ${listKey}, or leave "${listKey}" out to offer all ${values.length}.`,
      );
  }
  const offered = listed ?? values;
  if (answers !== undefined && listOk) {
    for (const missing of answers.filter((value) => !offered.includes(value))) {
      fields.report.error(
        fields.offset(fields.value('answer')),
        `the answer "${missing}" is not among the ${listKey}.`,
        `Add "${missing}" to "${listKey}".`,
      );
    }
    if (answers.length > 1 && answers.length >= offered.length)
      fields.report.error(
        fields.offset(fields.value('answer')),
        `every one of the ${listKey} is an answer.`,
        `Leave at least one of the ${listKey} that is not, or list fewer answers.`,
      );
  }

  // why: a reason per value offered. With a wrong list, nothing is said to be missing: one mistake, one error.
  const why: Partial<Record<T, string>> = {};
  const node = fields.value('why', true, `Under "why:", give a reason for each of the ${listKey}: "${kind}: reason".`);
  const whyFields = node ? fields.mapping(node, spec.whyWhat) : undefined;
  if (!node || !whyFields) return { answer, answers, listed, why };
  const reported = new Set<string>();
  for (const key of whyFields.keys()) {
    const at = whyFields.offset(whyFields.value(key));
    if (!known(key)) {
      const guess = didYouMean(key, values);
      whyFields.report.error(
        at,
        `"why" has a reason for "${key}", which is not a ${kind}.`,
        guess ? `Did you mean "${guess}"?` : hint,
      );
      if (guess) reported.add(guess);
      continue;
    }
    const reason = whyFields.string(key, { required: true });
    if (!reason) {
      reported.add(key);
      continue;
    }
    why[key] = reason;
    // A reason for an answer that is not offered is already reported, as the answer.
    if (listOk && !offered.includes(key) && !answers?.includes(key))
      whyFields.report.warning(
        at,
        `"why" has a reason for "${key}", which is not among the ${listKey}.`,
        `Add "${key}" to "${listKey}", or remove its reason.`,
      );
  }
  if (listOk) {
    for (const value of offered) {
      if (why[value] !== undefined || reported.has(value)) continue;
      whyFields.report.error(fields.offset(node), `"why" has no reason for "${value}". ${spec.whyNeeds}`);
    }
  }
  return { answer, answers, listed: listOk ? listed : undefined, why };
}
