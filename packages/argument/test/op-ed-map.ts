import type { ArgumentMapData } from '../src/argument-map-model.js';

/**
 * The op-ed's argument (../shared/content/oped.txt) as the brief maps it (§4), in the shape of
 * lesson-plans.md, "Q4 · Argument map", with its two distractors.
 */
export const opEdMap: ArgumentMapData = {
  thesis: 'Border screening is “the only way” to fight the sex-trafficking industry.',
  source: 'Tim Head, opinion column, Fox News, 2019',
  tray: 'Not in the op-ed',
  reasons: [
    {
      text: 'Coverage of family separation hides a “more sinister issue.”',
      evidence: [{ text: 'The photo of a crying 2-year-old at the border.', why: 'Used as a hook, not as proof.' }],
    },
    {
      text: 'The problem is large.',
      evidence: [
        {
          text: '“Over 34,000” cases since 2007, and “600” a year.',
          why: 'No source is given; both figures are unverified.',
        },
      ],
    },
    {
      text: 'Cartels run the cross-border sex trade.',
      evidence: [{ text: 'The Rendon-Reyes case.', why: 'One real case; DOJ called the ring family-based.' }],
    },
    {
      text: 'The new laws are domestic, so they are not enough.',
      evidence: [{ text: 'The list of four anti-trafficking laws.' }],
    },
    {
      text: 'Mexican children are screened poorly and sent back the same day.',
      evidence: [{ text: 'An uncited “CBP report.”', why: 'The closest real document is GAO-15-521, by GAO.' }],
    },
  ],
  assumptions: [
    { text: 'Much U.S. sex trafficking involves people smuggled across the southern border.' },
    { text: 'Border screening can reliably spot victims.' },
    { text: 'Hotline “cases” are confirmed crimes.' },
    { text: 'Smuggling and trafficking are the same thing.' },
  ],
  distractors: [
    {
      text: '83% of confirmed sex-trafficking victims were U.S. citizens.',
      why: 'Counter-evidence from BJS (2008–10 task-force data); the op-ed never mentions it.',
    },
    {
      text: 'GAO-15-521 found inconsistent screening.',
      why: 'Close to the fifth reason, but the op-ed cites a “CBP report” instead.',
    },
  ],
};
