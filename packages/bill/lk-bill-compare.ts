import { define } from '@lessonkit/core';
import { LkBillCompare } from './src/compare.js';

define('lk-bill-compare', LkBillCompare);

declare global {
  interface HTMLElementTagNameMap {
    'lk-bill-compare': LkBillCompare;
  }
}
