import { define } from '@lessonkit/core';
import { LkBill } from './src/bill.js';

define('lk-bill', LkBill);

declare global {
  interface HTMLElementTagNameMap {
    'lk-bill': LkBill;
  }
}
