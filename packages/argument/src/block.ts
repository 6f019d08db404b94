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
    fields.allow(['id', 'passage', 'source', 'answer', 'choices', 'why', 'points', 'max-attempts']);
    const id = fields.string('id', { required: true, hint: 'Give the activity an id, such as "id: only-way".' });
    const idOk = id !== undefined && context.claimId(id, fields.offset(fields.value('id')));
    const passage = fields.string('passage', { required: true, hint: 'Quote the passage under "passage:".' });
    const source = fields.string('source');
    const answer = fields.choice('answer', DEVICES, { required: true });
    const points = fields.number('points', { min: 0 });
    const maxAttempts = fields.number('max-attempts', { min: 0, integer: true });

    let ok = true;
    const choices: Device[] = [];
    const choicesAt = fields.offset(fields.value('choices'));
    (fields.strings('choices') ?? []).forEach((text) => {
      if (isDevice(text)) {
        if (choices.includes(text)) {
          fields.report.error(choicesAt, `"${text}" is listed twice in "choices".`);
          ok = false;
        } else choices.push(text);
        return;
      }
      const guess = didYouMean(text, DEVICES);
      fields.report.error(
        choicesAt,
        `the choice "${text}" is not a device.`,
        guess ? `Did you mean "${guess}"?` : DEVICE_HINT,
      );
      ok = false;
    });
    if (fields.has('choices') && ok && choices.length < 2) {
      fields.report.error(fields.offset(fields.value('choices')), 'list at least two choices.');
      ok = false;
    }
    const offered = choices.length > 0 ? choices : DEVICES;
    if (answer !== undefined && ok && !offered.includes(answer)) {
      fields.report.error(
        fields.offset(fields.value('answer')),
        `the answer "${answer}" is not among the choices.`,
        `Add "${answer}" to "choices".`,
      );
      ok = false;
    }

    const why: Partial<Record<Device, string>> = {};
    const whyNode = fields.value('why', true, 'Under "why:", give a reason for each choice: "device: reason".');
    const whyFields = whyNode ? fields.mapping(whyNode, 'the "why" of this fallacy activity') : undefined;
    if (whyFields) {
      for (const key of whyFields.keys()) {
        const reason = whyFields.string(key, { required: true });
        if (!isDevice(key)) {
          const guess = didYouMean(key, DEVICES);
          whyFields.report.error(
            whyFields.offset(whyFields.value(key)),
            `"why" has a reason for "${key}", which is not a device.`,
            guess ? `Did you mean "${guess}"?` : DEVICE_HINT,
          );
          ok = false;
        } else if (reason !== undefined) why[key] = reason;
      }
      for (const device of offered) {
        if (why[device] !== undefined) continue;
        whyFields.report.error(
          fields.offset(whyNode),
          `"why" has no reason for "${device}". Each choice needs one: why it is right, or why the passage is not that.`,
        );
        ok = false;
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
      <blockquote><p>${model.data.passage}</p></blockquote>
      ${model.data.source ? markup`<p>— ${model.data.source}</p>` : ''}
    </lk-fallacy>`.html;
  },
  print(model, context) {
    const words = names(context.lang);
    const offered = model.data.choices ?? DEVICES;
    return {
      worksheet: markup`<blockquote><p>${model.data.passage}</p></blockquote>
        ${model.data.source ? markup`<p>— ${model.data.source}</p>` : ''}
        <ol type="A" class="lk-choices">${offered.map((device) => markup`<li>${words[device]}</li>`)}</ol>`.html,
      key: markup`<p><strong>${words[model.data.answer]}</strong>: ${model.data.why[model.data.answer] ?? ''}</p>`.html,
    };
  },
});

export const fallacyBlocks = [fallacyBlock];
