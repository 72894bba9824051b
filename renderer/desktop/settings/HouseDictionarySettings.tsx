import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { MAX_WORD_LIST_BYTES, HOUSE_WORD_MESSAGES, checkHouseWord } from '../../../shared/desktop/houseWords';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { readBase64 } from '../../blocks/figure/readBase64';

/** Only this many words are drawn at once; the filter narrows a long list down. */
const SHOWN = 200;
const numbers = new Intl.NumberFormat('en');

const TEXT = {
  title: 'House dictionary',
  intro: 'Names and terms your newsroom spells its own way. The spellchecker accepts them in every article; right-click a flagged word to add it.',
  addLabel: 'Add a word',
  add: 'Add',
  filterLabel: 'Find in the house dictionary',
  listLabel: 'House dictionary words',
  remove: 'Remove',
  removeLabel: (word: string) => `Remove ${word}`,
  importList: 'Import word list…',
  exportList: 'Export word list…',
  fileHint: 'A word list is a UTF-8 text file with one word a line; importing adds its words to these.',
  count: (words: number) => (words === 1 ? 'One word.' : `${numbers.format(words)} words.`),
  empty: 'No words yet.',
  noMatch: 'No word matches.',
  clipped: (shown: number, matching: number) => `Showing the first ${numbers.format(shown)} of ${numbers.format(matching)}; type to narrow the list.`,
  added: (word: string) => `Added ${word}.`,
  alreadyThere: (word: string) => `${word} is already in the house dictionary.`,
  removed: (word: string) => `Removed ${word}.`,
  imported: (read: number, added: number) => `Read ${numbers.format(read)} words from the file: ${numbers.format(added)} new.`,
  exported: (path: string) => `Saved to ${path}`,
  exportCancelled: 'Export cancelled.',
  failed: (reason: string) => `Not done: ${reason}`,
  loadFailed: (reason: string) => `The house dictionary could not be loaded: ${reason}`,
} as const;

/** Settings → House dictionary: the words, adding and removing, import and export of a word list. */
export function HouseDictionarySettings() {
  const api = useApi();
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
      (failure: unknown) => setLoadError(TEXT.loadFailed(errorMessage(failure))),
    );
  }, [api]);
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
      setStatus({ ok: false, message: TEXT.failed(errorMessage(failure)) });
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkHouseWord(draft);
    if (!checked.ok) return setStatus({ ok: false, message: checked.message });
    void attempt(async () => {
      const result = await unwrap(api.addHouseWord({ word: checked.word }));
      setDraft('');
      return result.added ? TEXT.added(result.word) : TEXT.alreadyThere(result.word);
    });
  };

  const importFile = (file: File) =>
    attempt(async () => {
      if (file.size > MAX_WORD_LIST_BYTES) throw new Error(HOUSE_WORD_MESSAGES.tooLarge);
      const result = await unwrap(api.importHouseWords({ name: file.name, dataBase64: await readBase64(file) }));
      return TEXT.imported(result.read, result.added);
    });

  const exportList = () =>
    attempt(async () => {
      const { path } = await unwrap(api.exportHouseWords({}));
      return path === null ? TEXT.exportCancelled : TEXT.exported(path);
    });

  const matching = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle && words ? words.filter((word) => word.toLocaleLowerCase().includes(needle)) : (words ?? []);
  }, [words, filter]);

  return (
    <section className="settings-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{TEXT.title}</h2>
      <p className="meta-hint">{TEXT.intro}</p>
      <form className="settings-row" onSubmit={add}>
        <label htmlFor={`${id}-add`}>{TEXT.addLabel}</label>
        <input id={`${id}-add`} type="text" maxLength={200} spellCheck={false} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button">
          {TEXT.add}
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
            <label htmlFor={`${id}-filter`}>{TEXT.filterLabel}</label>
            <input id={`${id}-filter`} type="search" spellCheck={false} value={filter} onChange={(event) => setFilter(event.target.value)} />
          </div>
          <p className="meta-hint">
            {words.length === 0 ? TEXT.empty : TEXT.count(words.length)} {matching.length === 0 && words.length > 0 && TEXT.noMatch}
            {matching.length > SHOWN && ` ${TEXT.clipped(SHOWN, matching.length)}`}
          </p>
          <ul className="house-words" aria-label={TEXT.listLabel}>
            {matching.slice(0, SHOWN).map((word) => (
              <li key={word} className="house-word">
                <span>{word}</span>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={TEXT.removeLabel(word)}
                  onClick={() =>
                    void attempt(async () => {
                      await unwrap(api.removeHouseWord({ word }));
                      return TEXT.removed(word);
                    })
                  }
                >
                  {TEXT.remove}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {TEXT.importList}
        </button>
        <button type="button" className="button" onClick={() => void exportList()}>
          {TEXT.exportList}
        </button>
      </div>
      <p className="meta-hint">{TEXT.fileHint}</p>
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
