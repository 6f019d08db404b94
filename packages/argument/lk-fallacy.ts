import { define } from '@lessonkit/core';
import { LkFallacy } from './src/fallacy.js';

define('lk-fallacy', LkFallacy);

declare global {
  interface HTMLElementTagNameMap {
    'lk-fallacy': LkFallacy;
  }
}
