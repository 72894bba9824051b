import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { MAX_WORD_LIST_BYTES, HOUSE_WORD_MESSAGES, checkHouseWord } from '../../../shared/desktop/houseWords';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { useT } from '../../i18n/LocaleProvider';
import { readBase64 } from '../../blocks/figure/readBase64';

/** Only this many words are drawn at once; the filter narrows a long list down. */
const SHOWN = 200;

/** Settings → House dictionary: the words, adding and removing, import and export of a word list. */
export function HouseDictionarySettings() {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [words, setWords] = useState<string[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const load = useCallback(() => {
    unwrap(api.listHouseWords({})).then(
      (list) => {
        setWords(list.words);
        setLoadError(null);
      },
      (failure: unknown) => setLoadError(t('desktop.dictionary.loadFailed', { reason: errorMessage(failure) })),
    );
  }, [api, t]);
  // Words added from the spelling menu arrive while this is open, too.
  useEffect(() => {
    load();
    return api.onHouseWordsChanged(load);
  }, [api, load]);

  const attempt = async (work: () => Promise<string>) => {
    setStatus(null);
    try {
      setStatus({ ok: true, message: await work() });
    } catch (failure) {
      setStatus({ ok: false, message: t('desktop.dictionary.failed', { reason: errorMessage(failure) }) });
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkHouseWord(draft);
    if (!checked.ok) return setStatus({ ok: false, message: checked.message });
    void attempt(async () => {
      const result = await unwrap(api.addHouseWord({ word: checked.word }));
      setDraft('');
      return t(result.added ? 'desktop.dictionary.added' : 'desktop.dictionary.alreadyThere', { word: result.word });
    });
  };

  const importFile = (file: File) =>
    attempt(async () => {
      if (file.size > MAX_WORD_LIST_BYTES) throw new Error(HOUSE_WORD_MESSAGES.tooLarge);
      const result = await unwrap(api.importHouseWords({ name: file.name, dataBase64: await readBase64(file) }));
      return t('desktop.dictionary.imported', { count: result.read, added: result.added });
    });

  const exportList = () =>
    attempt(async () => {
      const { path } = await unwrap(api.exportHouseWords({}));
      return path === null ? t('desktop.dictionary.exportCancelled') : t('desktop.dictionary.exported', { path });
    });

  const matching = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle && words ? words.filter((word) => word.toLocaleLowerCase().includes(needle)) : (words ?? []);
  }, [words, filter]);

  return (
    <section className="settings-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('desktop.dictionary.title')}</h2>
      <p className="meta-hint">{t('desktop.dictionary.intro')}</p>
      <form className="settings-row" onSubmit={add}>
        <label htmlFor={`${id}-add`}>{t('desktop.dictionary.addLabel')}</label>
        <input id={`${id}-add`} type="text" maxLength={200} spellCheck={false} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button">
          {t('desktop.dictionary.add')}
        </button>
      </form>
      <p role="status" className={status?.ok === false ? 'field-error' : 'settings-status'}>
        {status?.message}
      </p>
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      {words && (
        <>
          <div className="settings-row">
            <label htmlFor={`${id}-filter`}>{t('desktop.dictionary.filterLabel')}</label>
            <input id={`${id}-filter`} type="search" spellCheck={false} value={filter} onChange={(event) => setFilter(event.target.value)} />
          </div>
          <p className="meta-hint">
            {words.length === 0 ? t('desktop.dictionary.empty') : t('desktop.dictionary.count', { count: words.length })}{' '}
            {matching.length === 0 && words.length > 0 && t('desktop.dictionary.noMatch')}
            {matching.length > SHOWN && ` ${t('desktop.dictionary.clipped', { shown: SHOWN, matching: matching.length })}`}
          </p>
          <ul className="house-words" aria-label={t('desktop.dictionary.listLabel')}>
            {matching.slice(0, SHOWN).map((word) => (
              <li key={word} className="house-word">
                <span>{word}</span>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('desktop.dictionary.removeLabel', { word })}
                  onClick={() =>
                    void attempt(async () => {
                      await unwrap(api.removeHouseWord({ word }));
                      return t('desktop.dictionary.removed', { word });
                    })
                  }
                >
                  {t('desktop.dictionary.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('desktop.dictionary.importList')}
        </button>
        <button type="button" className="button" onClick={() => void exportList()}>
          {t('desktop.dictionary.exportList')}
        </button>
      </div>
      <p className="meta-hint">{t('desktop.dictionary.fileHint')}</p>
      <input
        ref={fileInput}
        type="file"
        accept=".txt,.dic,text/plain"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </section>
  );
}
