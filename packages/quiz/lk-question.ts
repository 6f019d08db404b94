import { define } from '@lessonkit/core';
import './lk-choice.js';
import { LkQuestion } from './src/question.js';

define('lk-question', LkQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'lk-question': LkQuestion;
  }
}
