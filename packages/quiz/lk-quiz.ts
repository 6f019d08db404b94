import { define } from '@lessonkit/core';
import { LkQuiz } from './src/quiz.js';

define('lk-quiz', LkQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'lk-quiz': LkQuiz;
  }
}
