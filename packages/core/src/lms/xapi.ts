// xAPI statements as a cmi5 AU sends them: ids, verbs, durations, interaction results.
import type { AnswerDetail } from '../events.js';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

export type Verb = keyof typeof VERBS;

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const MASTERY_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** A statement as JSON: the fields this module writes, and what a template brings. */
export type Statement = Record<string, unknown>;

/** An RFC 4122 version 4 UUID (what xAPI requires of a statement id). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An ISO 8601 duration in seconds, to the hundredth: `PT75.5S`. */
export const isoDuration = (ms: number): string => `PT${Math.max(0, Math.round(ms / 10) / 100)}S`;

/** The response in xAPI's interaction formats: `a[,]b`, `source[.]target[,]…`, `true`. */
export function xapiResponse(answer: AnswerDetail): string {
  switch (answer.interaction) {
    case 'true-false':
      return answer.response[0] === 'true' ? 'true' : 'false';
    case 'matching':
      return answer.response
        .map((pair) => {
          const dot = pair.indexOf('.');
          return dot < 0 ? pair : `${pair.slice(0, dot)}[.]${pair.slice(dot + 1)}`;
        })
        .join('[,]');
    case 'long-fill-in':
    case 'other':
      return answer.response.join('\n');
    default:
      return answer.response.join('[,]');
  }
}

/** The score part of a result, when there is something to score. */
export function scoreOf(score: number, maxScore: number): Record<string, number> | undefined {
  if (maxScore <= 0) return undefined;
  const raw = Math.round(score * 100) / 100;
  return { raw, min: 0, max: maxScore, scaled: Math.round(Math.min(1, Math.max(0, score / maxScore)) * 10000) / 10000 };
}

/** The activity an answer is about: one item of the AU, as a cmi.interaction. */
export function interactionActivity(activityId: string, answer: AnswerDetail): Statement {
  const base = activityId.replace(/[?#].*$/, '').replace(/\/$/, '');
  const separator = base.startsWith('urn:') ? ':' : '/';
  return {
    objectType: 'Activity',
    id: `${base}${separator}items${separator}${encodeURIComponent(answer.itemId)}`,
    definition: {
      type: INTERACTION_TYPE,
      interactionType: answer.interaction,
      name: { und: answer.itemId },
    },
  };
}
