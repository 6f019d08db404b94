import { define } from '@lessonkit/core';
import { LkChoice } from './src/choice.js';

define('lk-choice', LkChoice);

declare global {
  interface HTMLElementTagNameMap {
    'lk-choice': LkChoice;
  }
}
