import { define } from '@lessonkit/core';
import { LkTarget } from './src/bin.js';

define('lk-target', LkTarget);

declare global {
  interface HTMLElementTagNameMap {
    'lk-target': LkTarget;
  }
}
