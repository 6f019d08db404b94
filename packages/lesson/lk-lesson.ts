import { define } from '@lessonkit/core';
import { LkLesson } from './src/lesson.js';
import './lk-term.js';

define('lk-lesson', LkLesson);

declare global {
  interface HTMLElementTagNameMap {
    'lk-lesson': LkLesson;
  }
}
