import { useEffect, useState } from 'react';
import type { RecoveryNotice } from '../../shared/ipc/contract';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';

/**
 * Tells the reporter that the drafts database was found damaged when Copydesk started and was
 * rebuilt: how much came back and where the damaged file was kept (someone may want it). It stays
 * until dismissed, so the path can be copied. Fixed above the layout, which keeps its grid.
 */
export function RecoveryBanner() {
  const api = useApi();
  const t = useT();
  const [notice, setNotice] = useState<RecoveryNotice | null>(null);

  useEffect(() => {
    let active = true;
    unwrap(api.recoveryNotice({})).then(
      (answer) => {
        if (active) setNotice(answer);
      },
      // Nothing to tell if main cannot answer: the recovery itself is in main's log.
      () => {},
    );
    return () => {
      active = false;
    };
  }, [api]);

  if (!notice) return null;
  return (
    <div
      className="banner"
      role="alert"
      style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 50, display: 'flex', gap: 12, alignItems: 'flex-start', boxShadow: '0 2px 8px rgb(0 0 0 / 18%)' }}
    >
      <p style={{ margin: 0, flex: 1, overflowWrap: 'anywhere', userSelect: 'text' }}>{notice.message}</p>
      <button type="button" className="button" onClick={() => setNotice(null)}>
        {t('app.recovery.dismiss')}
      </button>
    </div>
  );
}
