/**
 * Fragment id
 * ===========
 * The anchor a reader's URL fragment names (`/document#iscc-2017-ch4-3-s3`), read as links in the wild arrive:
 * percent-encoded or not, cut short (`#%E0%A4%A`, `#%`), or in another case (`#ISCC-2017-CH4-3-S3`). A malformed
 * escape threw URIError from decodeURIComponent inside an effect and took the whole reader down ("This page
 * couldn't load"); here it is read as the text it is, which names no anchor, and the page stays as it is.
 */

/** The fragment's text without "#", decoded where it can be; never throws. */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The element the fragment names: by its exact id, else (anchors are lower-case slugs, as node ids are, and read
 * case-insensitively like them) by its lower-case form. Null for an empty fragment or one naming nothing.
 */
export function fragmentTarget(hash: string, byId: (id: string) => Element | null): Element | null {
  const id = fragmentId(hash);
  if (!id) return null;
  return byId(id) ?? (id.toLowerCase() !== id ? byId(id.toLowerCase()) : null);
}
