// The `fallacy` lesson block: DOM-free, for the pipeline (Node and browser).
import { attr, defineBlock, didYouMean, markup, raw } from '@lessonkit/pipeline';
import { DEVICE_NAMES, DEVICES, isDevice, type Device, type FallacyData } from './model.js';

export interface FallacyModel {
  readonly id: string;
  readonly points?: number;
  readonly maxAttempts?: number;
  readonly data: FallacyData;
}

const DEVICE_HINT = `Devices: ${DEVICES.join(', ')}.`;

const names = (lang: string) => (lang.toLowerCase().startsWith('es') ? DEVICE_NAMES.es : DEVICE_NAMES.en);

export const fallacyBlock = defineBlock<FallacyModel>({
  name: 'fallacy',
  parse(fields, context) {
    fields.allow(['id', 'passage', 'source', 'url', 'lang', 'answer', 'choices', 'why', 'points', 'max-attempts']);
    const id = fields.string('id', { required: true, hint: 'Give the activity an id, such as "id: only-way".' });
    const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
    const passage = fields.string('passage', { required: true, hint: 'Quote the passage under "passage:".' });
    const source = fields.string('source');
    const answer = fields.choice('answer', DEVICES, { required: true });
    let urlOk = true;
    const url = fields.string('url');
    if (url !== undefined && !/^https?:\/\//i.test(url)) {
      fields.report.error(fields.offset(fields.value('url')), `the url "${url}" is not an http(s) address.`);
      urlOk = false;
    }
    const passageLang = fields.string('lang');
    const points = fields.number('points', { min: 0 });
    const maxAttempts = fields.number('max-attempts', { min: 0, integer: true });

    let ok = urlOk;
    // choices: each entry checked at its own line.
    const choices: Device[] = [];
    let choicesOk = true;
    for (const node of fields.list('choices') ?? []) {
      const text = String((node as { value?: unknown }).value ?? '').trim();
      const at = fields.offset(node);
      if (!isDevice(text)) {
        const guess = didYouMean(text, DEVICES);
        fields.report.error(
          at,
          `the choice "${text}" is not a device.`,
          guess ? `Did you mean "${guess}"?` : DEVICE_HINT,
        );
        choicesOk = false;
      } else if (choices.includes(text)) {
        fields.report.error(at, `"${text}" is listed twice in "choices".`);
        choicesOk = false;
      } else choices.push(text);
    }
    if (fields.has('choices') && choicesOk && choices.length < 2) {
      fields.report.error(
        fields.offset(fields.value('choices')),
        'list at least two choices (or leave "choices" out for all seven).',
      );
      choicesOk = false;
    }
    const offered = choices.length > 0 ? choices : DEVICES;
    if (answer !== undefined && choicesOk && !offered.includes(answer)) {
      fields.report.error(
        fields.offset(fields.value('answer')),
        `the answer "${answer}" is not among the choices.`,
        `Add "${answer}" to "choices".`,
      );
      ok = false;
    }
    if (!choicesOk) ok = false;

    const why: Partial<Record<Device, string>> = {};
    const reported = new Set<string>();
    const whyNode = fields.value('why', true, 'Under "why:", give a reason for each choice: "device: reason".');
    const whyFields = whyNode ? fields.mapping(whyNode, 'the "why" of this fallacy activity') : undefined;
    if (whyFields) {
      for (const key of whyFields.keys()) {
        const at = whyFields.offset(whyFields.value(key));
        if (!isDevice(key)) {
          const guess = didYouMean(key, DEVICES);
          whyFields.report.error(
            at,
            `"why" has a reason for "${key}", which is not a device.`,
            guess ? `Did you mean "${guess}"?` : DEVICE_HINT,
          );
          if (guess) reported.add(guess);
          ok = false;
          continue;
        }
        const reason = whyFields.string(key, { required: true });
        if (reason === undefined || reason === '') {
          if (reason === '') whyFields.report.error(at, `the reason for "${key}" is empty.`);
          reported.add(key);
          ok = false;
          continue;
        }
        why[key] = reason;
        if (choicesOk && !offered.includes(key))
          whyFields.report.warning(
            at,
            `"why" has a reason for "${key}", which is not among the choices.`,
            `Add "${key}" to "choices", or remove its reason.`,
          );
      }
      // Only once the choices are sound, and not again for a key reported above.
      if (choicesOk) {
        for (const device of offered) {
          if (why[device] !== undefined || reported.has(device)) continue;
          whyFields.report.error(
            fields.offset(whyNode),
            `"why" has no reason for "${device}". Each choice needs one: why it is right, or why the passage is not that.`,
          );
          ok = false;
        }
      }
    } else ok = false;

    if (!ok || !idOk || id === undefined || passage === undefined || answer === undefined) return undefined;
    return {
      id,
      ...(points !== undefined ? { points } : {}),
      ...(maxAttempts !== undefined ? { maxAttempts } : {}),
      data: {
        passage,
        ...(source !== undefined ? { source } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(passageLang !== undefined ? { lang: passageLang } : {}),
        answer,
        ...(choices.length > 0 ? { choices } : {}),
        why,
      },
    };
  },
  items: (model) => [model.id],
  render(model) {
    // JSON in a script element: "<" is escaped so the text can never close the element.
    const json = JSON.stringify(model.data).replace(/</g, '\\u003c');
    return markup`<lk-fallacy${attr('item-id', model.id)}${attr('points', model.points)}${attr('max-attempts', model.maxAttempts)}>
      <script type="application/json">${raw(json)}</script>
      <blockquote${attr('lang', model.data.lang)}${attr('cite', model.data.url)}><p>${model.data.passage}</p></blockquote>
      ${model.data.source ? markup`<p>— ${model.data.source}</p>` : ''}
    </lk-fallacy>`.html;
  },
  print(model, context) {
    const words = names(context.lang);
    const offered = model.data.choices ?? DEVICES;
    return {
      worksheet: markup`<blockquote${attr('lang', model.data.lang)}><p>${model.data.passage}</p></blockquote>
        ${model.data.source ? markup`<p>— ${model.data.source}</p>` : ''}
        <ol type="A" class="lk-choices">${offered.map((device) => markup`<li>${words[device]}</li>`)}</ol>`.html,
      key: markup`<p><strong>${words[model.data.answer]}</strong>: ${model.data.why[model.data.answer] ?? ''}</p>`.html,
    };
  },
});

export const fallacyBlocks = [fallacyBlock];
