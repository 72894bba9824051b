import { useEffect, useState } from 'react';
import { COMMAND_PRIORITY_EDITOR, mergeRegister } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useT } from '../../i18n/LocaleProvider';
import { LOAD_TAG, SHOW_EDITOR_ALERT_COMMAND } from '../commands';

/**
 * The alert region for editing actions that failed (an image main refused, an appeal the library
 * lacks). It stays in the page, empty, so that screen readers announce what appears in it.
 */
export function EditorAlertsPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [alerts, setAlerts] = useState<Array<{ id: number; message: string }>>([]);

  useEffect(() => {
    let next = 0;
    return mergeRegister(
      editor.registerCommand(
        SHOW_EDITOR_ALERT_COMMAND,
        (message) => {
          next += 1;
          const id = next;
          setAlerts((shown) => [...shown, { id, message }]);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // They are about the draft they happened in.
      editor.registerUpdateListener(({ tags }) => {
        if (tags.has(LOAD_TAG)) setAlerts([]);
      }),
    );
  }, [editor]);

  return (
    <div role="alert" className="editor-alerts">
      {alerts.map(({ id, message }) => (
        <p key={id} className="editor-alert">
          <span>{message}</span>
          <button type="button" className="button button-small" onClick={() => setAlerts((shown) => shown.filter((alert) => alert.id !== id))}>
            {t('editor.alerts.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
