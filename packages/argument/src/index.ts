export { LkFallacy } from './fallacy.js';
export { DEVICES, fallacyProblem, isDevice, type Device, type FallacyData } from './model.js';
export { en, es } from './strings.js';
