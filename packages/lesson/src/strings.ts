import { registerStrings, type BuildEnv } from '@lessonkit/core';

export const en = {
  'lesson.start': 'Start the lesson',
  'lesson.resume': 'Resume where you left off',
  'lesson.startOver': 'Start from the beginning',
  'lesson.sections': 'Sections',
  'lesson.progress': '{done} of {total} activities done',
  'lesson.previous': 'Previous',
  'lesson.next': 'Next',
  'lesson.finish': 'Finish',
  'lesson.summary': 'Your summary',
  'lesson.section': 'Section',
  'lesson.score': 'Score',
  'lesson.done': 'Done',
  'lesson.total': 'Total',
  'lesson.scoreOf': '{score} of {max}',
  'lesson.doneOf': '{done} of {total}',
  'lesson.percent': 'Score: {score} of {max} ({percent}%).',
  'lesson.passed': 'Passed.',
  'lesson.notPassed': 'Not passed yet: go back to any activity you can still try.',
  'lesson.complete': 'Lesson complete.',
  'lesson.incomplete.one': '{count} activity is not done yet.',
  'lesson.incomplete.other': '{count} activities are not done yet.',
  'lesson.print': 'Print this summary',
  'lesson.notSaved':
    'Not saved to your course yet. Your work is kept on this device and will be sent when the connection is back.',
  'lesson.sources': 'Sources',
  'lesson.resources': 'Help and resources',
  'lesson.pageOf': 'Section {n} of {total}',
  'term.show': 'Show the meaning of “{term}”',
} as const;

export type LessonStringKey = keyof typeof en;

export const es: Record<LessonStringKey, string> = {
  'lesson.start': 'Empezar la lección',
  'lesson.resume': 'Seguir donde lo dejaste',
  'lesson.startOver': 'Empezar desde el principio',
  'lesson.sections': 'Secciones',
  'lesson.progress': '{done} de {total} actividades hechas',
  'lesson.previous': 'Anterior',
  'lesson.next': 'Siguiente',
  'lesson.finish': 'Terminar',
  'lesson.summary': 'Tu resumen',
  'lesson.section': 'Sección',
  'lesson.score': 'Puntuación',
  'lesson.done': 'Hechas',
  'lesson.total': 'Total',
  'lesson.scoreOf': '{score} de {max}',
  'lesson.doneOf': '{done} de {total}',
  'lesson.percent': 'Puntuación: {score} de {max} ({percent} %).',
  'lesson.passed': 'Aprobado.',
  'lesson.notPassed': 'Todavía no aprobado: vuelve a cualquier actividad que aún puedas intentar.',
  'lesson.complete': 'Lección terminada.',
  'lesson.incomplete.one': 'Queda {count} actividad por hacer.',
  'lesson.incomplete.other': 'Quedan {count} actividades por hacer.',
  'lesson.print': 'Imprimir este resumen',
  'lesson.notSaved':
    'Todavía no se ha guardado en tu curso. Tu trabajo queda en este dispositivo y se enviará cuando vuelva la conexión.',
  'lesson.sources': 'Fuentes',
  'lesson.resources': 'Ayuda y recursos',
  'lesson.pageOf': 'Sección {n} de {total}',
  'term.show': 'Mostrar el significado de «{term}»',
};

// A lesson page built in one language (LESSONKIT_LANG, see BuildEnv) leaves the other out.
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'es') registerStrings('en', en);
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'en') registerStrings('es', es);
