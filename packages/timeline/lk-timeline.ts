import { define } from '@lessonkit/core';
import { LkTimeline } from './src/timeline.js';

define('lk-timeline', LkTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'lk-timeline': LkTimeline;
  }
}
