import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  $createRangeSelection,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  HISTORY_PUSH_TAG,
  SKIP_DOM_SELECTION_TAG,
  type LexicalEditor,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useCommand } from '../commands/CommandsProvider';
import { commandShortcut } from '../commands/registry';
import { useT } from '../../i18n/LocaleProvider';
import { isEditorShown } from '../editorShown';
import { $findInArticle, $replaceInArticle, type ArticleMatch } from './articleMatches';
import { clearMatches, paintMatches } from './highlights';
import type { FindOptions } from './matchText';

/** Where to pick up after a replacement: the first match at or after this point. */
interface Resume {
  block: number;
  offset: number;
}

const isAtOrAfter = (match: ArticleMatch, { block, offset }: Resume) => match.block > block || (match.block === block && match.start >= offset);

/** The selected text, when it is short and on one line: what Find starts with. */
function selectedQuery(editor: LexicalEditor): string | null {
  const text = editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
  });
  return text && text.length <= 200 && !/[\r\n]/.test(text) ? text : null;
}

/** Puts the editor's selection on a match, for when the find bar closes. */
function selectMatch(editor: LexicalEditor, match: ArticleMatch | undefined): void {
  editor.update(() => {
    const first = match?.parts[0];
    const last = match?.parts[match.parts.length - 1];
    if (!first || !last) return;
    const selection = $createRangeSelection();
    selection.anchor.set(first.key, first.from, 'text');
    selection.focus.set(last.key, last.to, 'text');
    $setSelection(selection);
  });
  editor.focus();
}

/**
 * Find and replace in the article body (Edit → Find…, Find and Replace…). Matches are shown
 * without touching the text, case and whole words are optional, Cyrillic is a word like Latin, and
 * Replace all is one editor update: one step of undo brings every replaced word back.
 */
