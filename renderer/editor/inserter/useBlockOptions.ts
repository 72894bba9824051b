import { useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useAppeals } from '../../appeals/AppealsContext';
import { blockOptions } from '../../blocks/registry';
import type { BlockOption } from '../../blocks/types';
import { useT } from '../../i18n/LocaleProvider';
import { SHOW_EDITOR_ALERT_COMMAND } from '../commands';

/** The inserter's options, with the appeals library as it is now. */
export function useBlockOptions(): BlockOption[] {
  const [editor] = useLexicalComposerContext();
  const { latest } = useAppeals();
  const t = useT();
  return useMemo(() => blockOptions(latest, t, (message) => editor.dispatchCommand(SHOW_EDITOR_ALERT_COMMAND, message)), [editor, latest, t]);
}
