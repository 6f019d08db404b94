import { JSDOM } from 'jsdom';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cmi5CourseStructure,
  escapeXml,
  packageManifest,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageMeta,
} from '../src/index.js';

const DOMParser = new JSDOM('').window.DOMParser;

/** Parses XML as an LMS would, failing the test on any well-formedness error. */
function parse(xml: string): Document {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n</);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  assert.equal(error, undefined, `not well-formed: ${error?.textContent}\n${xml}`);
  return doc;
}

const NS = {
  cp12: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp12: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  cp2004: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp2004: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  cmi5: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
};

/** The elements of a namespace with a local name. */
const all = (doc: Document, ns: string, name: string): Element[] => [...doc.getElementsByTagNameNS(ns, name)];
/** The one element of a namespace with a local name (fails if there are none or several). */
function one(doc: Document, ns: string, name: string): Element {
  const found = all(doc, ns, name);
  assert.equal(found.length, 1, `one <${name}> in ${ns}`);
  return found[0]!;
}

const meta: PackageMeta = {
  id: 'evaluating-op-eds',
  title: 'Evaluating an Op-Ed',
  lang: 'en',
  summary: 'Read an argument closely.',
  passingScore: 0.7,
};
const unscored: PackageMeta = { id: 'reading', title: 'Reading', lang: 'es' };
const files = ['index.html', 'assets/lessonkit.js', 'assets/lesson.css', 'images/map of routes #2.png'];

describe('scorm12Manifest', () => {
  it('is an ADL SCORM 1.2 manifest with one organization, one item and one SCO', () => {
    const doc = parse(scorm12Manifest(meta, files));
    const root = doc.documentElement;
    assert.equal(root.localName, 'manifest');
    assert.equal(root.namespaceURI, NS.cp12);
    assert.equal(root.lookupNamespaceURI('adlcp'), NS.adlcp12);
    assert.equal(one(doc, NS.cp12, 'schema').textContent, 'ADL SCORM');
    assert.equal(one(doc, NS.cp12, 'schemaversion').textContent, '1.2');
    const organization = one(doc, NS.cp12, 'organization');
    assert.equal(one(doc, NS.cp12, 'organizations').getAttribute('default'), organization.getAttribute('identifier'));
    const item = one(doc, NS.cp12, 'item');
    const resource = one(doc, NS.cp12, 'resource');
    assert.equal(item.getAttribute('identifierref'), resource.getAttribute('identifier'));
    assert.equal(resource.getAttribute('type'), 'webcontent');
    assert.equal(resource.getAttributeNS(NS.adlcp12, 'scormtype'), 'sco');
    assert.equal(resource.getAttribute('href'), 'index.html');
    assert.deepEqual(
      all(doc, NS.cp12, 'title').map((title) => title.textContent),
      ['Evaluating an Op-Ed', 'Evaluating an Op-Ed'],
      'the organization and the item carry the title',
    );
    assert.equal(doc.getElementsByTagName('description')[0]?.textContent, 'Read an argument closely.');
  });

  it('lists every file once, sorted, as relative URLs', () => {
    const doc = parse(scorm12Manifest(meta, [...files, 'index.html']));
    const hrefs = all(doc, NS.cp12, 'file').map((file) => file.getAttribute('href')!);
    assert.deepEqual(hrefs, [
      'assets/lesson.css',
      'assets/lessonkit.js',
      'images/map%20of%20routes%20%232.png',
      'index.html',
    ]);
    assert.deepEqual(hrefs.map(decodeURIComponent), [...files].sort());
  });

  it('turns the passing score into a mastery score out of 100, and leaves it out when there is none', () => {
    const mastery = (passingScore: number | undefined) =>
      all(parse(scorm12Manifest({ ...meta, passingScore }, files)), NS.adlcp12, 'masteryscore').map(
        (element) => element.textContent,
      );
    assert.deepEqual(mastery(0.7), ['70']);
    assert.deepEqual(mastery(0.555), ['55.5']);
    assert.deepEqual(mastery(0.57), ['57'], 'not 56.99999999999999');
    assert.deepEqual(mastery(1), ['100']);
    assert.deepEqual(mastery(0), ['0']);
    assert.deepEqual(mastery(undefined), []);
  });
});

