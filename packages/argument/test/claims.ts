import type { ClaimCheckData } from '../src/claim-check-model.js';

/*
 * Claims from the op-ed of lesson 3 (../shared/content/oped.txt), checked as in the lesson plan
 * (lesson 3, "4. Check the facts", Q5–Q8 and Q11) on the facts of the content brief (its
 * "Corrections" first). What the brief marks unverified stays unverified. Links are the
 * addresses the brief's source log names. Three it gives only in part — the DOJ release's copy
 * (criminal-justice-online.blogspot.com/2017/04), the ICE release (ice.gov/news/releases/5-
 * extradited-mexico…) and BJS NCJ 233732 — were completed from stored copies of those pages,
 * found by their titles, and checked to carry the facts cited (the OJP page carries the exact
 * "Eighty-three percent of victims in confirmed sex trafficking cases were U.S. citizens").
 */

export const OPED_SOURCE = 'Tim Head, opinion column, Fox News, 2019';
export const OPED_URL = 'https://www.foxnews.com/opinion/tim-head-border-crisis-children-bought-sold-sex-victims';

const OPINION_COLUMN =
  'The claim comes from an opinion column (Tim Head, Fox News, 2019). An op-ed argues a position; it is not a news report.';

const POLARIS_2018 = {
  title: 'Polaris, 2018 U.S. National Human Trafficking Hotline statistics',
  url: 'https://polarisproject.org/2018-us-national-human-trafficking-hotline-statistics',
};

/** Q6: "over 34,000" — partly accurate; the exact figure is unverified (brief §1, correction 5). */
export const casesClaim: ClaimCheckData = {
  claim: 'Since 2007, there have been over 34,000 sex-trafficking cases reported in the United States.',
  source: OPED_SOURCE,
  url: OPED_URL,
  answer: 'partly-accurate',
  verdicts: ['accurate', 'partly-accurate', 'misleading', 'unverified'],
  why: {
    accurate: 'The exact number is unconfirmed, and a case isn’t a confirmed crime.',
    'partly-accurate':
      'A total this size is plausible: the national hotline logged 51,919 cases of all types from December 2007 through 2018, 7,859 of them sex-trafficking cases in 2018 alone. But no source is named, no count of 34,000 was found, and a “case” is a report, not a conviction.',
    misleading:
      '“Misleading” is for real facts arranged to leave a false impression. This figure fits the size of the hotline’s totals; what it lacks is a source, and a clear word on what a “case” is.',
    unverified:
      'The exact figure is unverified, but not the whole claim: the hotline’s totals show that a count this size is plausible.',
  },
  evidence: [
    {
      text: 'Where the figure comes from, and what a hotline “case” counts',
      needed: true,
      why: 'The column names no source. A hotline case is a reported situation that looks like trafficking; it may involve several victims, and it is not a confirmed crime or a conviction.',
    },
    {
      text: 'The hotline’s totals of sex-trafficking cases since December 2007',
      needed: true,
      why: 'They are how to test whether “over 34,000” fits.',
    },
    {
      text: 'The number of trafficking convictions',
      needed: false,
      why: 'Convictions (526 in FY2018) are worth comparing, but the claim is about reported cases, not convictions.',
    },
    {
      text: 'How many victims were smuggled across the southern border',
      needed: false,
      why: 'That is the claim of the next sentence; this one is about cases reported in the whole country.',
    },
  ],
  steps: {
    stop: {
      text: 'The column names no source for the figure. Before you repeat it, find out where it comes from and what it counts.',
    },
    investigate: { text: `${OPINION_COLUMN} This one gives no source for its numbers.` },
    coverage: {
      text: 'The National Human Trafficking Hotline launched on December 7, 2007; Polaris ran it at the time. Polaris’s 2018 statistics, published on July 30, 2019 (after the column), counted 51,919 cases of all types from December 2007 through 2018, and 7,859 sex-trafficking cases in 2018 alone, as first published (the 2018 total was later revised to 10,915 cases). A case is a reported situation that looks like trafficking, not a confirmed crime. Convictions are far fewer: 526 in FY2018 (State Department, Trafficking in Persons Report 2020).',
      links: [POLARIS_2018],
    },
    trace: {
      text: 'Polaris’s site ran a count of sex-trafficking cases; one archived copy of its wording showed 22,191. No version showing 34,000 was found, so the exact figure stays unverified.',
    },
  },
};

