// scorm-again, the LMS-side SCORM runtime the tests use as the LMS. Its ESM files export the classes
// by name, while its type declarations say "default": this module gives them with their types.
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12Type from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';

export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12Type }).Scorm12API;
export const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Type }).Scorm2004API;

/** An LMS that keeps everything in memory: no commit URL, commits only when the content asks, quiet. */
export const lmsSettings = { lmsCommitUrl: false, autocommit: false, logLevel: 5 } as const;
