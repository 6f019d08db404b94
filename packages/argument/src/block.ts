// The argument package's lesson blocks, for the CLI's list: DOM-free (Node and browser).
import { annotateBlock } from './annotate-block.js';
import { argumentMapBlock } from './argument-map-block.js';
import { claimCheckBlock } from './claim-check-block.js';
import { fallacyBlock } from './fallacy-block.js';

/** Every block of this package, in the order the docs give them. */
export const argumentBlocks = [annotateBlock, claimCheckBlock, fallacyBlock, argumentMapBlock];

export { annotateBlock, argumentMapBlock, claimCheckBlock, fallacyBlock };
export type { AnnotateModel } from './annotate-block.js';
export type { ArgumentMapModel } from './argument-map-block.js';
export type { ClaimCheckModel } from './claim-check-block.js';
export type { FallacyModel } from './fallacy-block.js';
