import { define } from '@lessonkit/core';
import { LkShortAnswer } from './src/short-answer.js';

define('lk-short-answer', LkShortAnswer);

declare global {
  interface HTMLElementTagNameMap {
    'lk-short-answer': LkShortAnswer;
  }
}
