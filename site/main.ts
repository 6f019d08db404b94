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

interface CatalogEntry {
  id: string;
  title: string;
  lang: string;
  summary?: string;
  audience?: string;
  duration?: string;
  web: string;
  print: string;
  packages?: { format: string; file: string }[];
}

/** Lists the lessons `lessonkit build` wrote (lessons/lessons.json), or says why there are none. */
async function listLessons(): Promise<void> {
  const box = document.querySelector<HTMLElement>('#lessons');
  if (!box) return;
  const say = (text: string, code?: string): void => {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    if (code) {
      const command = document.createElement('code');
      command.textContent = code;
      paragraph.append(' ', command);
    }
    box.replaceChildren(paragraph);
  };
  try {
    const response = await fetch('./lessons/lessons.json');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const lessons = (await response.json()) as CatalogEntry[];
    if (lessons.length === 0) {
      say('No lessons are built yet. Write one, then run npm start again:', 'npx lessonkit new modules/my-lesson');
      return;
    }
    const list = document.createElement('ul');
    list.className = 'lessons';
    for (const lesson of lessons) {
      const item = document.createElement('li');
      const link = Object.assign(document.createElement('a'), {
        href: `./lessons/${lesson.web}`,
        textContent: lesson.title,
      });
      link.lang = lesson.lang;
      const heading = document.createElement('h3');
      heading.append(link);
      item.append(heading);
      if (lesson.summary) item.append(Object.assign(document.createElement('p'), { textContent: lesson.summary }));
      const facts = [lesson.audience, lesson.duration].filter(Boolean).join(' · ');
      if (facts) item.append(Object.assign(document.createElement('p'), { textContent: facts }));
      item.append(
        Object.assign(document.createElement('a'), {
          href: `./lessons/${lesson.print}`,
          textContent: 'Printable worksheet',
        }),
      );
      if (lesson.packages?.length) {
        // For teachers and LMS admins: the packages to upload (see docs/embedding.md).
        const names: Record<string, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004', cmi5: 'cmi5' };
        const downloads = document.createElement('p');
        downloads.append('LMS packages: ');
        lesson.packages.forEach((item, index) => {
          if (index > 0) downloads.append(' · ');
          downloads.append(
            Object.assign(document.createElement('a'), {
              href: `./lessons/${item.file}`,
              textContent: names[item.format] ?? item.format,
              download: '',
            }),
          );
        });
        item.append(downloads);
      }
      list.append(item);
    }
    box.replaceChildren(list);
  } catch (error) {
    say(`The list of lessons could not be loaded (${String(error)}). Run npm start to build them.`);
  } finally {
    box.removeAttribute('aria-busy');
  }
}

void listLessons();
