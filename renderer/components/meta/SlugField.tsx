import { useId, useState } from 'react';
import { slugify } from '../../../shared/text/slug';
import { useT } from '../../i18n/LocaleProvider';
import { isValidSlug } from './fieldRules';

/**
 * The slug: made from the headline until edited here. What is typed is saved once it is a valid
 * slug, and tidied into one when the field is left; Reset goes back to following the headline.
 */
export function SlugField({
  slug,
  edited,
  headline,
  onChange,
}: {
  slug: string;
  edited: boolean;
  headline: string;
  onChange: (patch: { slug: string; slugEdited: boolean }) => void;
}) {
  const t = useT();
  const id = useId();
  const errorId = useId();
  const [typed, setTyped] = useState(slug);
  const [seen, setSeen] = useState(slug);
  if (seen !== slug) {
    setSeen(slug);
    setTyped(slug);
  }
  const valid = isValidSlug(typed);

  return (
    <div className="meta-field">
      <label htmlFor={id}>{t('app.meta.slug')}</label>
      <div className="meta-inline">
        <input
          id={id}
          type="text"
          spellCheck={false}
          maxLength={120}
          value={typed}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : errorId}
          onChange={(event) => {
            const next = event.target.value;
            setTyped(next);
            if (isValidSlug(next)) onChange({ slug: next, slugEdited: true });
          }}
          onBlur={() => {
            if (isValidSlug(typed)) return;
            const tidy = slugify(typed);
            setTyped(tidy);
            onChange({ slug: tidy, slugEdited: true });
          }}
        />
        <button type="button" className="button button-small" title={t('app.meta.slugResetTitle')} disabled={!edited} onClick={() => onChange({ slug: slugify(headline), slugEdited: false })}>
          {t('app.meta.slugReset')}
        </button>
      </div>
      {!valid && (
        <p id={errorId} className="field-error">
          {t('app.meta.slugInvalid')}
        </p>
      )}
      {!edited && <p className="meta-hint">{t('app.meta.slugFollows')}</p>}
    </div>
  );
}
