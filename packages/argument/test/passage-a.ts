import type { AnnotateData } from '../src/annotate-model.js';

/**
 * Passage A of lesson 3 (paragraphs 1–4 of ../shared/content/oped.txt), keyed as in
 * lesson-plans.md, "Q2 · Annotate", with the two sentences that table leaves out keyed from
 * the brief's argument map (§4: R2's and R3's evidence).
 */
export const passageA: AnnotateData = {
  source: 'Tim Head, opinion column, Fox News, 2019',
  sentences: [
    {
      text: 'The dramatic photograph of a 2-year-old Honduran girl crying while U.S. Border Patrol agents search her mother on the United States-Mexico border in June captured the attention of the international press, won the World Press Photo of the Year, and helped define the public fight over U.S. immigration policy for months.',
      answer: 'none',
      accept: ['appeal-to-emotion'],
      why: 'A hook: accurate, but not offered as proof of anything.',
    },
    {
      text: 'The gut-wrenching stories and photographs of children separated from their guardians on our southern border garner online clicks, television ratings, and talk radio audiences.',
      answer: 'claim',
      why: 'It states the media’s motives without evidence.',
      paragraph: true,
    },
    {
      text: 'However, hidden behind the headlines and away from prying cameras is a much more sinister issue.',
      answer: 'loaded-language',
      why: '“Sinister” and “prying” push a feeling, and pivot away from family separation.',
    },
    {
      text: 'It’s the children who are smuggled across our southern border to be bought and sold for sex.',
      answer: 'claim',
      why: 'The first main reason; it merges smuggling with trafficking.',
    },
    {
      text: 'Since 2007, there have been over 34,000 sex-trafficking cases reported in the United States.',
      answer: 'evidence',
      why: 'A statistic offered to show scale, with no source. The exact figure is unverified, and a hotline “case” is a report, not a confirmed crime.',
      paragraph: true,
    },
    {
      text: 'Approximately 600 of the cases annually involved foreign nationals smuggling men, women, and children across our southern border.',
      answer: 'evidence',
      why: 'A second statistic for scale; no source is given, and the figure is unverified.',
    },
    {
      text: 'Central American and Mexican cartels control the billion dollar sex trade crossing the U.S.-Mexico border.',
      answer: 'claim',
      why: 'A sweeping claim; the only support is one case.',
      paragraph: true,
    },
    {
      text: 'Last year, the U.S. Attorney’s Office for the Eastern District of New York convicted five Mexican nationals residing illegally in the U.S. who were part of the Rendon-Reyes Trafficking Organization.',
      answer: 'evidence',
      why: 'One case, offered to support the cartel claim. The case was real and serious.',
    },
    {
      text: 'The group smuggled young women and girls from Mexico and Central America and forced them into the sex trade.',
      answer: 'evidence',
      why: 'Details of the same case.',
    },
  ],
};
