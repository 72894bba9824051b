import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CONTROL_OR_META, isExactShortcutMatch } from 'lexical';
import { useT } from '../../i18n/LocaleProvider';
import { useAsyncAction } from './useAsyncAction';

/** The contract's limit on one message. */
const MAX_MESSAGE_CHARS = 4_000;

/**
 * A comment or a reply being written. Ctrl/Cmd+Enter sends it, Escape gives up; the text stays
 * in the form when main refuses it, with the reason under it.
 */
export function MessageForm({
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const { busy, error, run } = useAsyncAction();
  const fieldId = useId();
  const errorId = useId();
  const message = text.trim();

  const send = async () => {
    if (message === '' || busy) return;
    if (await run(() => onSubmit(message))) setText('');
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isExactShortcutMatch(event.nativeEvent, 'Enter', CONTROL_OR_META)) {
      event.preventDefault();
      void send();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="message-form" onSubmit={onFormSubmit}>
      <label className="field-label" htmlFor={fieldId}>
        {label}
      </label>
      <textarea
        id={fieldId}
        rows={3}
        maxLength={MAX_MESSAGE_CHARS}
        value={text}
        // The form appears because the person asked to write: the caret goes there.
        autoFocus
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy || message === ''}>
          {submitLabel}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('app.common.cancel')}
        </button>
      </div>
    </form>
  );
}
