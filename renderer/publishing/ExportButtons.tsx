import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { useT } from '../i18n/LocaleProvider';

/** Export to a file through the native save dialog; says where it went. */
export function ExportButtons({ draftId, beforeExport }: { draftId: string; beforeExport: () => Promise<boolean> }) {
  const api = useApi();
  const t = useT();
  const [result, setResult] = useState<string | null>(null);
  const run = async (format: 'ninjs' | 'html') => {
    setResult(null);
    try {
      // The export reads the stored draft, so edits still in the autosave queue go first.
      if (!(await beforeExport())) return setResult(t('publishing.export.unsaved'));
      const { path } = await unwrap(api.exportDraft({ id: draftId, format }));
      setResult(path === null ? t('publishing.export.cancelled') : t('publishing.export.saved', { path }));
    } catch (failure) {
      setResult(t('publishing.export.failed', { reason: errorMessage(failure) }));
    }
  };
  return (
    <div role="group" aria-label={t('publishing.export.label')} className="pub-export">
      <button type="button" className="button" onClick={() => void run('ninjs')}>
        {t('publishing.export.ninjs')}
      </button>
      <button type="button" className="button" onClick={() => void run('html')}>
        {t('publishing.export.html')}
      </button>
      <p role="status" className="pub-export-result">
        {result}
      </p>
    </div>
  );
}
