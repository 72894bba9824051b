import { Fragment } from 'react';
import type { HighlightedText } from '../../shared/article/draft';

/** Search-marked text from main. Segments are rendered as text, never parsed as markup. */
export function Highlighted({ segments }: { segments: HighlightedText }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
