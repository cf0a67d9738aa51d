/**
 * Document list
 * =============
 * With several documents loaded, the reader's side column lists them all above the sections, by short name
 * ("China 2017", the title as its tooltip and for screen readers), the one shown marked as current: `/document`
 * alone opens the first, and a reader must be able to reach the others without a detour through /about.
 */
import Link from 'next/link';

interface Props {
  documents: ReadonlyArray<{ id: string; name: string; title: string }>;
  current: string;
}

export function DocumentList({ documents, current }: Props) {
  return (
    // A caption, not a heading: it stands before the document's <h1> (the heading list starts with the title), and
    // the landmark already carries the name.
    <nav aria-label="Documents">
      <p className="reader-toc-caption" aria-hidden="true">
        Documents
      </p>
      <ul className="reader-documents">
        {documents.map((doc) => (
          <li key={doc.id}>
            <Link
              href={`/document?id=${encodeURIComponent(doc.id)}`}
              aria-current={doc.id === current ? 'page' : undefined}
              title={doc.title}
            >
              {doc.name}
              <span className="visually-hidden">: {doc.title}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