describe('scorm2004Manifest', () => {
  it('is a SCORM 2004 4th Edition manifest whose SCO sets its own completion and objective', () => {
    const doc = parse(scorm2004Manifest(meta, files));
    const root = doc.documentElement;
    assert.equal(root.namespaceURI, NS.cp2004);
    assert.equal(root.lookupNamespaceURI('adlcp'), NS.adlcp2004);
    assert.equal(root.lookupNamespaceURI('adlseq'), NS.adlseq);
    assert.equal(root.lookupNamespaceURI('imsss'), NS.imsss);
    assert.equal(one(doc, NS.cp2004, 'schema').textContent, 'ADL SCORM');
    assert.equal(one(doc, NS.cp2004, 'schemaversion').textContent, '2004 4th Edition');
    const item = one(doc, NS.cp2004, 'item');
    const resource = one(doc, NS.cp2004, 'resource');
    assert.equal(item.getAttribute('identifierref'), resource.getAttribute('identifier'));
    assert.equal(resource.getAttributeNS(NS.adlcp2004, 'scormType'), 'sco');
    assert.equal(resource.getAttribute('type'), 'webcontent');
    assert.equal(resource.getAttribute('href'), 'index.html');
    const sequencing = one(doc, NS.imsss, 'sequencing');
    assert.equal(sequencing.parentElement, item);
    const delivery = one(doc, NS.imsss, 'deliveryControls');
    assert.equal(delivery.getAttribute('completionSetByContent'), 'true');
    assert.equal(delivery.getAttribute('objectiveSetByContent'), 'true');
    assert.deepEqual(
      all(doc, NS.cp2004, 'file').map((file) => decodeURIComponent(file.getAttribute('href')!)),
      [...files].sort(),
    );
    assert.equal(doc.getElementsByTagName('description')[0]?.textContent, 'Read an argument closely.');
  });

  it('makes the passing score the primary objective’s minimum measure, and has no objective without one', () => {
    const doc = parse(scorm2004Manifest(meta, files));
    const primary = one(doc, NS.imsss, 'primaryObjective');
    assert.equal(primary.getAttribute('satisfiedByMeasure'), 'true');
    assert.equal(one(doc, NS.imsss, 'minNormalizedMeasure').textContent, '0.7');
    const sum = parse(scorm2004Manifest({ ...meta, passingScore: 0.1 + 0.2 }, files));
    assert.equal(one(sum, NS.imsss, 'minNormalizedMeasure').textContent, '0.3', 'an xs:decimal, rounded');
    const tiny = parse(cmi5CourseStructure({ ...meta, passingScore: 0.0000001 }));
    assert.equal(one(tiny, NS.cmi5, 'au').getAttribute('masteryScore'), '0', 'never in exponent form');
    const children = [...one(doc, NS.imsss, 'sequencing').children].map((child) => child.localName);
    assert.deepEqual(children, ['objectives', 'deliveryControls'], 'the order imsss:sequencing requires');
    const plain = parse(scorm2004Manifest(unscored, files));
    assert.deepEqual(all(plain, NS.imsss, 'objectives'), []);
    assert.equal(one(plain, NS.imsss, 'deliveryControls').getAttribute('completionSetByContent'), 'true');
  });
});

describe('cmi5CourseStructure', () => {
  it('is one course with one AU that moves on when completed and passed, at the mastery score', () => {
    const doc = parse(cmi5CourseStructure(meta));
    assert.equal(doc.documentElement.localName, 'courseStructure');
    assert.equal(doc.documentElement.namespaceURI, NS.cmi5);
    const course = one(doc, NS.cmi5, 'course');
    const au = one(doc, NS.cmi5, 'au');
    assert.equal(course.getAttribute('id'), 'urn:lessonkit:evaluating-op-eds');
    assert.equal(au.getAttribute('id'), 'urn:lessonkit:evaluating-op-eds:au');
    assert.equal(au.getAttribute('moveOn'), 'CompletedAndPassed');
    assert.equal(au.getAttribute('masteryScore'), '0.7');
    assert.equal(au.getAttribute('launchMethod'), 'AnyWindow');
    assert.equal(one(doc, NS.cmi5, 'url').textContent, 'index.html');
    for (const parent of [course, au]) {
      assert.deepEqual(
        [...parent.children].map((child) => child.localName),
        parent === au ? ['title', 'description', 'url'] : ['title', 'description'],
      );
      const [title, description] = [...parent.children].map((child) => child.firstElementChild!);
      assert.equal(title!.localName, 'langstring');
      assert.equal(title!.getAttribute('lang'), 'en');
      assert.equal(title!.textContent, 'Evaluating an Op-Ed');
      assert.equal(description!.textContent, 'Read an argument closely.');
    }
  });

  it('moves on when completed, with no mastery score, for a lesson without a passing score', () => {
    const doc = parse(cmi5CourseStructure(unscored));
    const au = one(doc, NS.cmi5, 'au');
    assert.equal(au.getAttribute('moveOn'), 'Completed');
    assert.equal(au.hasAttribute('masteryScore'), false);
    assert.equal(au.querySelector('title > langstring')?.getAttribute('lang'), 'es');
    assert.equal(au.querySelector('description > langstring')?.textContent, '', 'the required description is empty');
  });
});

