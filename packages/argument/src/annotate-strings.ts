import { registerStrings, type BuildEnv } from '@lessonkit/core';
import { TAG_NAMES, TAGS } from './annotate-model.js';

const names = (lang: 'en' | 'es') =>
  Object.fromEntries(TAGS.map((tag) => [`annotate.tag.${tag}`, TAG_NAMES[lang][tag]]));

export const annotateEn = {
  'annotate.legend': 'Tag with',
  'annotate.instructions':
    'Choose a tag, then select each sentence to give it that tag. The arrow keys, Home and End move between sentences; on a sentence, number keys give a tag directly and Delete removes it.',
  'annotate.define.thesis': 'The main point the whole piece argues for.',
  'annotate.define.claim': 'A statement offered as a reason to accept the thesis.',
  'annotate.define.evidence': 'Facts, figures, cases or sources offered as proof.',
  'annotate.define.reasoning': 'Explains how evidence supports a claim.',
  'annotate.define.appeal-to-emotion': 'Uses feelings in place of evidence.',
  'annotate.define.loaded-language': 'Emotionally charged words that push a conclusion.',
  'annotate.define.none': 'Sets the scene, or plays none of these roles.',
  'annotate.key': 'key {key}',
  'annotate.passage': 'The passage, one sentence per button',
  'annotate.untagged': 'not tagged',
  'annotate.tagged': 'tagged',
  'annotate.mark.right': 'right',
  'annotate.mark.wrong': 'wrong',
  'annotate.progress': '{done} of {total} sentences tagged',
  'annotate.check': 'Check',
  'annotate.tryAgain': 'Try again',
  'annotate.left.one': 'Tag every sentence before checking: {count} is left.',
  'annotate.left.other': 'Tag every sentence before checking: {count} are left.',
  'annotate.summary': '{right} of {total} sentences tagged right.',
  'annotate.allRight': 'All {total} sentences tagged right.',
  'annotate.retryHint':
    'The sentences tagged wrong are untagged again: tag them once more and check. The ones tagged right stay, marked ✓.',
  'annotate.kept': 'right, kept',
  'annotate.taggedAs': 'Sentence {n}: {tag}.',
  'annotate.tagRemoved': 'Sentence {n}: no tag.',
  'annotate.sentence': 'Sentence {n}',
  'annotate.right': 'Right: {tag}.',
  'annotate.notThis': 'Not {tag}.',
  'annotate.answer': 'The key: {tag}.',
  'annotate.alsoAccepted': 'Also accepted: {tags}.',
  'annotate.error': 'This activity cannot be shown: {problem}',
};

export const annotateEs: Record<keyof typeof annotateEn, string> = {
  'annotate.legend': 'Etiquetar con',
  'annotate.instructions':
    'Elige una etiqueta y luego selecciona cada oración para dársela. Las flechas, Inicio y Fin pasan de una oración a otra; en una oración, las teclas numéricas dan una etiqueta directamente y Supr la quita.',
  'annotate.define.thesis': 'La idea principal que defiende todo el texto.',
  'annotate.define.claim': 'Una afirmación que se ofrece como razón para aceptar la tesis.',
  'annotate.define.evidence': 'Hechos, cifras, casos o fuentes que se ofrecen como prueba.',
  'annotate.define.reasoning': 'Explica cómo las pruebas apoyan una afirmación.',
  'annotate.define.appeal-to-emotion': 'Usa los sentimientos en lugar de las pruebas.',
  'annotate.define.loaded-language': 'Palabras con carga emocional que empujan a una conclusión.',
  'annotate.define.none': 'Sitúa al lector, o no cumple ninguno de estos papeles.',
  'annotate.key': 'tecla {key}',
  'annotate.passage': 'El pasaje, un botón por oración',
  'annotate.untagged': 'sin etiquetar',
  'annotate.tagged': 'etiqueta',
  'annotate.mark.right': 'correcta',
  'annotate.mark.wrong': 'incorrecta',
  'annotate.progress': '{done} de {total} oraciones etiquetadas',
  'annotate.check': 'Comprobar',
  'annotate.tryAgain': 'Intentar de nuevo',
  'annotate.left.one': 'Etiqueta todas las oraciones antes de comprobar: falta {count}.',
  'annotate.left.other': 'Etiqueta todas las oraciones antes de comprobar: faltan {count}.',
  'annotate.summary': '{right} de {total} oraciones bien etiquetadas.',
  'annotate.allRight': 'Las {total} oraciones están bien etiquetadas.',
  'annotate.retryHint':
    'Las oraciones mal etiquetadas vuelven a estar sin etiqueta: etiquétalas otra vez y comprueba. Las bien etiquetadas se quedan, marcadas con ✓.',
  'annotate.kept': 'correcta, se queda',
  'annotate.taggedAs': 'Oración {n}: {tag}.',
  'annotate.tagRemoved': 'Oración {n}: sin etiqueta.',
  'annotate.sentence': 'Oración {n}',
  'annotate.right': 'Correcto: {tag}.',
  'annotate.notThis': 'No es {tag}.',
  'annotate.answer': 'La clave: {tag}.',
  'annotate.alsoAccepted': 'También vale: {tags}.',
  'annotate.error': 'Esta actividad no se puede mostrar: {problem}',
};

// A lesson page built in one language (LESSONKIT_LANG, see BuildEnv) leaves the other out.
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'es') registerStrings('en', { ...annotateEn, ...names('en') });
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'en') registerStrings('es', { ...annotateEs, ...names('es') });
