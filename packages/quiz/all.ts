// Defines every element of @lessonkit/quiz.
import './lk-categorize.js';
import './lk-fill-blank.js';
import './lk-match.js';
import './lk-order.js';
import './lk-question.js';
import './lk-quiz.js';
import './lk-short-answer.js';
