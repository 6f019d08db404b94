import { define } from '@lessonkit/core';
import { LkTerm } from './src/term.js';

define('lk-term', LkTerm);

declare global {
  interface HTMLElementTagNameMap {
    'lk-term': LkTerm;
  }
}
