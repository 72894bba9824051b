import { useId, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { diffArticles, type ArticleDiff, type BlockDiff, type BlockKind, type DiffableArticle } from '../../../shared/workflow/diff';
import { errorMessage } from '../../api/unwrap';
import { DraftTime } from '../../components/DraftListItem';
import { useT } from '../../i18n/LocaleProvider';
import { DiffText } from './DiffText';
import { useReviewSnapshot, type SnapshotSince } from './useReviewSnapshot';
import './diff.css';

export const CHANGES_PANEL_ID = 'changes-panel';

const CHOICES: readonly SnapshotSince[] = ['submitted', 'approved'];

/** shared/workflow/diff names block kinds in English words; the panel says them in the interface's language. */
const KIND_NAMES = {
  Paragraph: 'workflow.diff.kind.paragraph',
  Heading: 'workflow.diff.kind.heading',
  List: 'workflow.diff.kind.list',
  Figure: 'workflow.diff.kind.figure',
  Quote: 'workflow.diff.kind.quote',
  'Pull quote': 'workflow.diff.kind.pullQuote',
  Appeal: 'workflow.diff.kind.appeal',
} as const satisfies Record<BlockKind, MessageKey>;

type Compared = { ok: true; diff: ArticleDiff } | { ok: false; message: string };

function compare(before: DiffableArticle, after: DiffableArticle): Compared {
  try {
    return { ok: true, diff: diffArticles(before, after) };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

function Field({ title, diff, showUnchanged }: { title: { same: string; changed: string }; diff: ArticleDiff['headline']; showUnchanged: boolean }) {
  if (!diff.changed && !showUnchanged) return null;
  return (
    <div className="diff-field">
      <h3 className="diff-heading">{diff.changed ? title.changed : title.same}</h3>
      <p className="diff-text">
        <DiffText segments={diff.segments} />
      </p>
    </div>
  );
}

function Block({ block }: { block: BlockDiff }) {
  const t = useT();
  const kind = t(KIND_NAMES[block.kind]);
  return (
    <li className="diff-block" data-status={block.status}>
      <p className="diff-block-kind">{block.status === 'same' ? kind : t(`workflow.diff.block.${block.status}`, { kind })}</p>
      {block.note && <p className="diff-note">{t('workflow.diff.photoReplaced')}</p>}
      <p className="diff-text">
        <DiffText segments={block.segments} />
      </p>
    </li>
  );
}

/** The body's blocks; unchanged ones, unless asked for, are folded into a count between the changes. */
function Blocks({ blocks, showUnchanged }: { blocks: readonly BlockDiff[]; showUnchanged: boolean }) {
  const t = useT();
  const items: ReactNode[] = [];
  let folded = 0;
  const fold = (key: number) => {
    if (folded > 0) {
      items.push(
        <li key={`folded-${key}`} className="diff-folded">
          {t('workflow.diff.unchangedBlocks', { count: folded })}
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
  const t = useT();
  const headline = { same: t('workflow.diff.headline'), changed: t('workflow.diff.headlineChanged') };
  const standfirst = { same: t('workflow.diff.standfirst'), changed: t('workflow.diff.standfirstChanged') };
  return (
    <div className="diff">
      {!diff.exact && <p className="list-note">{t('workflow.diff.inexact')}</p>}
      <Field title={headline} diff={diff.headline} showUnchanged={showUnchanged} />
      <Field title={standfirst} diff={diff.standfirst} showUnchanged={showUnchanged} />
      <h3 className="diff-heading">{t('workflow.diff.body')}</h3>
      <Blocks blocks={diff.blocks} showUnchanged={showUnchanged} />
    </div>
  );
}

const TIME = '{time}';

/** "Compared with the article submitted at 12:04.", the time a <time> element wherever the language puts it. */
function ComparedWith({ since, at }: { since: SnapshotSince; at: number }) {
  const t = useT();
  // Filled with its own placeholder (translate fills in one pass), then split around it.
  const [before = '', after = ''] = t(`workflow.diff.comparedWith.${since}`, { time: TIME }).split(TIME);
  return (
    <>
      {before}
      <DraftTime at={at} />
      {after}
    </>
  );
}

/**
 * "Changes since submitted / since approved": the article as it was then (main's review
 * snapshot) against the article as it is on screen, the headline and standfirst word by word and
 * the body block by block (shared/workflow/diff).
 */
export function ChangesPanel({ draftId, article }: { draftId: string; article: DiffableArticle | null }) {
  const t = useT();
  const [since, setSince] = useState<SnapshotSince>('submitted');
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { data: snapshot, current, error } = useReviewSnapshot(draftId, since);
  const name = useId();
  const comparison = useMemo(() => (snapshot && article ? compare(snapshot, article) : null), [snapshot, article]);

  return (
    <section id={CHANGES_PANEL_ID} className="side-panel changes-panel" aria-label={t('workflow.diff.panel')}>
      <h2 className="panel-title">{t('workflow.diff.panel')}</h2>
      <fieldset className="changes-options">
        <legend className="visually-hidden">{t('workflow.diff.compareWith')}</legend>
        {CHOICES.map((option) => (
          <label key={option} className="changes-choice">
            <input type="radio" name={name} checked={since === option} onChange={() => setSince(option)} />
            {t(`workflow.diff.since.${option}`)}
          </label>
        ))}
        <label className="changes-choice">
          <input type="checkbox" checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} />
          {t('workflow.diff.showUnchanged')}
        </label>
      </fieldset>
      <div className="changes-body" aria-busy={!current}>
        {error && (
          <p className="list-note list-error" role="alert">
            {t('workflow.diff.unreadable', { reason: error })}
          </p>
        )}
        {current && snapshot === null && <p className="list-note">{t(`workflow.diff.never.${since}`)}</p>}
        {current && snapshot && (
          <>
            <p className="list-note">
              <ComparedWith since={since} at={snapshot.at} />
              {comparison?.ok && !comparison.diff.changed && ` ${t('workflow.diff.nothingChanged')}`}
            </p>
            {comparison && !comparison.ok && (
              <p className="list-note list-error" role="alert">
                {t('workflow.diff.incomparable', { reason: comparison.message })}
              </p>
            )}
            {comparison?.ok && (comparison.diff.changed || showUnchanged) && <DiffView diff={comparison.diff} showUnchanged={showUnchanged} />}
          </>
        )}
      </div>
    </section>
  );
}
