import { define } from '@lessonkit/core';
import './lk-item.js';
import './lk-target.js';
import { LkMatch } from './src/match.js';

define('lk-match', LkMatch);

declare global {
  interface HTMLElementTagNameMap {
    'lk-match': LkMatch;
  }
}
