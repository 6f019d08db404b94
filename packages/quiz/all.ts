// Defines every element of @lessonkit/quiz (the questions before the quiz that holds them).
import './lk-categorize.js';
import './lk-fill-blank.js';
import './lk-match.js';
import './lk-order.js';
import './lk-question.js';
import './lk-short-answer.js';
import './lk-quiz.js';
