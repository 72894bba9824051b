import { useId, useMemo, useState, type ReactNode } from 'react';
import { diffArticles, type ArticleDiff, type BlockDiff, type DiffableArticle } from '../../../shared/workflow/diff';
import { errorMessage } from '../../api/unwrap';
import { DraftTime } from '../../components/DraftListItem';
import { DiffText } from './DiffText';
import { useReviewSnapshot, type SnapshotSince } from './useReviewSnapshot';
import './diff.css';

export const CHANGES_PANEL_ID = 'changes-panel';

const CHOICES: ReadonlyArray<{ since: SnapshotSince; label: string; never: string }> = [
  { since: 'submitted', label: 'since submitted', never: 'It has not been submitted yet.' },
  { since: 'approved', label: 'since approved', never: 'It has not been approved yet.' },
];

type Compared = { ok: true; diff: ArticleDiff } | { ok: false; message: string };

function compare(before: DiffableArticle, after: DiffableArticle): Compared {
  try {
    return { ok: true, diff: diffArticles(before, after) };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

function Field({ title, diff, showUnchanged }: { title: string; diff: ArticleDiff['headline']; showUnchanged: boolean }) {
  if (!diff.changed && !showUnchanged) return null;
  return (
    <div className="diff-field">
      <h3 className="diff-heading">
        {title}
        {diff.changed ? ' changed' : ''}
      </h3>
      <p className="diff-text">
        <DiffText segments={diff.segments} />
      </p>
    </div>
  );
}

function Block({ block }: { block: BlockDiff }) {
  return (
    <li className="diff-block" data-status={block.status}>
      <p className="diff-block-kind">
        {block.kind}
        {block.status === 'same' ? '' : ` ${block.status}`}
      </p>
      {block.note && <p className="diff-note">{block.note}</p>}
      <p className="diff-text">
        <DiffText segments={block.segments} />
      </p>
    </li>
  );
}

/** The body's blocks; unchanged ones, unless asked for, are folded into a count between the changes. */
function Blocks({ blocks, showUnchanged }: { blocks: readonly BlockDiff[]; showUnchanged: boolean }) {
  const items: ReactNode[] = [];
  let folded = 0;
  const fold = (key: number) => {
    if (folded > 0) {
      items.push(
        <li key={`folded-${key}`} className="diff-folded">
          {folded} unchanged {folded === 1 ? 'block' : 'blocks'}
        </li>,
      );
    }
    folded = 0;
  };
  blocks.forEach((block, index) => {
    if (block.status === 'same' && !showUnchanged) {
      folded += 1;
      return;
    }
    fold(index);
    items.push(<Block key={index} block={block} />);
  });
  fold(blocks.length);
  return <ol className="diff-blocks">{items}</ol>;
}

function DiffView({ diff, showUnchanged }: { diff: ArticleDiff; showUnchanged: boolean }) {
  return (
    <div className="diff">
      {!diff.exact && (
        <p className="list-note">These versions differ a great deal: some passages are shown removed whole and added whole.</p>
      )}
      <Field title="Headline" diff={diff.headline} showUnchanged={showUnchanged} />
      <Field title="Standfirst" diff={diff.standfirst} showUnchanged={showUnchanged} />
      <h3 className="diff-heading">Body</h3>
      <Blocks blocks={diff.blocks} showUnchanged={showUnchanged} />
    </div>
  );
}

/**
 * "Changes since submitted / since approved": the article as it was then (main's review
 * snapshot) against the article as it is on screen, the headline and standfirst word by word and
 * the body block by block (shared/workflow/diff).
 */
export function ChangesPanel({ draftId, article }: { draftId: string; article: DiffableArticle | null }) {
  const [since, setSince] = useState<SnapshotSince>('submitted');
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { data: snapshot, current, error } = useReviewSnapshot(draftId, since);
  const name = useId();
  const choice = CHOICES.find((option) => option.since === since)!;
  const comparison = useMemo(() => (snapshot && article ? compare(snapshot, article) : null), [snapshot, article]);

  return (
    <section id={CHANGES_PANEL_ID} className="side-panel changes-panel" aria-label="Changes">
      <h2 className="panel-title">Changes</h2>
      <fieldset className="changes-options">
        <legend className="visually-hidden">Compare with the article as it was</legend>
        {CHOICES.map((option) => (
          <label key={option.since} className="changes-choice">
            <input type="radio" name={name} checked={since === option.since} onChange={() => setSince(option.since)} />
            {option.label}
          </label>
        ))}
        <label className="changes-choice">
          <input type="checkbox" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} />
          Show unchanged text
        </label>
      </fieldset>
      <div className="changes-body" aria-busy={!current}>
        {error && (
          <p className="list-note list-error" role="alert">
            Could not load the earlier version: {error}
          </p>
        )}
        {current && snapshot === null && (
          <p className="list-note">
            Nothing to compare yet. {choice.never}
          </p>
        )}
        {current && snapshot && (
          <>
            <p className="list-note">
              Compared with the article {since} at <DraftTime at={snapshot.at} />.
              {comparison?.ok && !comparison.diff.changed && ' Nothing has changed since.'}
            </p>
            {comparison && !comparison.ok && (
              <p className="list-note list-error" role="alert">
                The versions cannot be compared: {comparison.message}
              </p>
            )}
            {comparison?.ok && (comparison.diff.changed || showUnchanged) && <DiffView diff={comparison.diff} showUnchanged={showUnchanged} />}
          </>
        )}
      </div>
    </section>
  );
}
