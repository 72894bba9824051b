import type { EditorThemeClasses } from 'lexical';

export const articleTheme: EditorThemeClasses = {
  paragraph: 'body-p',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  list: {
    ul: 'body-ul',
    ol: 'body-ol',
    listitem: 'body-li',
    nested: { listitem: 'body-li-nested' },
  },
  link: 'body-link',
  text: { bold: 'body-bold', italic: 'body-italic' },
};
