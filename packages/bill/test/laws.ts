import type { CompareData } from '../src/model.js';

/** The four 2018–2019 laws, as the content brief describes them. */
export const laws: CompareData = {
  bills: [
    {
      id: 'fosta',
      label: 'FOSTA',
      number: 'H.R.1865',
      scope: 'Online platforms and sex trafficking',
      protects: 'Victims of sex trafficking (not only children)',
      changes: 'A new federal crime (18 U.S.C. 2421A); Section 230 does not block sex-trafficking suits',
      date: '2018-04-11',
    },
    {
      id: 's1311',
      label: 'S.1311',
      number: 'Abolish Human Trafficking Act',
      scope: 'Domestic victim funding and law enforcement',
      protects: 'Trafficking victims',
      changes: 'Renews the Domestic Trafficking Victims’ Fund; mandatory restitution for certain crimes',
      money: 'The fund is renewed through FY2023, paid partly by extra fines',
      date: '2018-12-21',
    },
    {
      id: 's1312',
      label: 'S.1312',
      number: 'Trafficking Victims Protection Act of 2017',
      scope: 'Domestic training, screening and data',
      protects: 'Trafficking victims, including students',
      changes: 'Trains school resource officers and staff; lets DOJ go to civil court to stop traffickers',
      date: '2018-12-21',
    },
    {
      id: 'hr2200',
      label: 'H.R.2200',
      number: 'Frederick Douglass … Reauthorization Act of 2018',
      scope: 'Renews TVPA programs, largely international',
      protects: 'Trafficking victims in the U.S. and abroad',
      changes: 'Prevention education in schools; airline staff training; forced-labor import ban',
      money: 'Over $430 million over four years authorized (a ceiling, not money spent)',
      date: '2019-01-08',
    },
  ],
  questions: [
    { statement: 'Makes restitution to victims mandatory for certain sexual-exploitation crimes.', answer: 's1311' },
    { statement: 'Trains school resource officers to spot trafficking.', answer: 's1312' },
    { statement: 'Says Section 230 does not block sex-trafficking lawsuits.', answer: 'fosta' },
    { statement: 'Authorizes over $430 million over four years.', answer: 'hr2200' },
  ],
};
