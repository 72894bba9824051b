import { useEffect, useRef } from 'react';
import { useT } from '../i18n/LocaleProvider';
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
  const t = useT();
  const headlineRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusHeadline !== null) headlineRef.current?.focus();
  }, [focusHeadline]);

  return (
    <div className="fields">
      <div className="field">
        <label className="field-label" htmlFor="draft-headline">
          {t('app.fields.headline')}
        </label>
        {/* A textarea so long headlines wrap as they will be read; it still holds one line. */}
        <textarea
          id="draft-headline"
          ref={headlineRef}
          className="input-headline"
          rows={1}
          maxLength={MAX.headline}
          placeholder={t('app.fields.headlinePlaceholder')}
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
          {t('app.fields.standfirst')}
        </label>
        <textarea
          id="draft-standfirst"
          className="input-standfirst"
          rows={1}
          maxLength={MAX.standfirst}
          placeholder={t('app.fields.standfirstPlaceholder')}
          value={fields.standfirst}
          onChange={(event) => onChange('standfirst', event.target.value)}
          onBlur={onBlur}
        />
      </div>
      <div className="field">
        <label className="field-label" htmlFor="draft-byline">
          {t('app.fields.byline')}
        </label>
        <input
          id="draft-byline"
          className="input-byline"
          type="text"
          maxLength={MAX.byline}
          placeholder={t('app.fields.bylinePlaceholder')}
          value={fields.byline}
          onChange={(event) => onChange('byline', event.target.value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}
