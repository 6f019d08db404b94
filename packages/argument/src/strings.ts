import { registerStrings, type BuildEnv } from '@lessonkit/core';
import { DEVICE_NAMES, DEVICES } from './model.js';

const names = (lang: 'en' | 'es') =>
  Object.fromEntries(DEVICES.map((device) => [`fallacy.device.${device}`, DEVICE_NAMES[lang][device]]));

export const en = {
  'fallacy.question': 'Which device or fallacy does this passage use?',
  'fallacy.define.false-dilemma': 'Presenting only one or two options when more exist.',
  'fallacy.define.hasty-generalization': 'Drawing a broad conclusion from too few cases.',
  'fallacy.define.appeal-to-emotion': 'Using feelings in place of evidence.',
  'fallacy.define.loaded-language': 'Emotionally charged words that push a conclusion.',
  'fallacy.define.equivocation': 'Sliding between two meanings of a word, or between two different things.',
  'fallacy.define.red-herring': 'Drawing attention away from the question at hand.',
  'fallacy.define.none': 'The passage makes its point fairly.',
  'fallacy.check': 'Check',
  'fallacy.tryAgain': 'Try again',
  'fallacy.choose': 'Choose a device before checking.',
  'fallacy.right': 'Right: {device}.',
  'fallacy.notThis': 'Not {device}.',
  'fallacy.answerWas': 'The answer is {device}.',
  'fallacy.fairAnswer': 'A fair answer: {device}.',
  'fallacy.alsoRight': 'Also a fair reading: {device}.',
  'fallacy.error': 'This activity cannot be shown: {problem}',
};

export const es: Record<keyof typeof en, string> = {
  'fallacy.question': '¿Qué recurso o falacia usa este pasaje?',
  'fallacy.define.false-dilemma': 'Presentar solo una o dos opciones cuando hay más.',
  'fallacy.define.hasty-generalization': 'Sacar una conclusión amplia de muy pocos casos.',
  'fallacy.define.appeal-to-emotion': 'Usar los sentimientos en lugar de las pruebas.',
  'fallacy.define.loaded-language': 'Palabras con carga emocional que empujan a una conclusión.',
  'fallacy.define.equivocation': 'Pasar de un significado de una palabra a otro, o de una cosa a otra distinta.',
  'fallacy.define.red-herring': 'Desviar la atención de la cuestión de fondo.',
  'fallacy.define.none': 'El pasaje defiende su idea de forma justa.',
  'fallacy.check': 'Comprobar',
  'fallacy.tryAgain': 'Intentar de nuevo',
  'fallacy.choose': 'Elige un recurso antes de comprobar.',
  'fallacy.right': 'Correcto: {device}.',
  'fallacy.notThis': 'No es {device}.',
  'fallacy.answerWas': 'La respuesta es {device}.',
  'fallacy.fairAnswer': 'Una respuesta válida: {device}.',
  'fallacy.alsoRight': 'También es una lectura válida: {device}.',
  'fallacy.error': 'Esta actividad no se puede mostrar: {problem}',
};

// A lesson page built in one language (LESSONKIT_LANG, see BuildEnv) leaves the other out.
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'es') registerStrings('en', { ...en, ...names('en') });
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'en') registerStrings('es', { ...es, ...names('es') });
