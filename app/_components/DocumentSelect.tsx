/**
 * Document choice
 * ===============
 * The "one document or all" select that lists mixing several documents offer (the explorer's table, the matrix):
 * each document by its short name ("China 2017"), "All documents" first. The caller labels it and keeps the choice.
 */
interface Props {
  documents: ReadonlyArray<{ id: string; name: string }>;
  /** The chosen document's id, or null for all. */
  value: string | null;
  onChange: (id: string | null) => void;
  id?: string;
}

export function DocumentSelect({ documents, value, onChange, id }: Props) {
  return (
    <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">All documents</option>
      {documents.map((document) => (
        <option key={document.id} value={document.id}>
          {document.name}
        </option>
      ))}
    </select>
  );
}
