/** One clipboard payload and what must (and must not) come out of it in the editor. */
export interface PasteFixture {
  name: string;
  html: string;
  expect: {
    /** Texts of body paragraphs, in order, when the whole structure is known. */
    paragraphs?: string[];
    headings?: string[];
    listItems?: string[];
    bold?: string[];
    italic?: string[];
    /** [link text, href] pairs. */
    links?: Array<[string, string]>;
    /** Text that must arrive somewhere in the body. */
    text?: string[];
    /** Strings that must appear nowhere: not in the editor state, not in the rendered HTML. */
    absent?: string[];
  };
}

/** Markers of executable content; none may survive a paste anywhere. */
export const EXECUTABLE = [/<script/i, /\son[a-z]+\s*=/i, /javascript:/i, /vbscript:/i, /data:text\/html/i, /<iframe/i, /<object/i, /<embed/i, /<style/i, /<form/i, /<meta/i, /<base/i, /<svg/i, /<math/i];
