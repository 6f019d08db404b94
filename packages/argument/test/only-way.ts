import type { FallacyData } from '../src/model.js';

/** A passage from the op-ed of lesson 3 (../shared/content/oped.txt), with a key built on the brief's argument map. */
export const onlyWay: FallacyData = {
  passage:
    'Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.',
  source: 'Tim Head, opinion column, Fox News, 2019',
  answer: 'false-dilemma',
  choices: ['false-dilemma', 'hasty-generalization', 'loaded-language', 'none'],
  why: {
    'false-dilemma':
      '“The only way” leaves out every other response to trafficking, including the domestic laws the op-ed itself lists.',
    'hasty-generalization': 'The sentence does not generalize from cases; it rules out other options.',
    'loaded-language': 'The words here are plain; the problem is the claim that there is one way only.',
    none: 'Screening at the border may help, and the brief credits weak screening as a fair point, but “the only way” overstates it.',
  },
};
