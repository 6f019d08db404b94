// The manifests of the LMS packages: SCORM 1.2, SCORM 2004 4th Edition and cmi5.
// Plain strings in, XML strings out, so the same code runs in the CLI and in a browser.
import { escapeHtml } from './escape.js';
import type { LessonMeta } from './model.js';

/** The LMS package formats, in the order `lessonkit build --format` lists them. */
export const PACKAGE_FORMATS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type PackageFormat = (typeof PACKAGE_FORMATS)[number];

/** What a manifest says about a lesson. */
export type PackageMeta = Pick<LessonMeta, 'id' | 'title' | 'lang' | 'summary' | 'passingScore'>;

/** Characters XML 1.0 cannot hold at all, even escaped (most control characters, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe for XML content and quoted attribute values. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** XML that is already safe: it is inserted as it is. */
class Xml {
  constructor(readonly text: string) {}
}

type XmlValue = string | number | Xml | readonly Xml[] | undefined;

/**
 * A tagged template for XML: strings and numbers are escaped, `Xml` is
 * inserted as it is, `undefined` is nothing, and a value right after `name=`
 * is quoted.
 */
function xml(strings: TemplateStringsArray, ...values: XmlValue[]): Xml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    const text =
      value === undefined
        ? ''
        : value instanceof Xml
          ? value.text
          : Array.isArray(value)
            ? (value as readonly Xml[]).map((part) => part.text).join('')
            : escapeXml(String(value));
    out += (/=$/.test(out) ? `"${text}"` : text) + (strings[index + 1] ?? '');
  });
  return new Xml(out);
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A number as an `xs:decimal` (never in exponent form), rounded to `digits` places. */
const decimal = (value: number, digits: number): string => value.toFixed(digits).replace(/\.?0+$/, '');

/** A file's path as a relative URL: each segment percent-encoded, `/` kept. */
const href = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/** The package's files, sorted and once each, as `<file href>` lines. */
function fileList(files: readonly string[], indent: string): Xml[] {
  return [...new Set(files)].sort().map((path) => xml`${new Xml(indent)}<file href=${href(path)}/>\n`);
}

/** Identifiers come from the lesson id alone (lowercase letters, digits, dashes), so a rebuild keeps them. */
const ids = (id: string) => ({
  manifest: `lessonkit-${id}`,
  organization: `lessonkit-${id}-org`,
  item: `lessonkit-${id}-item`,
  resource: `lessonkit-${id}-sco`,
  objective: `urn:lessonkit:${id}:passing`,
  course: `urn:lessonkit:${id}`,
  au: `urn:lessonkit:${id}:au`,
});

/**
 * `imsmanifest.xml` for a SCORM 1.2 package: one organization, one item, one
 * SCO (`index.html`) listing `files` (every file of the package but the
 * manifest, as paths relative to the package root). The passing score becomes
 * the item's mastery score (0–100).
 */
export function scorm12Manifest(meta: PackageMeta, files: readonly string[]): string {
  const id = ids(meta.id);
  const mastery =
    meta.passingScore === undefined
      ? undefined
      : xml`        <adlcp:masteryscore>${decimal(meta.passingScore * 100, 4)}</adlcp:masteryscore>\n`;
  const description =
    meta.summary === undefined
      ? undefined
      : xml`        <description><langstring xml:lang=${meta.lang}>${meta.summary}</langstring></description>\n`;
  return (
    DECLARATION +
    xml`<manifest identifier=${id.manifest} xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <general>
        <title><langstring xml:lang=${meta.lang}>${meta.title}</langstring></title>
        <language>${meta.lang}</language>
${description}      </general>
    </lom>
  </metadata>
  <organizations default=${id.organization}>
    <organization identifier=${id.organization}>
      <title>${meta.title}</title>
      <item identifier=${id.item} identifierref=${id.resource} isvisible="true">
        <title>${meta.title}</title>
${mastery}      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier=${id.resource} type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(files, '      ')}    </resource>
  </resources>
</manifest>
`.text
  );
}

/**
 * `imsmanifest.xml` for a SCORM 2004 4th Edition package: one SCO whose
 * completion and objective are set by the content; with a passing score, the
 * primary objective is satisfied by measure at that score (0–1).
 */
export function scorm2004Manifest(meta: PackageMeta, files: readonly string[]): string {
  const id = ids(meta.id);
  const objectives =
    meta.passingScore === undefined
      ? undefined
      : xml`          <imsss:objectives>
            <imsss:primaryObjective objectiveID=${id.objective} satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${decimal(meta.passingScore, 6)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>\n`;
  const description =
    meta.summary === undefined
      ? undefined
      : xml`        <description><string language=${meta.lang}>${meta.summary}</string></description>\n`;
  return (
    DECLARATION +
    xml`<manifest identifier=${id.manifest} xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom xmlns="http://ltsc.ieee.org/xsd/LOM">
      <general>
        <title><string language=${meta.lang}>${meta.title}</string></title>
        <language>${meta.lang}</language>
${description}      </general>
    </lom>
  </metadata>
  <organizations default=${id.organization}>
    <organization identifier=${id.organization} adlseq:objectivesGlobalToSystem="false">
      <title>${meta.title}</title>
      <item identifier=${id.item} identifierref=${id.resource} isvisible="true">
        <title>${meta.title}</title>
        <imsss:sequencing>
${objectives}          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier=${id.resource} type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(files, '      ')}    </resource>
  </resources>
</manifest>
`.text
  );
}

/**
 * `cmi5.xml` for a cmi5 package: one course with one assignable unit,
 * `index.html`. With a passing score the AU moves on when completed and
 * passed, at that mastery score (0–1); without one, when completed.
 */
export function cmi5CourseStructure(meta: PackageMeta): string {
  const id = ids(meta.id);
  const scored = meta.passingScore !== undefined;
  const text = (name: string, value: string) =>
    xml`<${new Xml(name)}><langstring lang=${meta.lang}>${value}</langstring></${new Xml(name)}>`;
  const title = text('title', meta.title);
  const description = text('description', meta.summary ?? '');
  return (
    DECLARATION +
    xml`<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id=${id.course}>
    ${title}
    ${description}
  </course>
  <au id=${id.au} moveOn=${scored ? 'CompletedAndPassed' : 'Completed'}${scored ? xml` masteryScore=${decimal(meta.passingScore ?? 0, 6)}` : undefined} launchMethod="AnyWindow">
    ${title}
    ${description}
    <url>index.html</url>
  </au>
</courseStructure>
`.text
  );
}

/**
 * The manifest a package format needs: its path at the package root and its
 * text. `files` are the package's other files (the web build).
 */
export function packageManifest(
  format: PackageFormat,
  meta: PackageMeta,
  files: readonly string[],
): { path: string; xml: string } {
  switch (format) {
    case 'scorm12':
      return { path: 'imsmanifest.xml', xml: scorm12Manifest(meta, files) };
    case 'scorm2004':
      return { path: 'imsmanifest.xml', xml: scorm2004Manifest(meta, files) };
    case 'cmi5':
      return { path: 'cmi5.xml', xml: cmi5CourseStructure(meta) };
  }
}
