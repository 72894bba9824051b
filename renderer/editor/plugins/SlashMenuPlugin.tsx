import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  HISTORY_MERGE_TAG,
  KEY_ENTER_COMMAND,
  type LexicalEditor,
  type ParagraphNode,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { BlockOption } from '../../blocks/types';
import { useT } from '../../i18n/LocaleProvider';
import { filterBlocks } from '../inserter/filterBlocks';
import { OptionLabel } from '../inserter/OptionLabel';
import { useBlockOptions } from '../inserter/useBlockOptions';

class BlockMenuOption extends MenuOption {
  constructor(readonly block: BlockOption) {
    super(block.id);
  }
}

const SLASH_QUERY = /^\/([\p{L}\p{N}-]{0,30})$/u;

/** The paragraph at the caret when it holds only "/" and a word; a slash in a sentence is a slash. */
function $slashParagraph(): { paragraph: ParagraphNode; query: string } | null {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
  if (!$isParagraphNode(block)) return null;
  const match = SLASH_QUERY.exec(block.getTextContent());
  return match ? { paragraph: block, query: match[1] ?? '' } : null;
}

function slashTrigger(text: string): MenuTextMatch | null {
  const slash = $slashParagraph();
  if (!slash || slash.paragraph.getTextContent() !== text) return null;
  return { leadOffset: 0, matchingString: slash.query, replaceableString: text };
}

// The typeahead points the editor's aria-activedescendant at these ids.
const optionId = (index: number) => `typeahead-item-${index}`;

function SlashMenu({
  anchor,
  options,
  selectedIndex,
  onChoose,
  onHighlight,
  onShown,
}: {
  anchor: HTMLElement;
  options: BlockMenuOption[];
  selectedIndex: number | null;
  onChoose: (option: BlockMenuOption) => void;
  onHighlight: (index: number) => void;
  /** Reports which option is highlighted once it is on screen. */
  onShown: (index: number) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const name = useT()('editor.insert.menu');
  // The typeahead labels its listbox "Typeahead menu" when it first places it, after this
  // component's effects have run; the name is set once that is done.
  useEffect(() => {
    const frame = requestAnimationFrame(() => anchor.setAttribute('aria-label', name));
    return () => cancelAnimationFrame(frame);
  });
  useEffect(() => onShown(selectedIndex ?? 0));
  // The typeahead closes from an update listener, which a choice made before this menu was drawn
  // ran too early for. An update that changes nothing (history-merge, so neither undo nor
  // autosave sees it) lets it see that the "/" paragraph is gone.
  useEffect(() => {
    if (editor.getEditorState().read(() => $slashParagraph() === null)) {
      editor.update(() => $getRoot().markDirty(), { tag: HISTORY_MERGE_TAG });
    }
  });
  return createPortal(
    <ul className="inserter-menu" role="presentation">
      {options.map((option, index) => (
        <li
          key={option.key}
          id={optionId(index)}
          ref={option.setRefElement}
          role="option"
          aria-selected={selectedIndex === index}
          aria-labelledby={`${optionId(index)}-title`}
          className={selectedIndex === index ? 'inserter-item inserter-item-active' : 'inserter-item'}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onHighlight(index)}
          onClick={() => onChoose(option)}
        >
          <OptionLabel option={option.block} id={`${optionId(index)}-title`} />
        </li>
      ))}
    </ul>,
    anchor,
  );
}

/**
 * Inserts the block at `index` among those matching the slash paragraph as it is now, in place of
 * the paragraph. Returns false when nothing matches.
 */
function $chooseBlock(editor: LexicalEditor, blocks: readonly BlockOption[], index: number): boolean {
  const slash = $slashParagraph();
  const fresh = slash ? filterBlocks(blocks, slash.query) : [];
  const chosen = fresh[index] ?? fresh[0];
  if (!slash || !chosen) return false;
  slash.paragraph.clear().select();
  chosen.insert(editor);
  return true;
}

/** Typing "/" on an empty paragraph opens the block inserter; arrows, Enter, Escape drive it. */
export function SlashMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const blocks = useBlockOptions();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMemo(() => filterBlocks(blocks, query ?? '').map((block) => new BlockMenuOption(block)), [blocks, query]);
  const menuOpen = useRef(false);
  const highlighted = useRef<{ query: string; index: number } | null>(null);
  const latestBlocks = useRef(blocks);

  useEffect(() => {
    latestBlocks.current = blocks;
  }, [blocks]);

  // Typing "/quote" and Enter at once reaches the editor before React has drawn the menu for the
  // last letters, and the typeahead's own Enter would pick from the stale list. This one reads the
  // paragraph as it is, and keeps the highlighted choice when it was made for the same query.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!menuOpen.current || event?.shiftKey) return false;
          const slash = $slashParagraph();
          const index = slash && highlighted.current?.query === slash.query ? highlighted.current.index : 0;
          if (!$chooseBlock(editor, latestBlocks.current, index)) return false;
          event?.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return (
    <LexicalTypeaheadMenuPlugin<BlockMenuOption>
      options={options}
      triggerFn={slashTrigger}
      onQueryChange={setQuery}
      onOpen={() => {
        menuOpen.current = true;
      }}
      onClose={() => {
        menuOpen.current = false;
      }}
      onSelectOption={(option, _typed, close) => {
        close();
        $chooseBlock(editor, blocks, Math.max(0, options.indexOf(option)));
      }}
      menuRenderFn={(anchorRef, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchorRef.current && options.length > 0 ? (
          <SlashMenu
            anchor={anchorRef.current}
            options={options}
            selectedIndex={selectedIndex}
            onChoose={selectOptionAndCleanUp}
            onHighlight={setHighlightedIndex}
            onShown={(index) => {
              highlighted.current = { query: query ?? '', index };
            }}
          />
        ) : null
      }
    />
  );
}
