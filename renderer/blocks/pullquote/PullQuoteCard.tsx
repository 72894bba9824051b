import { useId } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useT } from '../../i18n/LocaleProvider';
import { BlockCard } from '../shared/BlockCard';
import { useBlockField } from '../shared/useBlockField';
import type { PullQuoteData } from './PullQuoteNode';

export function PullQuoteCard({ nodeKey, data }: { nodeKey: NodeKey; data: PullQuoteData }) {
  const editable = useLexicalEditable();
  const t = useT();
  const [text, setText] = useBlockField(nodeKey, 'text', data.text);
  const [attribution, setAttribution] = useBlockField(nodeKey, 'attribution', data.attribution);
  const textId = useId();
  const attributionId = useId();

  return (
    <BlockCard nodeKey={nodeKey} label={t('blocks.pullquote.title')} className="card-pullquote">
      <div className="card-field">
        <label htmlFor={textId}>{t('blocks.pullquote.text')}</label>
        <textarea
          id={textId}
          className="pullquote-text"
          rows={2}
          maxLength={1_000}
          placeholder={t('blocks.pullquote.textPlaceholder')}
          value={text}
          readOnly={!editable}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="card-field">
        <label htmlFor={attributionId}>{t('blocks.pullquote.attribution')}</label>
        <input id={attributionId} type="text" maxLength={300} placeholder={t('blocks.pullquote.attributionPlaceholder')} value={attribution} readOnly={!editable} onChange={(event) => setAttribution(event.target.value)} />
      </div>
    </BlockCard>
  );
}
