import { useId, useState } from 'react';
import { FREQUENCIES, LANGUAGES, type AppealEntry, type AppealVersion, type Language } from '../../shared/appeals/library';
import { FREQUENCY_LABELS } from '../../shared/blocks/appeal/labels';
import { LOCALE_NAMES } from '../../shared/i18n/messages';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';
import { TEXT_FIELDS, formProblems, withFrequency, withText, type Frequency } from './appealForm';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function FieldError({ id, problem }: { id: string; problem: string | undefined }) {
  return problem ? (
    <p id={id} className="field-error">
      {sentence(problem)}
    </p>
  ) : null;
}

function Variant({
  entry,
  language,
  problems,
  showProblems,
  onChange,
}: {
  entry: AppealEntry;
  language: Language;
  problems: Map<string, string>;
  showProblems: boolean;
  onChange: (entry: AppealEntry) => void;
}) {
  const t = useT();
  const idBase = useId();
  const text = entry.variants[language] as Record<string, unknown>;
  const problem = (key: string) => (showProblems ? problems.get(`${language}.${key}`) : undefined);

  return (
    <fieldset className="appeal-variant" lang={language}>
      <legend>{LOCALE_NAMES[language]}</legend>
      {TEXT_FIELDS[entry.kind].map(({ key, multiline }) => {
        const id = `${idBase}-${key}`;
        const props = {
          id,
          value: String(text[key] ?? ''),
          'aria-invalid': problem(key) !== undefined,
          'aria-describedby': problem(key) ? `${id}-error` : undefined,
          onChange: (event: { target: { value: string } }) => onChange(withText(entry, language, key, event.target.value)),
        };
        return (
          <div key={key} className="meta-field">
            <label htmlFor={id}>{t(`appeals.field.${key}`)}</label>
            {multiline ? <textarea rows={3} {...props} /> : <input type={key === 'url' ? 'url' : 'text'} {...props} />}
            <FieldError id={`${id}-error`} problem={problem(key)} />
          </div>
        );
      })}
      {entry.kind === 'donation' && (
        <>
          <fieldset className="appeal-frequencies">
            <legend>{t('appeals.form.frequencies')}</legend>
            {FREQUENCIES.map((frequency: Frequency) => (
              <label key={frequency} className="check">
                <input
                  type="checkbox"
                  checked={entry.variants[language].frequencies.includes(frequency)}
                  onChange={(event) => onChange(withFrequency(entry, language, frequency, event.target.checked))}
                />
                {FREQUENCY_LABELS[language][frequency]}
              </label>
            ))}
            <FieldError id={`${idBase}-frequencies-error`} problem={problem('frequencies')} />
          </fieldset>
          <div className="meta-field">
            <label htmlFor={`${idBase}-default`}>{t('appeals.form.defaultFrequency')}</label>
            <select
              id={`${idBase}-default`}
              value={entry.variants[language].defaultFrequency}
              onChange={(event) => onChange(withText(entry, language, 'defaultFrequency', event.target.value))}
            >
              {entry.variants[language].frequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {FREQUENCY_LABELS[language][frequency]}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </fieldset>
  );
}

/**
 * One library entry's name and texts in both languages. Saving makes a new version: articles keep
 * the version they pinned until someone updates them.
 */
export function AppealForm({
  id,
  initialName,
  initialEntry,
  current,
  onSaved,
}: {
  id: string;
  initialName: string;
  initialEntry: AppealEntry;
  /** The latest saved version; null for a new entry. */
  current: AppealVersion | null;
  onSaved: (saved: AppealVersion) => void;
}) {
  const api = useApi();
  const t = useT();
  const nameId = useId();
  const [name, setName] = useState(initialName);
  const [entry, setEntry] = useState(initialEntry);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const problems = formProblems(t, id, name, entry);
  const nameProblem = tried ? problems.get('name') : undefined;

  const save = async () => {
    setTried(true);
    setOutcome(null);
    if (problems.size > 0) {
      setOutcome({ ok: false, message: t('appeals.form.fixFields') });
      return;
    }
    setSaving(true);
    try {
      const saved = await unwrap(api.saveAppeal({ id, name, entry }));
      setOutcome({ ok: true, message: t('appeals.form.saved', { version: saved.version }) });
      onSaved(saved);
    } catch (failure) {
      setOutcome({ ok: false, message: t('appeals.form.notSaved', { reason: errorMessage(failure) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="appeal-form"
      aria-label={current ? t('appeals.form.edit', { name: current.name }) : t('appeals.form.new')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="appeal-form-kind">
        {t(`appeals.kind.${entry.kind}`)} · {current ? t('appeals.form.version', { version: current.version }) : t('appeals.form.unsaved')}
      </p>
      <div className="meta-field">
        <label htmlFor={nameId}>{t('appeals.form.name')}</label>
        <input
          id={nameId}
          type="text"
          value={name}
          aria-invalid={nameProblem !== undefined}
          aria-describedby={nameProblem ? `${nameId}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <FieldError id={`${nameId}-error`} problem={nameProblem} />
      </div>
      <div className="appeal-variants">
        {LANGUAGES.map((language) => (
          <Variant key={language} entry={entry} language={language} problems={problems} showProblems={tried} onChange={setEntry} />
        ))}
      </div>
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {current ? t('appeals.form.saveVersion') : t('appeals.form.save')}
        </button>
      </div>
      <p role="status" className={outcome && !outcome.ok ? 'appeal-outcome field-error' : 'appeal-outcome'}>
        {outcome?.message}
      </p>
    </form>
  );
}
