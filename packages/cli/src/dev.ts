import { escapeHtml, renderWebPage } from '@lessonkit/pipeline';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions, type Plugin } from 'vite';
import { blocks, compileFile, format, runtimeEntry } from './lessons.js';

const RUNTIME = '/@lessonkit/runtime.js';
const CSS = '/@lessonkit/lesson.css';

/** The page while the lesson has errors: every problem, located, and a reload on the next save. */
function errorPage(problems: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson has errors</title>
<link rel="stylesheet" href="${CSS}"></head><body><main><h1>This lesson has ${problems.length} error${problems.length === 1 ? '' : 's'}</h1>
<p>Fix them and save: the page reloads by itself.</p><ul>${problems.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join('')}</ul></main></body></html>`;
}

/** A Vite dev server that shows one lesson and reloads the page when its file is saved. */
export async function dev(
  file: string,
  port: number,
  io: { out: (line: string) => void; err: (line: string) => void },
) {
  const runtime = runtimeEntry();
  const plugin: Plugin = {
    name: 'lessonkit-dev',
    resolveId: (id) => (id === RUNTIME ? runtime : undefined),
    configureServer(server) {
      server.watcher.add(file);
      server.watcher.on('change', (changed) => {
        if (resolve(changed) === resolve(file)) {
          io.out(`${file} changed: reloading.`);
          server.ws.send({ type: 'full-reload' });
        }
      });
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0];
        if (url === CSS) {
          void readFile(fileURLToPath(import.meta.resolve('@lessonkit/lesson/lesson.css')), 'utf8').then((css) => {
            response.setHeader('content-type', 'text/css');
            response.end(css);
          });
          return;
        }
        if (url !== '/' && url !== '/index.html') return next();
        void (async () => {
          const compiled = await compileFile(file);
          const problems = compiled.diagnostics.map(format);
          for (const line of problems) io.err(line);
          const page = compiled.lesson
            ? renderWebPage(compiled.lesson, { blocks, scripts: [RUNTIME], styles: [CSS] }).replace(
                /<meta http-equiv="Content-Security-Policy"[^>]*>/,
                '',
              )
            : errorPage(problems);
          response.setHeader('content-type', 'text/html');
          response.end(await server.transformIndexHtml(url, page));
        })().catch(next);
      });
    },
  };
  const server = await createServer({
    configFile: false,
    root: dirname(file),
    logLevel: 'warn',
    resolve: { conditions: ['source', ...defaultClientConditions] },
    server: { host: '127.0.0.1', port, strictPort: false },
    plugins: [plugin],
  });
  await server.listen();
  const address = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  io.out(`Previewing ${file} at ${address} — it reloads when you save. Ctrl+C stops.`);
  await new Promise<void>((done) => process.once('SIGINT', () => void server.close().then(done)));
  return 0;
}
