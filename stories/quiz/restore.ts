import type { Interaction, ItemState } from '@lessonkit/core';
import { ref } from 'lit/directives/ref.js';

/** Shows a saved state on the element, as a lesson does when a learner comes back. */
export const restored = (state: ItemState) =>
  ref((element) => (element as { restore?: (state: ItemState) => void } | undefined)?.restore?.(state));

/** A saved state, filled in around the fields a story cares about. */
export const saved = (interaction: Interaction, response: string[], over: Partial<ItemState> = {}): ItemState => ({
  interaction,
  response,
  correct: false,
  score: 0,
  maxScore: 1,
  attempts: 1,
  final: false,
  ...over,
});
