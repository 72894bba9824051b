import { useEffect } from 'react';
import { HeadingNode } from '@lexical/rich-text';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

/**
 * Articles use only h2 and h3 (the headline is the page's h1), so headings of other levels that
 * arrive by paste are brought into that range.
 */
export function HeadingLevelsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(HeadingNode, (node) => {
        const tag = node.getTag();
        if (tag === 'h1') node.setTag('h2');
        else if (tag !== 'h2' && tag !== 'h3') node.setTag('h3');
      }),
    [editor],
  );
  return null;
}
