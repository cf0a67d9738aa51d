/**
 * Legend
 * ======
 * What the colours and line styles mean, and the type filter: each node type is a checkbox (with its name and
 * count, never colour alone); "only" shows that type alone. Commitments say, under their row, how many are the
 * issuer's own and how many are asked of others (the checkbox's description), as an analyst must keep them apart. Curated relationships are explained next to text ones,
 * each sample drawn from the canvas's own edge depiction (lib/explorer/graph/edges.ts). A skip link, first, steps
 * past all of it to the view.
 */
'use client';

import type { NodeType } from '@/lib/graph/schema';
import { kindSplit, type KindTally } from '@/lib/graph/commitment-kinds';
import { TYPE_STYLE } from '@/lib/graph/style';
import { isTypeVisible, soloType, toggleType } from '@/lib/explorer/filters/types';
import { EDGE_DEPICTION, edgeSample, isCurved, type EdgeDepiction } from '@/lib/explorer/graph/edges';
import { NODE_TYPE_ORDER } from '@/lib/explorer/graph/kinds';
import { TypeSwatch } from './TypeSwatch';

interface Props {
  id: string;
  open: boolean;
  visibleTypes: NodeType[] | null;
  counts: ReadonlyMap<string, number>;
  /** The commitments by kind (lib/explorer/graph/client-graph.ts), said under the commitments' row. */
  kinds?: KindTally;
  onChange: (types: NodeType[] | null) => void;
  /** Where the skip link past the filters leads (the active view's panel), and what it says. */
  skip: { target: string; label: string };
  /** Closes the legend where it is an overlay (narrow screens); Escape calls it. */
  onClose: () => void;
}

/** A relationship as the canvas draws it (straight or curved arrow, solid); decorative, the words say the same. */
function EdgeSampleIcon({ depiction }: { depiction: EdgeDepiction }) {
  const sample = edgeSample(isCurved(depiction), 36, 12);
  return (
    <svg width="36" height="12" aria-hidden="true" data-edge-sample={isCurved(depiction) ? 'curved' : 'straight'}>
      <path d={sample.line} fill="none" stroke={depiction.color} strokeWidth="2" />
      <path d={sample.head} fill={depiction.color} />
    </svg>
  );
}

export function Legend({ id, open, visibleTypes, counts, kinds, onChange, skip, onClose }: Props) {
  const types = NODE_TYPE_ORDER.filter((type) => counts.has(type));
  const split = kinds ? kindSplit(kinds) : '';
  return (
    <section
      id={id}
      className="legend"
      data-open={open ? 'true' : 'false'}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        // Open only as the narrow screens' overlay over the graph, which closes on Escape like the details drawer.
        if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
        event.preventDefault();
        onClose();
      }}
    >
      {/* Two controls per type stand between the view tabs and the view: a keyboard user can step past them all. */}
      <a
        href={`#${skip.target}`}
        className="skip-link legend-skip"
        onClick={(event) => {
          // Focus, not a #fragment: a fragment would enter the history and every link shared from the explorer.
          event.preventDefault();
          document.getElementById(skip.target)?.focus();
        }}
      >
        {skip.label}
      </a>
      {/* Focusable (not a Tab stop): opening the overlay on a phone puts focus here. */}
      <h2 id={`${id}-title`} tabIndex={-1}>
        Legend and filters
      </h2>
      <fieldset>
        <legend>Node types shown</legend>
        <ul className="legend-types">
          {types.map((type: NodeType) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={isTypeVisible(visibleTypes, type)}
                  onChange={() => onChange(toggleType(visibleTypes, type))}
                  // The split is the box's description, not its name: "Commitments (121)" stays what it is called.
                  aria-describedby={type === 'commitment' && split ? `${id}-commitment-split` : undefined}
                />
                <TypeSwatch type={type} />
                <span>{TYPE_STYLE[type].plural}</span>
                <span className="muted"> ({counts.get(type)})</span>
              </label>
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(soloType(visibleTypes, type))}
                aria-label={`Show only ${TYPE_STYLE[type].plural.toLowerCase()}`}
              >
                only
              </button>
              {type === 'commitment' && split ? (
                <span id={`${id}-commitment-split`} className="muted legend-split">
                  {split}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="link-button"
          onClick={(event) => {
            // The button disables itself once all types show: focus goes to the list it changed, not to <body>.
            const first = event.currentTarget.closest('fieldset')?.querySelector('input');
            onChange(null);
            first?.focus();
          }}
          disabled={visibleTypes === null}
        >
          Show all types
        </button>
      </fieldset>
      <h3>Relationships</h3>
      <ul className="legend-edges">
        <li>
          <EdgeSampleIcon depiction={EDGE_DEPICTION.text} />
          <span>
            <strong>Stated in the text</strong>: straight arrow; each has the sentence it comes from.
          </span>
        </li>
        <li>
          <EdgeSampleIcon depiction={EDGE_DEPICTION.curated} />
          <span>
            <strong>Curated</strong>: curved orange arrow; knowledge not stated in the text, with a note saying why.
          </span>
        </li>
      </ul>
      <p className="muted legend-note">
        Node size: PageRank centrality. Hover a node to see its neighbours; click to select.
      </p>
    </section>
  );
}