/** Q7: "approximately 600 … annually" — unverified (brief §1; lesson plan Q7). */
export const crossingsClaim: ClaimCheckData = {
  claim:
    'Approximately 600 of the cases annually involved foreign nationals smuggling men, women, and children across our southern border.',
  source: OPED_SOURCE,
  url: OPED_URL,
  answer: 'unverified',
  verdicts: ['accurate', 'partly-accurate', 'misleading', 'unverified'],
  why: {
    accurate: 'No source for the figure was found, so it cannot be called accurate.',
    'partly-accurate':
      'No part of the figure could be confirmed: hotline data don’t normally record how victims entered the country.',
    misleading: 'We couldn’t find it at all. Say “unverified,” not “wrong.”',
    unverified:
      'No source is given; hotline data don’t normally record how victims entered; and the likeliest source, Polaris’s October 2016 Mexico fact sheet, doesn’t show the figure. It could not be confirmed, which is not the same as false.',
  },
  evidence: [
    {
      text: 'The source of the “600” figure, and the years it covers',
      needed: true,
      why: 'The column names none; without it the number cannot be checked.',
    },
    {
      text: 'Records of how victims entered the United States',
      needed: true,
      why: 'The claim is about smuggling across the southern border, and hotline data don’t normally record how victims entered.',
    },
    {
      text: 'Who took the photograph that opens the column',
      needed: false,
      why: 'The photo is the column’s opening hook; it says nothing about this number.',
    },
  ],
  steps: {
    stop: { text: 'A precise-sounding number, and no source for it.' },
    investigate: { text: `${OPINION_COLUMN} It cites no data for this figure.` },
    coverage: {
      text: 'Hotline data don’t normally record how victims entered the country, so the hotline’s totals cannot confirm the figure.',
    },
    trace: {
      text: 'The likeliest place to check is Polaris’s October 2016 fact sheet on trafficking across the U.S.–Mexico border. The figure was not found there. The verdict is “unverified”: not confirmed, which is not the same as false.',
      links: [
        {
          title: 'Polaris, U.S.–Mexico fact sheet (October 2016)',
          url: 'https://polarisproject.org/resources/fighting-human-trafficking-across-us-mexico-border',
        },
      ],
    },
  },
};

/** Q5: the photograph and its prize — accurate, needs context (brief §1; lesson plan Q5). */
export const photoClaim: ClaimCheckData = {
  claim:
    'The dramatic photograph of a 2-year-old Honduran girl crying while U.S. Border Patrol agents search her mother on the United States-Mexico border in June captured the attention of the international press, won the World Press Photo of the Year, and helped define the public fight over U.S. immigration policy for months.',
  source: OPED_SOURCE,
  url: OPED_URL,
  answer: 'needs-context',
  verdicts: ['accurate', 'needs-context', 'misleading', 'unverified'],
  why: {
    accurate:
      'The facts check out, but something is left out: the column sets the photo beside stories of separated families, and CBP said this girl and her mother were not separated.',
    'needs-context':
      'John Moore (Getty) took the photo on June 12, 2018, near McAllen, Texas, and it won World Press Photo of the Year on April 11, 2019. The column doesn’t say the girl and her mother were separated, but it sets the photo beside separation stories; CBP said they were not separated.',
    misleading: 'The sentence states nothing false and doesn’t say the two were separated. What it lacks is context.',
    unverified: 'The photographer, the date and the prize can all be confirmed in news reports of the award.',
  },
  evidence: [
    {
      text: 'Who took the photo, and when and where',
      needed: true,
      why: 'John Moore (Getty), on June 12, 2018, near McAllen, Texas.',
    },
    {
      text: 'A news report of the World Press Photo award',
      needed: true,
      why: 'AFP reported it; the photo won on April 11, 2019.',
    },
    {
      text: 'Whether the girl and her mother were separated',
      needed: true,
      why: 'The column doesn’t say they were, but it places the photo beside separation stories. CBP said they were not separated.',
    },
    {
      text: 'How many people shared the photo online',
      needed: false,
      why: 'The claim is about the photo and its prize, not how far it spread.',
    },
  ],
  steps: {
    stop: {
      text: 'A famous photo opens the column. Before reading on, ask what the photo shows and what the column uses it for.',
    },
    investigate: { text: `${OPINION_COLUMN} It uses the photo as its opening hook, not as proof.` },
    coverage: {
      text: 'AFP reported that John Moore’s photo, taken on June 12, 2018, near McAllen, Texas, won World Press Photo of the Year on April 11, 2019.',
      links: [
        {
          title: 'AFP report of the award, in The Straits Times (April 12, 2019)',
          url: 'https://www.straitstimes.com/world/europe/image-of-crying-toddler-on-us-border-wins-world-press-photo-award',
        },
      ],
    },
    trace: {
      text: 'CBP said on June 22, 2018, that the girl and her mother were not separated. The column doesn’t say they were, but it sets the photo beside stories of separation.',
      links: [
        { title: 'CBP’s statement, quoted by Heavy (June 2018)', url: 'https://heavy.com/news/2018/06/yanela-denise/' },
      ],
    },
  },
};

