import { define } from '@lessonkit/core';
import { LkItem } from './src/item.js';

define('lk-item', LkItem);

declare global {
  interface HTMLElementTagNameMap {
    'lk-item': LkItem;
  }
}
