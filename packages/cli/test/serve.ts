// A static file server on 127.0.0.1 for the Chromium tests of built lessons (not a test file).
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A route of a test server's own (an LRS, say): true when it answered the request. */
export type Route = (request: IncomingMessage, response: ServerResponse, body: string) => boolean;

/** Serves `root` (a folder's index.html for a path ending in "/") on a free port, after `route`. */
export function serve(root: string, route?: Route): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (route) {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (!route(request, response, body)) serveFile(root, request, response);
      });
      return;
    }
    serveFile(root, request, response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  readFile(file).then(
    (body) => {
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    },
    () => {
      response.writeHead(404);
      response.end();
    },
  );
}
