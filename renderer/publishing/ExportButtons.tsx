import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';

/** Export to a file through the native save dialog; says where it went. */
export function ExportButtons({ draftId, beforeExport }: { draftId: string; beforeExport: () => Promise<boolean> }) {
  const api = useApi();
  const [result, setResult] = useState<string | null>(null);
  const run = async (format: 'ninjs' | 'html') => {
    setResult(null);
    try {
      // The export reads the stored draft, so edits still in the autosave queue go first.
      if (!(await beforeExport())) return setResult('Not exported: the latest changes could not be saved first');
      const { path } = await unwrap(api.exportDraft({ id: draftId, format }));
      setResult(path === null ? 'Export cancelled' : `Saved to ${path}`);
    } catch (failure) {
      setResult(`Not exported: ${errorMessage(failure)}`);
    }
  };
  return (
    <div role="group" aria-label="Export" className="pub-export">
      <button type="button" className="button" onClick={() => void run('ninjs')}>
        Export as ninjs JSON
      </button>
      <button type="button" className="button" onClick={() => void run('html')}>
        Export HTML
      </button>
      <p role="status" className="pub-export-result">
        {result}
      </p>
    </div>
  );
}
