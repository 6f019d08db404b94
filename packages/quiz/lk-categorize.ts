import { define } from '@lessonkit/core';
import './lk-item.js';
import './lk-category.js';
import { LkCategorize } from './src/categorize.js';

define('lk-categorize', LkCategorize);

declare global {
  interface HTMLElementTagNameMap {
    'lk-categorize': LkCategorize;
  }
}
