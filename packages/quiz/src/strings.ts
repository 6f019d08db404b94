import { registerStrings } from '@lessonkit/core';

/** The quiz package's strings in English. Keys are stable: authors override them by key. */
export const en = {
  'question.instructions.single': 'Choose one answer.',
  'question.instructions.multiple': 'Choose all answers that apply.',
  'question.check': 'Check',
  'question.tryAgain': 'Try again',
  'question.showHint': 'Show hint',
  'question.hideHint': 'Hide hint',
  'question.chooseFirst': 'Choose an answer before checking.',
  'question.correct': 'Correct.',
  'question.partial': 'Partly correct.',
  'question.incorrect': 'Not quite.',
  'question.score': 'Score: {score} of {max}.',
  'question.attemptsLeft.one': 'You have {count} more try.',
  'question.attemptsLeft.other': 'You have {count} more tries.',
  'question.answerShown': 'The right answer is now marked.',
  'question.choice.correct': 'Correct',
  'question.choice.incorrect': 'Incorrect',
  'question.choice.answer': 'Right answer',
  'question.choice.missed': 'Right answer, not chosen',
  'question.noKey': 'This question cannot be checked: none of its choices is marked correct.',
  'question.noChoices': 'This question cannot be checked: it has no choices.',
  'question.noTrueFalseKey': 'This question cannot be checked: its answer must be “true” or “false”.',
  'question.unknownType': 'This question cannot be shown: “{type}” is not a question type.',
  'question.true': 'True',
  'question.false': 'False',
  'question.saved': 'Your answer is saved.',
  'short.instructions': 'Write your answer. It is not scored automatically.',
  'short.submit': 'Submit',
  'short.edit': 'Edit my answer',
  'short.writeFirst': 'Write an answer before submitting.',
  'short.modelAnswer': 'One possible answer',
} as const;

export type QuizStringKey = keyof typeof en;

/** The same strings in Spanish; the type makes a missing key a compile error. */
export const es: Record<QuizStringKey, string> = {
  'question.instructions.single': 'Elige una respuesta.',
  'question.instructions.multiple': 'Elige todas las respuestas correctas.',
  'question.check': 'Comprobar',
  'question.tryAgain': 'Intentar de nuevo',
  'question.showHint': 'Mostrar pista',
  'question.hideHint': 'Ocultar pista',
  'question.chooseFirst': 'Elige una respuesta antes de comprobar.',
  'question.correct': 'Correcto.',
  'question.partial': 'Parcialmente correcto.',
  'question.incorrect': 'No es correcto.',
  'question.score': 'Puntuación: {score} de {max}.',
  'question.attemptsLeft.one': 'Te queda {count} intento más.',
  'question.attemptsLeft.other': 'Te quedan {count} intentos más.',
  'question.answerShown': 'Ahora está marcada la respuesta correcta.',
  'question.choice.correct': 'Correcta',
  'question.choice.incorrect': 'Incorrecta',
  'question.choice.answer': 'Respuesta correcta',
  'question.choice.missed': 'Respuesta correcta, no elegida',
  'question.noKey': 'No se puede comprobar esta pregunta: ninguna opción está marcada como correcta.',
  'question.noChoices': 'No se puede comprobar esta pregunta: no tiene opciones.',
  'question.noTrueFalseKey': 'No se puede comprobar esta pregunta: su respuesta debe ser «true» o «false».',
  'question.unknownType': 'No se puede mostrar esta pregunta: «{type}» no es un tipo de pregunta.',
  'question.true': 'Verdadero',
  'question.false': 'Falso',
  'question.saved': 'Tu respuesta está guardada.',
  'short.instructions': 'Escribe tu respuesta. No se califica automáticamente.',
  'short.submit': 'Enviar',
  'short.edit': 'Editar mi respuesta',
  'short.writeFirst': 'Escribe una respuesta antes de enviarla.',
  'short.modelAnswer': 'Una respuesta posible',
};

registerStrings('en', en);
registerStrings('es', es);
