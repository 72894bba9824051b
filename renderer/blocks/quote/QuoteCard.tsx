import { useId } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { BlockCard } from '../shared/BlockCard';
import { useBlockField } from '../shared/useBlockField';
import type { QuoteData } from './QuoteNode';

export function QuoteCard({ nodeKey, data }: { nodeKey: NodeKey; data: QuoteData }) {
  const editable = useLexicalEditable();
  const [text, setText] = useBlockField(nodeKey, 'text', data.text);
  const [citation, setCitation] = useBlockField(nodeKey, 'citation', data.citation);
  const textId = useId();
  const citationId = useId();

  return (
    <BlockCard nodeKey={nodeKey} label="Quote" className="card-quote">
      <div className="card-field">
        <label htmlFor={textId}>Quote text</label>
        <textarea
          id={textId}
          className="quote-text"
          rows={3}
          maxLength={10_000}
          placeholder="What was said. Each line is a paragraph."
          value={text}
          readOnly={!editable}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="card-field">
        <label htmlFor={citationId}>Who said it</label>
        <input id={citationId} type="text" maxLength={300} placeholder="Name, role" value={citation} readOnly={!editable} onChange={(event) => setCitation(event.target.value)} />
      </div>
    </BlockCard>
  );
}
