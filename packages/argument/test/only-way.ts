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
      '“The only way” leaves out every other response to trafficking, including the laws and law-enforcement resources the op-ed itself praises.',
    'hasty-generalization': 'The sentence does not generalize from cases; it rules out other options.',
    'loaded-language': 'The words here are plain; the problem is the claim that there is one way only.',
    none: 'Better screening may well help — GAO did find weak screening of Mexican children — but “the only way” overstates it.',
  },
};
