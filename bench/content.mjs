// The content every contender builds: a quiz of single-choice questions and a timeline of events,
// generated from one description so that each library shows the same words. The questions are
// arithmetic (true by construction, and neutral); the timeline's events are placeholders with a
// date, a headline and a sentence. Each builder turns this into its library's own format.

/** `count` questions, each with four choices, one right, and a line of feedback. */
export function quiz(count) {
  return Array.from({ length: count }, (_, index) => {
    const a = 3 + (index % 9);
    const b = 4 + ((index * 7) % 8);
    const right = a * b;
    const wrong = [right + a, right - b, right + a + b];
    // The right answer's place moves from question to question.
    const place = index % 4;
    const choices = wrong.map(String);
    choices.splice(place, 0, String(right));
    return {
      id: `q${index + 1}`,
      prompt: `Question ${index + 1}: what is ${a} × ${b}?`,
      choices,
      answer: place,
      feedback: `${a} × ${b} = ${right}: ${a} groups of ${b}.`,
    };
  });
}

const categories = ['law', 'policy', 'court', 'event', 'report'];

/** `count` events, a year or more apart, each with a date, a headline, a category and a sentence. */
export function timeline(count) {
  return Array.from({ length: count }, (_, index) => {
    const year = 1990 + Math.floor((index * 35) / Math.max(count, 1));
    const month = (index % 12) + 1;
    return {
      year,
      month,
      day: 1 + (index % 28),
      date: `${year}-${String(month).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      title: `Event ${index + 1}`,
      category: categories[index % categories.length],
      body: `A sentence that explains event ${index + 1}, as a timeline entry would, with a few more words to read.`,
    };
  });
}
