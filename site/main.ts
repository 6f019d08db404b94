import { LocalTracker, track } from '@lessonkit/core';
import '@lessonkit/quiz/all.js';

const tracker = new LocalTracker('catalog');
const session = track(document.body, tracker);

const lang = document.querySelector<HTMLSelectElement>('#lang');
const saved = localStorage.getItem('lessonkit:catalog:lang');
if (saved === 'en' || saved === 'es') document.documentElement.lang = saved;
if (lang) {
  lang.value = document.documentElement.lang;
  lang.addEventListener('change', () => {
    document.documentElement.lang = lang.value;
    localStorage.setItem('lessonkit:catalog:lang', lang.value);
  });
}

document.querySelector('#reset')?.addEventListener('click', async () => {
  await session.settled();
  session.disconnect();
  localStorage.removeItem(tracker.key);
  location.reload();
});
