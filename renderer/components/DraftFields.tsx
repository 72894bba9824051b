import { useEffect, useRef } from 'react';
import type { DraftFields as Fields } from '../state/draftSnapshot';

// The store's limits (shared/article/draft.ts), enforced while typing so a save never fails on them.
const MAX = { headline: 500, standfirst: 2_000, byline: 300 } as const;

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

export function DraftFields({
  fields,
  focusHeadline,
  onChange,
  onBlur,
}: {
  fields: Fields;
  /** Changes to a new value each time the headline should take focus (a new draft was created). */
  focusHeadline: number | null;
  onChange: (name: keyof Fields, value: string) => void;
  onBlur: () => void;
}) {
  const headlineRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusHeadline !== null) headlineRef.current?.focus();
  }, [focusHeadline]);

  return (
    <div className="fields">
      <div className="field">
        <label className="field-label" htmlFor="draft-headline">
          Headline
        </label>
        {/* A textarea so long headlines wrap as they will be read; it still holds one line. */}
        <textarea
          id="draft-headline"
          ref={headlineRef}
          className="input-headline"
          rows={1}
          maxLength={MAX.headline}
          placeholder="Write a headline"
          value={fields.headline}
          onChange={(event) => onChange('headline', oneLine(event.target.value))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="draft-standfirst">
          Standfirst
        </label>
        <textarea
          id="draft-standfirst"
          className="input-standfirst"
          rows={1}
          maxLength={MAX.standfirst}
          placeholder="Sum up the story in a sentence or two"
          value={fields.standfirst}
          onChange={(event) => onChange('standfirst', event.target.value)}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="draft-byline">
          Byline
        </label>
        <input
          id="draft-byline"
          className="input-byline"
          type="text"
          maxLength={MAX.byline}
          placeholder="Who wrote it"
          value={fields.byline}
          onChange={(event) => onChange('byline', event.target.value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}
