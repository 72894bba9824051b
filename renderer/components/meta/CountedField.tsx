import { useId } from 'react';
import { useT } from '../../i18n/LocaleProvider';

/**
 * A text field with a character count against the length search results show ("54/60"); past it
 * the count warns, though a longer text can still be saved up to `max`.
 */
export function CountedField({
  label,
  value,
  recommended,
  max,
  multiline,
  onChange,
}: {
  label: string;
  value: string;
  recommended: number;
  max: number;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const countId = useId();
  const over = value.length > recommended;
  const props = {
    id,
    value,
    maxLength: max,
    'aria-describedby': countId,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="meta-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      <p id={countId} className={over ? 'meta-count meta-count-over' : 'meta-count'}>
        {value.length}/{recommended}
        {over && ` · ${t('app.meta.tooLong')}`}
      </p>
    </div>
  );
}
