/**
 * Entity names
 * ============
 * When two names are the same name. Search compares names ignoring case, and mention finding ignores how the words
 * of a name are spaced (and the case of any name that is not an acronym): two entities whose names differ only so
 * would make search answer with either and the text's mentions go to one of them unseen.
 */

/** A name as search and mention finding compare it: words separated by one space, in lower case. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name as written in the data, its words separated by one space (a line break or a double space is not meant). */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