export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<'closed' | 'find' | 'replace'>('closed');
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ matchCase: false, wholeWord: false });
  const [matches, setMatches] = useState<ArticleMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const resume = useRef<Resume | null>(null);
  const open = mode !== 'closed';

  // Matches follow the text: typing in the body while the bar is open moves them.
  useEffect(() => {
    if (!open) return;
    const search = () => {
      const found = editor.getEditorState().read(() => $findInArticle(query, options));
      setMatches(found);
      setCurrent((previous) => {
        const from = resume.current;
        resume.current = null;
        if (from) return Math.max(0, found.findIndex((match) => isAtOrAfter(match, from)));
        return Math.min(previous, Math.max(0, found.length - 1));
      });
    };
    search();
    return editor.registerUpdateListener(search);
  }, [editor, open, query, options]);

  useEffect(() => {
    if (!open) return;
    const range = paintMatches(editor, matches, current);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
  }, [editor, open, matches, current]);

  useEffect(() => clearMatches, []);

  const show = (next: 'find' | 'replace') => {
    const selected = selectedQuery(editor);
    if (selected !== null && selected !== query) {
      setQuery(selected);
      setCurrent(0);
    }
    setMode((previous) => (previous === 'replace' ? 'replace' : next));
    setNotice(null);
    // After the bar has rendered (it may be opening now).
    requestAnimationFrame(() => {
      const target = next === 'replace' && (selected ?? query) !== '' ? replaceInput.current : findInput.current;
      target?.focus();
      target?.select();
    });
  };

  const step = (by: 1 | -1) => {
    if (!open) return show('find');
    if (matches.length === 0) return;
    setNotice(null);
    setCurrent((index) => (index + by + matches.length) % matches.length);
  };

  const close = () => {
    clearMatches();
    setMode('closed');
    selectMatch(editor, matches[current]);
  };

  const replace = (targets: ArticleMatch[]) => {
    if (!editable || targets.length === 0) return;
    const [first] = targets;
    if (targets.length === 1 && first) resume.current = { block: first.block, offset: first.start + replacement.length };
    // One update is one undo step; the bar keeps the keyboard while the text changes under it.
    editor.update(
      () => {
        $replaceInArticle(targets, replacement);
        $setSelection(null);
      },
      { tag: [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG] },
    );
    setNotice(targets.length > 1 ? t('desktop.find.replacedAll', { count: targets.length }) : null);
  };

  const whenShown = (run: () => void) => () => {
    if (isEditorShown(editor)) run();
  };
  useCommand('find', whenShown(() => show('find')));
  useCommand('replace', whenShown(() => show('replace')), editable);
  useCommand('findNext', whenShown(() => step(1)));
  useCommand('findPrevious', whenShown(() => step(-1)));

  if (!open) return null;

  const currentMatch = matches[current];
  const status =
    notice ?? (query === '' ? '' : matches.length === 0 ? t('desktop.find.none') : t('desktop.find.position', { current: current + 1, total: matches.length }));
  const withShortcut = (label: string, shortcut: string | null) => (shortcut ? t('desktop.find.withShortcut', { label, shortcut }) : label);

  const onFindKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  const onReplaceKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (currentMatch) replace([currentMatch]);
  };

  return (
    <div
      role="search"
      aria-label={t('desktop.find.region')}
      className="find-bar"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <div className="find-row">
        <label htmlFor={`${id}-find`} className="visually-hidden">
          {t('desktop.find.find')}
        </label>
        <input
          id={`${id}-find`}
          ref={findInput}
          type="text"
          className="find-input"
          placeholder={t('desktop.find.find')}
          spellCheck={false}
          maxLength={200}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setCurrent(0);
            setNotice(null);
          }}
          onKeyDown={onFindKeyDown}
        />
        <p role="status" className="find-count">
          {status}
        </p>
        <button type="button" className="button button-small" title={withShortcut(t('desktop.find.previous'), commandShortcut('findPrevious'))} disabled={matches.length === 0} onClick={() => step(-1)}>
          <span aria-hidden="true">↑</span>
          <span className="visually-hidden">{t('desktop.find.previous')}</span>
        </button>
        <button type="button" className="button button-small" title={withShortcut(t('desktop.find.next'), commandShortcut('findNext'))} disabled={matches.length === 0} onClick={() => step(1)}>
          <span aria-hidden="true">↓</span>
          <span className="visually-hidden">{t('desktop.find.next')}</span>
        </button>
        <label className="find-option">
          <input type="checkbox" checked={options.matchCase} onChange={(event) => setOptions({ ...options, matchCase: event.target.checked })} />
          {t('desktop.find.matchCase')}
        </label>
        <label className="find-option">
          <input type="checkbox" checked={options.wholeWord} onChange={(event) => setOptions({ ...options, wholeWord: event.target.checked })} />
          {t('desktop.find.wholeWord')}
        </label>
        {mode === 'find' && editable && (
          <button type="button" className="button button-small" title={withShortcut(t('desktop.find.showReplace'), commandShortcut('replace'))} onClick={() => show('replace')}>
            {t('desktop.find.showReplace')}
          </button>
        )}
        <button type="button" className="button button-small find-close" onClick={close}>
          {t('desktop.find.close')}
        </button>
      </div>
      {mode === 'replace' && editable && (
        <div className="find-row">
          <label htmlFor={`${id}-replace`} className="visually-hidden">
            {t('desktop.find.replaceWith')}
          </label>
          <input
            id={`${id}-replace`}
            ref={replaceInput}
            type="text"
            className="find-input"
            placeholder={t('desktop.find.replaceWith')}
            spellCheck={false}
            maxLength={200}
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={onReplaceKeyDown}
          />
          <button type="button" className="button button-small" disabled={!currentMatch} onClick={() => currentMatch && replace([currentMatch])}>
            {t('desktop.find.replace')}
          </button>
          <button type="button" className="button button-small" disabled={matches.length === 0} onClick={() => replace(matches)}>
            {t('desktop.find.replaceAll')}
          </button>
        </div>
      )}
    </div>
  );
}