/** Q8: "cartels control" — unsupported (brief §1; lesson plan Q8). */
export const cartelsClaim: ClaimCheckData = {
  claim: 'Central American and Mexican cartels control the billion dollar sex trade crossing the U.S.-Mexico border.',
  source: OPED_SOURCE,
  url: OPED_URL,
  answer: 'unsupported',
  verdicts: ['partly-accurate', 'misleading', 'unsupported', 'unverified'],
  why: {
    'partly-accurate':
      'The Rendon-Reyes case was real and serious, but one family ring cannot show that cartels control a whole trade.',
    misleading:
      '“Misleading” is for real facts arranged to leave a false impression. This claim offers no evidence of its own, and its one example points elsewhere.',
    unsupported:
      'The only evidence the column offers is one case, and it points elsewhere: DOJ called the Rendon-Reyes organization a family-based enterprise, not a cartel.',
    unverified: 'The op-ed’s own example is a family network, so the evidence runs against the claim.',
  },
  evidence: [
    {
      text: 'Evidence that cartels run the cross-border sex trade',
      needed: true,
      why: 'The column gives none beyond one case.',
    },
    {
      text: 'What the case the column cites (Rendon-Reyes) involved',
      needed: true,
      why: 'DOJ called it a family-based enterprise, not a cartel.',
    },
    { text: 'A source for “billion dollar”', needed: true, why: 'The column gives none for the size of the trade.' },
    {
      text: 'Who took the photograph that opens the column',
      needed: false,
      why: 'The photo says nothing about who runs the trade.',
    },
  ],
  steps: {
    stop: { text: 'A claim about a whole trade, and the only support offered is one case.' },
    investigate: { text: `${OPINION_COLUMN} Its example for this claim is the Rendon-Reyes case.` },
    coverage: {
      text: 'The concern behind the claim is real: Polaris documents Mexico-to-U.S. sex-trafficking networks. What it describes are networks based in Tlaxcala, Mexico, that recruit through fake romances (“boyfriending”), not cartels.',
      links: [
        {
          title: 'Polaris, Sex trafficking and Mexico',
          url: 'https://polarisproject.org/initiatives/sex-trafficking-mexico',
        },
      ],
    },
    trace: {
      text: 'The indictment against eight Rendon-Reyes defendants was unsealed on November 19, 2015; all eight pleaded guilty in April 2017 to racketeering based on sex trafficking. DOJ called the organization a family-based enterprise, not a cartel.',
      links: [
        {
          title:
            'U.S. Department of Justice release, April 2017: eight members of a Mexican sex-trafficking enterprise plead guilty (copy)',
          url: 'https://criminal-justice-online.blogspot.com/2017/04/eight-members-of-mexican-sex.html',
        },
        {
          title: 'ICE, June 23, 2016: five extradited from Mexico to face charges',
          url: 'https://ice.gov/news/releases/5-extradited-mexico-face-charges-operating-international-sex-trafficking-organization',
        },
      ],
    },
  },
};

/** Q11: "the only way" — an opinion resting on an assumption the data contradict (brief §1, correction 6). */
export const onlyWayClaim: ClaimCheckData = {
  claim:
    'Adequately screening migrants at the U.S.-Mexico border is the only way to put a dent in the sex-trafficking industry.',
  source: OPED_SOURCE,
  url: OPED_URL,
  answer: 'opinion',
  verdicts: ['accurate', 'partly-accurate', 'unverified', 'opinion'],
  why: {
    accurate:
      'A judgment about “the only way” is not a fact that sources can confirm, and the data contradict the assumption behind it.',
    'partly-accurate':
      'The border matters (Mexico was the #2 origin country of federally identified victims in FY2015), but “the only way” is a judgment, not a statement of fact that can be partly right.',
    unverified:
      'The assumption behind it can be checked, and the data contradict it. Call it an opinion, then check its assumptions.',
    opinion:
      '“The only way” is a judgment about policy, and it rests on an assumption the data contradict: in 2008–10 federal task-force data, 83% of victims in confirmed sex-trafficking cases were U.S. citizens.',
  },
  evidence: [
    {
      text: 'Where confirmed sex-trafficking victims in the U.S. come from',
      needed: true,
      why: 'In 2008–10 federal task-force data, 83% of victims in confirmed sex-trafficking cases were U.S. citizens (task-force data, not a national estimate).',
    },
    {
      text: 'How foreign victims enter the country',
      needed: true,
      why: 'Experts quoted by the Salt Lake Tribune (February 2, 2019) said many foreign victims enter legally or through ports of entry.',
    },
    {
      text: 'Whether the column’s photograph won its prize',
      needed: false,
      why: 'The photo is the column’s opening hook; it says nothing about how to fight trafficking.',
    },
  ],
  steps: {
    stop: {
      text: '“The only way” is the column’s thesis. It is a judgment, so ask whether the assumptions behind it hold.',
    },
    investigate: {
      text: `${OPINION_COLUMN} This one assumes that much U.S. sex trafficking involves people smuggled across the southern border.`,
    },
    coverage: {
      text: 'Mexico was the #2 origin country of federally identified victims in FY2015, after the United States (State Department, Trafficking in Persons Report 2016), so the border matters. But experts quoted by the Salt Lake Tribune (February 2, 2019) said many foreign victims enter legally or through ports of entry.',
    },
    trace: {
      text: 'The Bureau of Justice Statistics: “Eighty-three percent of victims in confirmed sex trafficking cases were U.S. citizens” (federal task-force data, January 2008–June 2010; not a national estimate).',
      links: [
        {
          title:
            'Bureau of Justice Statistics, Characteristics of Suspected Human Trafficking Incidents, 2008–2010 (NCJ 233732)',
          url: 'https://www.ojp.gov/library/publications/characteristics-suspected-human-trafficking-incidents-2008-2010',
        },
      ],
    },
  },
};
