import { define } from '@lessonkit/core';
import { LkBlank } from './src/blank.js';

define('lk-blank', LkBlank);

declare global {
  interface HTMLElementTagNameMap {
    'lk-blank': LkBlank;
  }
}
