/**
 * Names of the reader's marks and links
 * =====================================
 * The reader has a ◆ link after each commitment sentence and a ¶ / § link after each paragraph and beside each
 * heading. A screen reader lists links by name, so each name says which link it is: the kind of commitment (the
 * issuer's own, or a norm asked of others: lib/graph/commitment-kinds.ts) and where it stands ("sentence 3 of
 * Chapter IV, section 3"), never 41 times "Commitment “will”" or 66 times "Cite this paragraph". Places are said as
 * a reader says them, from the document's own section numbers, not by ids a screen reader would spell out.
 */
import { kindTitle } from '@/lib/graph/commitment-kinds';

export interface PlacedSection {
  id: string;
  parentId: string | null;
  /** "IV", "3"; empty for an unnumbered section ("Preface"). */
  number: string;
  title: string;
  /** The heading as written: "Chapter IV. Plan of Action", "3. Partnership in Cyberspace". */
  heading: string;
  level: number;
}

/**
 * One section's own part of its place: "Chapter IV" (the heading before its title), "section 3" (a bare number),
 * or the title of an unnumbered one ("Preface").
 */
function ownPlace(section: PlacedSection): string {
  const label =
    section.title && section.heading.endsWith(section.title)
      ? section.heading.slice(0, section.heading.length - section.title.length).replace(/[\s.:–—-]+$/, '')
      : '';
  if (!section.number || !label) return section.title || section.heading;
  return label === section.number ? `section ${section.number}` : label;
}

/** Each section's place from the chapter down, by id: "Chapter IV, section 3", "Preface". */
export function sectionPlaces(sections: readonly PlacedSection[]): Map<string, string> {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const places = new Map<string, string>();
  const placeOf = (section: PlacedSection, depth: number): string => {
    const known = places.get(section.id);
    if (known !== undefined) return known;
    const parent = section.parentId ? byId.get(section.parentId) : undefined;
    // A parent chain longer than the sections (a cycle in bad data) stops rather than recursing for ever.
    const place =
      parent && depth < sections.length ? `${placeOf(parent, depth + 1)}, ${ownPlace(section)}` : ownPlace(section);
    places.set(section.id, place);
    return place;
  };
  for (const section of sections) placeOf(section, 0);
  return places;
}

/** The ¶ link's name: "Cite paragraph 3 of Chapter IV, section 2"; before the first heading, "of the opening". */
export function paragraphLinkName(paragraph: number | undefined, place: string | undefined): string {
  const which = paragraph === undefined ? 'this paragraph' : `paragraph ${paragraph}`;
  return `Cite ${which} ${place ? `of ${place}` : 'before the first heading'}`;
}

/** The § link's name: "Cite Chapter IV, section 3". */
export function sectionLinkName(place: string | undefined): string {
  return place ? `Cite ${place}` : 'Cite this section';
}

/**
 * A commitment's sentence number in its section, from its id (`<section id>-s<n>`, as the ingest names them), and
 * the section; undefined for an id of another shape.
 */
export function commitmentPosition(id: string): { sectionId: string; sentence: number } | undefined {
  const match = /^(.+)-s(\d+)$/.exec(id);
  return match ? { sectionId: match[1]!, sentence: Number(match[2]) } : undefined;
}

export interface CommitmentMark {
  id: string;
  kind: string;
  modalities: readonly string[];
  /** Who makes it (the MAKES edge's source); the issuer, or a speaker the document quotes. */
  maker: string | undefined;
}

/**
 * The ◆ link's name: "China's commitment (will · supports), sentence 3 of Chapter IV, section 3: open in the
 * explorer"; a norm the issuer does not make itself says whose it is ("Norm asked of others by Xi Jinping (should)").
 */
export function commitmentLinkName(
  mark: CommitmentMark,
  issuer: string | undefined,
  places: ReadonlyMap<string, string>,
): string {
  const by = mark.kind === 'others' && mark.maker && mark.maker !== issuer ? ` by ${mark.maker}` : '';
  const verbs = mark.modalities.length > 0 ? ` (${mark.modalities.join(' · ')})` : '';
  const position = commitmentPosition(mark.id);
  const place = position ? places.get(position.sectionId) : undefined;
  const where = position && place ? `, sentence ${position.sentence} of ${place}` : '';
  return `${kindTitle(mark.kind, mark.maker)}${by}${verbs}${where}: open in the explorer`;
}
