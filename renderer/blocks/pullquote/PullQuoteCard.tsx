import { useId } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { BlockCard } from '../shared/BlockCard';
import { useBlockField } from '../shared/useBlockField';
import type { PullQuoteData } from './PullQuoteNode';

export function PullQuoteCard({ nodeKey, data }: { nodeKey: NodeKey; data: PullQuoteData }) {
  const editable = useLexicalEditable();
  const [text, setText] = useBlockField(nodeKey, 'text', data.text);
  const [attribution, setAttribution] = useBlockField(nodeKey, 'attribution', data.attribution);
  const textId = useId();
  const attributionId = useId();

  return (
    <BlockCard nodeKey={nodeKey} label="Pull quote" className="card-pullquote">
      <div className="card-field">
        <label htmlFor={textId}>Pull quote text</label>
        <textarea
          id={textId}
          className="pullquote-text"
          rows={2}
          maxLength={1_000}
          placeholder="A line from the story, shown large"
          value={text}
          readOnly={!editable}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="card-field">
        <label htmlFor={attributionId}>Attribution</label>
        <input id={attributionId} type="text" maxLength={300} placeholder="Who said it" value={attribution} readOnly={!editable} onChange={(event) => setAttribution(event.target.value)} />
      </div>
    </BlockCard>
  );
}
