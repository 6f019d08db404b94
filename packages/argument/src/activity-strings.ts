import { registerStrings } from '@lessonkit/core';

export const activityEn = {
  'activity.newTab': '(opens in a new tab)',
};

export const activityEs: Record<keyof typeof activityEn, string> = {
  'activity.newTab': '(se abre en una pestaña nueva)',
};

registerStrings('en', activityEn);
registerStrings('es', activityEs);
