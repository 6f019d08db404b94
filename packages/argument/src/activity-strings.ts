import { registerStrings, type BuildEnv } from '@lessonkit/core';

export const activityEn = {
  'activity.newTab': '(opens in a new tab)',
  'activity.source': 'Source {n}',
};

export const activityEs: Record<keyof typeof activityEn, string> = {
  'activity.newTab': '(se abre en una pestaña nueva)',
  'activity.source': 'Fuente {n}',
};

// A lesson page built in one language (LESSONKIT_LANG, see BuildEnv) leaves the other out.
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'es') registerStrings('en', activityEn);
if ((import.meta as BuildEnv).env?.LESSONKIT_LANG !== 'en') registerStrings('es', activityEs);
