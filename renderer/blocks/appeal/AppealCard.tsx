import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { assetUrl } from '../../../shared/blocks/figure/assetUrl';
import { resolveAppeal } from '../../../shared/blocks/appeal/resolve';
import { useAppeals, usePinnedAppeal } from '../../appeals/AppealsContext';
import { EDIT_BLOCK_COMMAND } from '../../editor/commands';
import { useArticle } from '../../editor/ArticleContext';
import { useT } from '../../i18n/LocaleProvider';
import { BlockCard } from '../shared/BlockCard';
import { AppealText } from './AppealText';
import type { AppealData } from './AppealNode';

/**
 * A locked card: the pinned version's text, which is edited only in the appeals library. When the
 * library has moved on, one click re-pins the card to the latest version.
 */
export function AppealCard({ nodeKey, data }: { nodeKey: NodeKey; data: AppealData }) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const { language } = useArticle();
  const { latest } = useAppeals();
  const pinned = usePinnedAppeal(data.appealId, data.appealVersion);
  const resolved =
    pinned.state === 'found'
      ? resolveAppeal({ type: 'appeal', version: 1, ...data }, { appeal: () => pinned.appeal, assetUrl }, language)
      : undefined;
  const newest = latest?.find((appeal) => appeal.id === data.appealId && appeal.kind === data.kind);
  const newer = newest && newest.version > data.appealVersion ? newest : null;

  const update = () => {
    if (newer) editor.dispatchCommand(EDIT_BLOCK_COMMAND, { key: nodeKey, field: 'appealVersion', patch: { appealVersion: newer.version } });
  };

  return (
    <BlockCard nodeKey={nodeKey} label={t(`appeals.kind.${data.kind}`)} className={`card-appeal card-appeal-${data.kind}`}>
      <p className="appeal-source">
        <span className="appeal-lock">{t('blocks.appeal.locked')}</span>{' '}
        {pinned.state === 'found'
          ? t('blocks.appeal.pinned', { name: pinned.appeal.name, version: data.appealVersion })
          : t('blocks.appeal.pinnedUnknown', { id: data.appealId, version: data.appealVersion })}
      </p>
      {pinned.state === 'loading' && <p className="appeal-note">{t('blocks.appeal.loading')}</p>}
      {pinned.state === 'missing' && <p className="card-warning">{t('blocks.appeal.missing')}</p>}
      {pinned.state === 'failed' && <p className="card-warning">{t('blocks.appeal.failed', { reason: pinned.message })}</p>}
      {pinned.state === 'found' && (resolved ? <AppealText resolved={resolved} /> : <p className="card-warning">{t('blocks.appeal.noText')}</p>)}
      {newer && (
        <div className="appeal-newer">
          <p>{t('blocks.appeal.newer', { version: newer.version })}</p>
          {editable && (
            <button type="button" className="button button-small" onClick={update}>
              {t('blocks.appeal.update')}
            </button>
          )}
        </div>
      )}
    </BlockCard>
  );
}
