import createDOMPurify from 'dompurify';

/** Turns authored HTML into HTML that is safe to insert. */
export type Sanitizer = (html: string) => string;

/** The DOM given to the sanitizer cannot sanitize; nothing was produced. */
export class SanitizerUnavailableError extends Error {
  override name = 'SanitizerUnavailableError';
}

const unsafeAttribute = /^on/i;

/**
 * A sanitizer over the given window: the page's in a browser, jsdom's in Node
 * (`createSanitizer(new JSDOM('').window)`). Scripts, event-handler
 * attributes, `javascript:` URLs and other active content never survive;
 * Lessonkit's own `lk-*` elements and their attributes do. Links that open a
 * new tab get `rel="noopener noreferrer"`.
 *
 * It fails closed: a DOM that DOMPurify cannot use (linkedom, for one) throws
 * `SanitizerUnavailableError` rather than passing HTML through unchanged.
 */
export function createSanitizer(window: Window | object): Sanitizer {
  const purify = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) {
    throw new SanitizerUnavailableError(
      'This DOM cannot run the HTML sanitizer (DOMPurify reports it unsupported). Use a browser window or jsdom.',
    );
  }
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.getAttribute('target') === '_blank') {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const config = {
    ADD_ATTR: ['target', 'slot'],
    FORBID_TAGS: ['style', 'form'],
    CUSTOM_ELEMENT_HANDLING: {
      tagNameCheck: /^lk-[a-z0-9-]+$/,
      attributeNameCheck: (name: string) => /^[a-z][a-z0-9-]*$/.test(name) && !unsafeAttribute.test(name),
      allowCustomizedBuiltInElements: false,
    },
  };
  return (html) => purify.sanitize(html, config);
}

let pageSanitizer: Sanitizer | undefined;

/** Sanitizes with the current page's window (browser only; in Node use `createSanitizer`). */
export function sanitizeHtml(html: string): string {
  if (!pageSanitizer) {
    if (typeof window === 'undefined') {
      throw new SanitizerUnavailableError(
        'sanitizeHtml needs a browser window; in Node use createSanitizer(jsdomWindow).',
      );
    }
    pageSanitizer = createSanitizer(window);
  }
  return pageSanitizer(html);
}
