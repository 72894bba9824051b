import { $getRoot, type EditorState } from 'lexical';
import type { Translate } from '../../../shared/i18n/translate';
import { $isFigureNode } from './FigureNode';
import { inlineText } from './inlineContent';

export interface FigureChoice {
  sha256: string;
  label: string;
}

/** The article's photos, once each, named by alt text or caption, for the featured image. */
export function figuresOf(body: EditorState | null, t: Translate): FigureChoice[] {
  if (!body) return [];
  const figures = body.read(() => $getRoot().getChildren().filter($isFigureNode).map((node) => node.getData()));
  const unique = new Map<string, FigureChoice>();
  figures.forEach((figure, index) => {
    const label = figure.alt.trim() || inlineText(figure.caption).trim() || t('blocks.figure.numbered', { number: index + 1 });
    if (!unique.has(figure.asset.sha256)) unique.set(figure.asset.sha256, { sha256: figure.asset.sha256, label });
  });
  return [...unique.values()];
}
