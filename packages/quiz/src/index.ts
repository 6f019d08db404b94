export { LkQuestion, type QuestionType } from './question.js';
export { LkChoice } from './choice.js';
export { scoreChoices, type ChoiceScoring, type ChoiceResult, type KeyedChoice } from './scoring.js';
export { en as quizStringsEn, es as quizStringsEs, type QuizStringKey } from './strings.js';
