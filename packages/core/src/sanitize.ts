import createDOMPurify from 'dompurify';

/** Turns authored HTML into HTML that is safe to insert. */
export type Sanitizer = (html: string) => string;

/** The DOM given to the sanitizer cannot sanitize; nothing was produced. */
export class SanitizerUnavailableError extends Error {
  override name = 'SanitizerUnavailableError';
}

const unsafeAttribute = /^on/i;
/**
 * URL schemes that run code or smuggle documents, in any attribute (after
 * removing spaces and controls); raster images as data URLs are fine.
 */
const unsafeValue = /^(?:javascript:|vbscript:|data:(?!image\/(?:png|jpe?g|gif|webp|avif)[;,]))/i;

/**
 * A sanitizer over the given window: the page's in a browser, jsdom's in Node
 * (`createSanitizer(new JSDOM('').window)`). Scripts, event-handler
 * attributes, `javascript:` URLs and other active content never survive;
 * Lessonkit's own `lk-*` elements and their attributes do, unless a value is
 * a `javascript:`, `vbscript:` or `data:` URL (raster images excepted).
 * Inline `style` attributes are removed. Links that open a new tab get
 * `rel="noopener noreferrer"`.
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
  // DOMPurify checks URL attributes it knows (href, src…); Lessonkit's own
  // elements may take URLs in attributes it does not know, so check every value.
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // eslint-disable-next-line no-control-regex
    if (unsafeValue.test(data.attrValue.replace(/[\u0000-\u0020]/g, ''))) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.getAttribute('target') === '_blank') {
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  const config = {
    ADD_ATTR: ['target', 'slot'],
    FORBID_TAGS: ['style', 'form'],
    // Inline styles can cover the page with a fake dialog; lessons style through themes.
    FORBID_ATTR: ['style'],
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
