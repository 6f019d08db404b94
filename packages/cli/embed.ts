// embed.js: include it on a page that shows Lessonkit lessons in iframes, and
// each iframe takes the height of its lesson.
//   <script type="module" src="https://your.site/lessons/embed.js"></script>
import { autoSizeFrames } from '@lessonkit/lesson/embed.js';

autoSizeFrames();
