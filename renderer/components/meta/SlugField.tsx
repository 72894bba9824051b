import { useId, useState } from 'react';
import { slugify } from '../../../shared/text/slug';
import { slugProblem } from './fieldRules';

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
  const id = useId();
  const errorId = useId();
  const [typed, setTyped] = useState(slug);
  const [seen, setSeen] = useState(slug);
  if (seen !== slug) {
    setSeen(slug);
    setTyped(slug);
  }
  const problem = slugProblem(typed);

  return (
    <div className="meta-field">
      <label htmlFor={id}>Slug</label>
      <div className="meta-inline">
        <input
          id={id}
          type="text"
          spellCheck={false}
          maxLength={120}
          value={typed}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => {
            const next = event.target.value;
            setTyped(next);
            if (slugProblem(next) === null) onChange({ slug: next, slugEdited: true });
          }}
          onBlur={() => {
            if (slugProblem(typed) === null) return;
            const tidy = slugify(typed);
            setTyped(tidy);
            onChange({ slug: tidy, slugEdited: true });
          }}
        />
        <button type="button" className="button button-small" title="Make the slug from the headline again" disabled={!edited} onClick={() => onChange({ slug: slugify(headline), slugEdited: false })}>
          Reset
        </button>
      </div>
      {problem && (
        <p id={errorId} className="field-error">
          {problem[0]!.toUpperCase() + problem.slice(1)}
        </p>
      )}
      {!edited && <p className="meta-hint">Follows the headline until you edit it.</p>}
    </div>
  );
}
