import { registerStrings, type BuildEnv } from '@lessonkit/core';
import { LATERAL_STEP_NAMES, LATERAL_STEPS, VERDICT_NAMES, VERDICTS } from './claim-check-model.js';

const names = (lang: 'en' | 'es') =>
  Object.fromEntries([
    ...VERDICTS.map((verdict) => [`claim.verdict.${verdict}`, VERDICT_NAMES[lang][verdict]]),
    ...LATERAL_STEPS.map((step) => [`claim.step.${step}`, LATERAL_STEP_NAMES[lang][step]]),
  ]);

export const claimCheckEn = {
  'claim.question': 'What is your verdict on this claim?',
  'claim.define.accurate': 'The sources confirm it.',
  'claim.define.needs-context': 'True as stated, but it leaves out something that changes how it reads.',
  'claim.define.partly-accurate': 'Some of it holds up; some of it is wrong or cannot be confirmed.',
  'claim.define.misleading': 'It may use real facts, but it leaves a false impression.',
  'claim.define.unsupported': 'No evidence is given, or the evidence points elsewhere.',
  'claim.define.unverified': 'It could not be confirmed. That is not the same as false.',
  'claim.define.opinion': 'A judgment, not a fact; the assumptions behind it can be checked.',
  'claim.evidence': 'What evidence would you need to check this claim?',
  'claim.evidenceHint': 'Choose all that apply.',
  'claim.check': 'Check',
  'claim.tryAgain': 'Try again',
  'claim.choose': 'Choose a verdict before checking.',
  'claim.right': 'Right: {verdict}.',
  'claim.notThis': 'Not {verdict}.',
  'claim.answerWas': 'The verdict is {verdict}.',
  'claim.evidenceKey': 'The evidence you would need:',
  'claim.neededChosen': 'Needed, and you chose it.',
  'claim.neededMissed': 'Needed, but you left it out.',
  'claim.notNeededChosen': 'Not needed, but you chose it.',
  'claim.notNeededLeft': 'Not needed, and you left it out.',
  'claim.sources': 'What the sources say',
  'claim.next': 'Next step: {step}',
  'claim.error': 'This activity cannot be shown: {problem}',
};

export const claimCheckEs: Record<keyof typeof claimCheckEn, string> = {
  'claim.question': '¿Cuál es tu veredicto sobre esta afirmación?',
  'claim.define.accurate': 'Las fuentes la confirman.',
  'claim.define.needs-context': 'Es cierta tal como está, pero omite algo que cambia cómo se entiende.',
  'claim.define.partly-accurate': 'Una parte se sostiene; otra es incorrecta o no se puede confirmar.',
  'claim.define.misleading': 'Puede usar datos reales, pero deja una impresión falsa.',
  'claim.define.unsupported': 'No se da ninguna prueba, o las pruebas apuntan a otra cosa.',
  'claim.define.unverified': 'No se pudo confirmar. Eso no es lo mismo que falsa.',
  'claim.define.opinion': 'Un juicio, no un hecho; los supuestos en que se apoya se pueden comprobar.',
  'claim.evidence': '¿Qué pruebas necesitarías para comprobar esta afirmación?',
  'claim.evidenceHint': 'Elige todas las que correspondan.',
  'claim.check': 'Comprobar',
  'claim.tryAgain': 'Intentar de nuevo',
  'claim.choose': 'Elige un veredicto antes de comprobar.',
  'claim.right': 'Correcto: {verdict}.',
  'claim.notThis': 'No es «{verdict}».',
  'claim.answerWas': 'El veredicto es «{verdict}».',
  'claim.evidenceKey': 'Las pruebas que necesitarías:',
  'claim.neededChosen': 'Necesaria, y la elegiste.',
  'claim.neededMissed': 'Necesaria, pero la dejaste fuera.',
  'claim.notNeededChosen': 'No es necesaria, pero la elegiste.',
  'claim.notNeededLeft': 'No es necesaria, y la dejaste fuera.',
  'claim.sources': 'Lo que dicen las fuentes',
  'claim.next': 'Paso siguiente: {step}',
  'claim.error': 'Esta actividad no se puede mostrar: {problem}',
};

// A lesson page built in one language (LESSONKIT_LANG, see BuildEnv) leaves the other out.
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'es') registerStrings('en', { ...claimCheckEn, ...names('en') });
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'en') registerStrings('es', { ...claimCheckEs, ...names('es') });
