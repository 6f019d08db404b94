/** The lesson `lessonkit new` writes: short, valid, and showing each feature once. */
export function starterLesson(id: string): string {
  return `---
id: ${id}
title: My first lesson
lang: en
summary: A starter lesson. Replace this text with your own.
audience: Grades 9-12
duration: 15 minutes
objectives: [Read a short text, Answer two questions]
passing-score: 0.7
sources:
  - id: example-source
    title: An example source
    url: https://example.org/
glossary:
  primary source: A first-hand record, such as a law, a report or a court ruling.
---

## Reading

Write your lesson in Markdown. Every "##" heading starts a new section (a page of the lesson).
Cite a source like this [@example-source], and explain a [[primary source]] with the glossary.

\`\`\`question
id: q1
type: single
prompt: Which of these is a primary source?
choices:
  - text: The text of a law
    correct: true
    feedback: Yes. The law itself is a first-hand record.
  - text: A blog post about the law
    feedback: That is a secondary source; it describes the law.
hint: Which one is the record itself?
explanation: A primary source is the original record.
\`\`\`

## Check yourself

\`\`\`quiz
id: check
questions:
  - id: q2
    type: true-false
    prompt: A summary of a report is a primary source.
    answer: false
  - id: q3
    type: short-answer
    prompt: In one sentence, why check a primary source?
    model-answer: Because a summary can leave things out or get them wrong.
\`\`\`
`;
}
