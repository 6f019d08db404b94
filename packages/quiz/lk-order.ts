import { define } from '@lessonkit/core';
import './lk-item.js';
import { LkOrder } from './src/order.js';

define('lk-order', LkOrder);

declare global {
  interface HTMLElementTagNameMap {
    'lk-order': LkOrder;
  }
}
