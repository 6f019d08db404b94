import { define } from '@lessonkit/core';
import './lk-blank.js';
import { LkFillBlank } from './src/fill-blank.js';

define('lk-fill-blank', LkFillBlank);

declare global {
  interface HTMLElementTagNameMap {
    'lk-fill-blank': LkFillBlank;
  }
}
