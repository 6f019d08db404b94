import { define } from '@lessonkit/core';
import { LkClaimCheck } from './src/claim-check.js';

define('lk-claim-check', LkClaimCheck);

declare global {
  interface HTMLElementTagNameMap {
    'lk-claim-check': LkClaimCheck;
  }
}
