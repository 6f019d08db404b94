import type { BillData } from '../src/model.js';

/** FOSTA as the content brief gives it (section 3 and its corrections). */
export const fosta: BillData = {
  number: 'H.R.1865',
  congress: 115,
  publicLaw: 'P.L. 115-164',
  shortTitle: 'FOSTA',
  title: 'Allow States and Victims to Fight Online Sex Trafficking Act of 2017',
  sponsors: [{ title: 'Rep.', name: 'Ann Wagner', party: 'R', state: 'MO' }],
  stages: [
    { stage: 'introduced', date: '2017-04-03' },
    { stage: 'passed-house', date: '2018-02-27', vote: '388-25' },
    { stage: 'passed-senate', date: '2018-03-21', vote: '97-2' },
    { stage: 'signed', date: '2018-04-11' },
    { stage: 'public-law', date: '2018-04-11' },
  ],
  provisions: [
    {
      summary: 'Creates a new federal crime for running a platform to promote prostitution.',
      detail: '18 U.S.C. 2421A, with tougher penalties for reckless disregard of sex trafficking.',
    },
    { summary: 'Says Section 230 does not block sex-trafficking lawsuits or state prosecutions.' },
    { summary: 'Lets state attorneys general sue.' },
  ],
  doesNot: ['It is not limited to child victims.'],
  myths: [
    {
      myth: 'The law is called SESTA.',
      fact: 'The law signed is formally named FOSTA; the Senate’s SESTA bill was folded into it.',
    },
  ],
  sources: [{ title: 'congress.gov: H.R.1865', url: 'https://www.congress.gov/bill/115th-congress/house-bill/1865' }],
};
