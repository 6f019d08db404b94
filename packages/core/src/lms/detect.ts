import type { Scorm12Api, Scorm2004Api } from './scorm.js';

/** The windows an LMS API may be on: this one, its parents up to the top, then its opener and the opener's parents. */
function* windows(start: Window): Generator<Window> {
  const seen = new Set<Window>();
  let current: Window | null = start;
  for (let step = 0; current && step < 20 && !seen.has(current); step += 1) {
    seen.add(current);
    yield current;
    let next: Window | null = null;
    try {
      next = current.parent !== current ? current.parent : (current.opener as Window | null);
    } catch {
      next = null;
    }
    current = next;
  }
}

/** The first window on the chain with `name` (a cross-origin window is passed over). */
function find<T>(start: Window, name: string, methods: readonly string[]): T | undefined {
  for (const win of windows(start)) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api && methods.every((method) => typeof (api as Record<string, unknown>)[method] === 'function'))
        return api as T;
    } catch {
      // Another origin: not ours to read.
    }
  }
  return undefined;
}

export const findScorm2004Api = (start: Window = window): Scorm2004Api | undefined =>
  find<Scorm2004Api>(start, 'API_1484_11', ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate']);

export const findScorm12Api = (start: Window = window): Scorm12Api | undefined =>
  find<Scorm12Api>(start, 'API', ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']);

/** The cmi5 launch parameters of a URL, when all five are there. */
export interface Cmi5Launch {
  readonly endpoint: string;
  readonly fetch: string;
  readonly actor: string;
  readonly registration: string;
  readonly activityId: string;
}

export function cmi5Launch(url: string): Cmi5Launch | undefined {
  const params = new URL(url).searchParams;
  const get = (name: string): string => params.get(name) ?? '';
  const launch: Cmi5Launch = {
    endpoint: get('endpoint'),
    fetch: get('fetch'),
    actor: get('actor'),
    registration: get('registration'),
    activityId: get('activityId'),
  };
  return Object.values(launch).every(Boolean) ? launch : undefined;
}

/** Where the lesson was launched from, in the order the issue gives: cmi5, SCORM 2004, SCORM 1.2, or none. */
export type Launch =
  | { readonly kind: 'cmi5'; readonly launch: Cmi5Launch }
  | { readonly kind: 'scorm2004'; readonly api: Scorm2004Api }
  | { readonly kind: 'scorm12'; readonly api: Scorm12Api }
  | { readonly kind: 'local' };

export function detectLaunch(start: Window = window): Launch {
  const launch = cmi5Launch(start.location.href);
  if (launch) return { kind: 'cmi5', launch };
  const api2004 = findScorm2004Api(start);
  if (api2004) return { kind: 'scorm2004', api: api2004 };
  const api12 = findScorm12Api(start);
  if (api12) return { kind: 'scorm12', api: api12 };
  return { kind: 'local' };
}