describe('authored text in manifests', () => {
  const tricky: PackageMeta = {
    id: 'tricky',
    title: `Tom & "Jerry" <b>'s</b>`,
    summary: `A < B && C > D, "quoted" and 'single'`,
    lang: 'en',
    passingScore: 0.5,
  };
  const manifests = {
    scorm12: scorm12Manifest(tricky, ['index.html', `it's "odd" & <new>.png`]),
    scorm2004: scorm2004Manifest(tricky, ['index.html']),
    cmi5: cmi5CourseStructure(tricky),
  };

  for (const [format, xml] of Object.entries(manifests)) {
    it(`is escaped in the ${format} manifest, and reads back unchanged`, () => {
      assert.doesNotMatch(xml, /<b>|Tom & |"Jerry"|'s</, 'no authored markup or quote is left raw');
      assert.match(xml, /Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;\/b&gt;/);
      const doc = parse(xml);
      assert.equal(doc.getElementsByTagName('b').length, 0);
      const texts = [...doc.getElementsByTagName('*')]
        .filter((element) => element.children.length === 0)
        .map((element) => element.textContent);
      assert.ok(texts.includes(tricky.title), 'the title reads back as written');
      assert.ok(texts.includes(tricky.summary!), 'the summary reads back as written');
    });
  }

  it('drops characters XML cannot hold, so a stray control character cannot break a manifest', () => {
    const odd: PackageMeta = { ...tricky, title: 'Bell\u0007 and \uD800 lone', summary: 'Form\u000Cfeed' };
    for (const xml of [scorm12Manifest(odd, ['index.html']), scorm2004Manifest(odd, []), cmi5CourseStructure(odd)]) {
      const doc = parse(xml);
      assert.ok(doc.documentElement.textContent!.includes('Bell and  lone'));
      assert.ok(doc.documentElement.textContent!.includes('Formfeed'));
    }
    assert.equal(escapeXml(`<a href="x">'&'</a>\u0000`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('identifiers', () => {
  /** Every identifier an LMS keys its records on. */
  function identifiers(target: PackageMeta): string[] {
    const scorm = [scorm12Manifest(target, ['index.html']), scorm2004Manifest(target, ['index.html'])].flatMap(
      (xml) => {
        const doc = parse(xml);
        return [...doc.querySelectorAll('[identifier], [identifierref], [default], [objectiveID]')].flatMap((element) =>
          ['identifier', 'identifierref', 'default', 'objectiveID'].flatMap((name) => element.getAttribute(name) ?? []),
        );
      },
    );
    const cmi5 = [...parse(cmi5CourseStructure(target)).querySelectorAll('[id]')].map((element) =>
      element.getAttribute('id')!,
    );
    return [...scorm, ...cmi5];
  }

  it('come from the lesson id alone, so a rebuild or an edited title keeps them', () => {
    const before = identifiers(meta);
    const edited = identifiers({ ...meta, title: 'A new title', summary: 'Changed.', passingScore: 0.8, lang: 'es' });
    assert.deepEqual(edited, before);
    assert.equal(scorm12Manifest(meta, files), scorm12Manifest(meta, [...files].reverse()), 'same bytes');
    assert.ok(before.every((id) => id.includes('evaluating-op-eds')));
    assert.notDeepEqual(identifiers({ ...meta, id: 'another-lesson' }), before);
  });

  it('are valid XML ids for SCORM and IRIs for cmi5, even for a lesson id that starts with a digit', () => {
    const doc = parse(scorm2004Manifest({ ...meta, id: '2024-border-policy' }, ['index.html']));
    for (const element of doc.querySelectorAll('[identifier]'))
      assert.match(element.getAttribute('identifier')!, /^[A-Za-z_][\w.-]*$/);
    const cmi5 = parse(cmi5CourseStructure({ ...meta, id: '2024-border-policy' }));
    assert.deepEqual(
      [...cmi5.querySelectorAll('[id]')].map((element) => element.getAttribute('id')),
      ['urn:lessonkit:2024-border-policy', 'urn:lessonkit:2024-border-policy:au'],
    );
  });
});

describe('packageManifest', () => {
  it('names the manifest each format needs at the package root', () => {
    assert.equal(packageManifest('scorm12', meta, files).path, 'imsmanifest.xml');
    assert.equal(packageManifest('scorm2004', meta, files).path, 'imsmanifest.xml');
    assert.equal(packageManifest('cmi5', meta, files).path, 'cmi5.xml');
    assert.equal(packageManifest('scorm2004', meta, files).xml, scorm2004Manifest(meta, files));
  });
});
