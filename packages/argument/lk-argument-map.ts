import { define } from '@lessonkit/core';
import { LkArgumentMap } from './src/argument-map.js';

define('lk-argument-map', LkArgumentMap);

declare global {
  interface HTMLElementTagNameMap {
    'lk-argument-map': LkArgumentMap;
  }
}
