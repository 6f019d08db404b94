import { define } from '@lessonkit/core';
import { LkCategory } from './src/bin.js';

define('lk-category', LkCategory);

declare global {
  interface HTMLElementTagNameMap {
    'lk-category': LkCategory;
  }
}
