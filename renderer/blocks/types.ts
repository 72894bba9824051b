import type { LexicalEditor } from 'lexical';

/** One entry of the block inserter ("/" menu and the toolbar's Insert block menu). */
export interface BlockOption {
  /** Unique among the options shown together. */
  id: string;
  /** What the option is called; its accessible name. */
  title: string;
  /** Words typed after "/" that find it, besides the words of its title. */
  aliases: readonly string[];
  /** A short glyph shown beside the title. */
  icon: string;
  /** A line saying more, when the title alone does not (which library entry an appeal is). */
  detail?: string;
  /** Puts the block at the selection; runs outside any editor update. */
  insert(editor: LexicalEditor): void;
}
