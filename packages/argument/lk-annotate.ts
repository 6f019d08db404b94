import { define } from '@lessonkit/core';
import { LkAnnotate } from './src/annotate.js';

define('lk-annotate', LkAnnotate);

declare global {
  interface HTMLElementTagNameMap {
    'lk-annotate': LkAnnotate;
  }
}
