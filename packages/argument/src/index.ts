export { LkAnnotate } from './annotate.js';
export {
  TAGS,
  annotateProblem,
  isTag,
  tagIsRight,
  type AnnotateData,
  type AnnotateSpan,
  type CustomLabel,
  type Tag,
} from './annotate-model.js';
export { annotateEn, annotateEs } from './annotate-strings.js';
export { LkArgumentMap } from './argument-map.js';
export {
  argumentMapProblem,
  isPlacedRight,
  keyedCards,
  type ArgumentMapData,
  type CardKind,
  type KeyedCard,
  type MapCard,
  type MapReason,
  type Target,
} from './argument-map-model.js';
export { argumentMapEn, argumentMapEs } from './argument-map-strings.js';
export { LkActivity } from './activity.js';
export type { Attribution } from './attribution.js';
export { LkClaimCheck } from './claim-check.js';
export {
  LATERAL_STEPS,
  LATERAL_STEP_NAMES,
  VERDICTS,
  VERDICT_NAMES,
  claimCheckProblem,
  isHttpUrl,
  isLateralStep,
  isVerdict,
  lateralSteps,
  type ClaimCheckData,
  type ClaimEvidence,
  type ClaimLink,
  type ClaimStep,
  type LateralStep,
  type Verdict,
} from './claim-check-model.js';
export { claimCheckEn, claimCheckEs } from './claim-check-strings.js';
export { LkFallacy } from './fallacy.js';
export { DEVICES, fallacyAnswers, fallacyProblem, isDevice, type Device, type FallacyData } from './model.js';
export { en, es } from './strings.js';
