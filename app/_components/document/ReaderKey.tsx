/**
 * Reader key
 * ==========
 * The key at the head of the reader: what its marks mean, above all the two kinds of commitment an analyst must keep
 * apart — what the issuer commits to ("China will …") and the norms it asks of others ("Countries should …") —
 * each with its count and its sample drawn with the text's own classes (reader.css), so the key cannot disagree
 * with the text. The samples show the underline and the glyph; the words say the same for anyone who cannot see them.
 */
import { possessive, type KindTally } from '@/lib/graph/commitment-kinds';
import { kindGlyph } from './Reader';

export function ReaderKey({ issuer, tally }: { issuer: string | undefined; tally: KindTally }) {
  const own = tally.self.reduce((sum, { count }) => sum + count, 0);
  const whose = issuer ? possessive(issuer) : "The issuer's";
  // "the issuer, EU": a short name may be an acronym, which running text would give an article ("what EU commits to").
  const issuerInText = issuer ? `the issuer, ${issuer},` : 'the issuer';
  return (
    <div className="reader-key">
      <p>
        <span className="mention-sample">Underlined names</span> open the entity in the explorer. The {tally.total}{' '}
        commitment sentences are of two kinds, each an anchor with a link into the explorer after it:
      </p>
      <ul className="reader-kinds" aria-label="Kinds of commitment">
        <li data-kind="self">
          <span className="commitment-sample" data-kind="self">
            {whose} own commitments{' '}
            <span className="commitment-glyph" aria-hidden="true">
              {kindGlyph('self')}
            </span>
          </span>{' '}
          ({own}): what {issuerInText} commits to or holds; solid underline, filled diamond.
        </li>
        <li data-kind="others">
          <span className="commitment-sample" data-kind="others">
            Norms asked of others{' '}
            <span className="commitment-glyph" aria-hidden="true">
              {kindGlyph('others')}
            </span>
          </span>{' '}
          ({tally.others}): what the text asks of other countries and parties; dashed underline, hollow diamond.
        </li>
      </ul>
      <p>
        Select any passage to cite it, or follow the ¶ link after a paragraph or the § link beside a heading (from the
        keyboard too) to cite the paragraph or the section.
      </p>
    </div>
  );
}
