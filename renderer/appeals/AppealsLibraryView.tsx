import { useEffect, useId, useRef, useState } from 'react';
import { AppealId, type AppealEntry, type AppealKind, type AppealVersion } from '../../shared/appeals/library';
import { slugify } from '../../shared/text/slug';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { APPEAL_KINDS, APPEAL_KIND_TITLES } from '../blocks/appeal/kinds';
import { useT } from '../i18n/LocaleProvider';
import { clockTime } from '../text/time';
import { AppealForm } from './AppealForm';
import { blankEntry } from './appealForm';
import { useAppeals } from './AppealsContext';

type Selection = { kind: 'existing'; id: string } | { kind: 'new'; appealKind: AppealKind; id: string } | null;

/** An id for a new entry: from its kind's English name (ids are ASCII), numbered past the ones the library has. */
function newId(kind: AppealKind, taken: readonly AppealVersion[]): string {
  const base = slugify(APPEAL_KIND_TITLES[kind], 50);
  let n = 1;
  while (taken.some((appeal) => appeal.id === `${base}-${n}`)) n += 1;
  return AppealId.parse(`${base}-${n}`);
}

/** The entry part of a stored version, as saveAppeal takes it. */
const entryOf = ({ kind, variants }: AppealVersion): AppealEntry => ({ kind, variants }) as AppealEntry;

function History({ id, latest }: { id: string; latest: number }) {
  const api = useApi();
  const t = useT();
  const [versions, setVersions] = useState<AppealVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    unwrap(api.appealHistory({ id })).then(
      (list) => active && setVersions(list),
      (failure: unknown) => active && setError(errorMessage(failure)),
    );
    return () => {
      active = false;
    };
  }, [api, id, latest]);
  if (error) return <p className="list-note list-error">{t('appeals.history.loadFailed', { reason: error })}</p>;
  if (!versions) return null;
  return (
    <section className="appeal-history" aria-label={t('appeals.history.title')}>
      <h3 className="panel-subtitle">{t('appeals.history.title')}</h3>
      <ol className="appeal-versions">
        {versions.map((version) => (
          <li key={version.version}>
            {t('appeals.history.entry', { version: version.version, name: version.name })} <time dateTime={new Date(version.updatedAt).toISOString()}>{clockTime(version.updatedAt)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The newsroom's appeals: every entry, its texts in English and Russian, and its versions. */
export function AppealsLibraryView({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { latest, error, refresh } = useAppeals();
  const [selection, setSelection] = useState<Selection>(null);
  const [newKind, setNewKind] = useState<AppealKind>('donation');
  const kindId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const appeals = latest ?? [];
  const selected = selection?.kind === 'existing' ? appeals.find((appeal) => appeal.id === selection.id) : undefined;

  useEffect(() => headingRef.current?.focus(), []);

  const saved = (appeal: AppealVersion) => {
    refresh();
    setSelection({ kind: 'existing', id: appeal.id });
  };

  return (
    <main className="workspace library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title" ref={headingRef} tabIndex={-1}>
          {t('app.sidebar.appeals')}
        </h1>
        <button type="button" className="button" onClick={onClose}>
          {t('appeals.library.back')}
        </button>
      </div>
      <div className="library-body">
        <nav className="library-list" aria-label={t('appeals.library.list')}>
          {error && (
            <p className="list-note list-error" role="alert">
              {t('appeals.library.loadFailed', { reason: error })}
            </p>
          )}
          {APPEAL_KINDS.map((kind) => (
            <section key={kind} aria-label={t(`appeals.kind.${kind}`)}>
              <h2 className="panel-subtitle">{t(`appeals.kind.${kind}`)}</h2>
              <ul className="library-entries">
                {appeals
                  .filter((appeal) => appeal.kind === kind)
                  .map((appeal) => (
                    <li key={appeal.id}>
                      <button
                        type="button"
                        className="library-entry"
                        aria-current={selected?.id === appeal.id ? 'true' : undefined}
                        onClick={() => setSelection({ kind: 'existing', id: appeal.id })}
                      >
                        <span>{appeal.name}</span> <span className="library-version">{t('appeals.library.version', { version: appeal.version })}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
          <div className="library-new">
            <label htmlFor={kindId}>{t('appeals.library.kind')}</label>
            <select id={kindId} value={newKind} onChange={(event) => setNewKind(event.target.value as AppealKind)}>
              {APPEAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`appeals.kind.${kind}`)}
                </option>
              ))}
            </select>
            <button type="button" className="button" onClick={() => setSelection({ kind: 'new', appealKind: newKind, id: newId(newKind, appeals) })}>
              {t('appeals.library.new')}
            </button>
          </div>
        </nav>
        <div className="library-detail">
          {selected && (
            <>
              <AppealForm key={selected.id} id={selected.id} initialName={selected.name} initialEntry={entryOf(selected)} current={selected} onSaved={saved} />
              <History id={selected.id} latest={selected.version} />
            </>
          )}
          {selection?.kind === 'new' && (
            <AppealForm key={selection.id} id={selection.id} initialName="" initialEntry={blankEntry(selection.appealKind)} current={null} onSaved={saved} />
          )}
          {!selection && <p className="list-note">{t('appeals.library.choose')}</p>}
        </div>
      </div>
    </main>
  );
}
