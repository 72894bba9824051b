import { useId } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useT } from '../../i18n/LocaleProvider';
import { BlockCard } from '../shared/BlockCard';
import { useBlockField } from '../shared/useBlockField';
import type { QuoteData } from './QuoteNode';

export function QuoteCard({ nodeKey, data }: { nodeKey: NodeKey; data: QuoteData }) {
  const editable = useLexicalEditable();
  const t = useT();
  const [text, setText] = useBlockField(nodeKey, 'text', data.text);
  const [citation, setCitation] = useBlockField(nodeKey, 'citation', data.citation);
  const textId = useId();
  const citationId = useId();

  return (
    <BlockCard nodeKey={nodeKey} label={t('blocks.quote.title')} className="card-quote">
      <div className="card-field">
        <label htmlFor={textId}>{t('blocks.quote.text')}</label>
        <textarea
          id={textId}
          className="quote-text"
          rows={3}
          maxLength={10_000}
          placeholder={t('blocks.quote.textPlaceholder')}
          value={text}
          readOnly={!editable}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="card-field">
        <label htmlFor={citationId}>{t('blocks.quote.citation')}</label>
        <input id={citationId} type="text" maxLength={300} placeholder={t('blocks.quote.citationPlaceholder')} value={citation} readOnly={!editable} onChange={(event) => setCitation(event.target.value)} />
      </div>
    </BlockCard>
  );
}
