import type { LexicalNode } from 'lexical';
import { AppealBlock } from '../../../shared/blocks/appeal/schema';
import { BlockNode } from '../shared/BlockNode';
import { AppealCard } from './AppealCard';

export type AppealData = Pick<AppealBlock, 'appealId' | 'appealVersion' | 'kind'>;

/** A pinned version of a library appeal. Its text lives in the library, not in the article. */
export class AppealNode extends BlockNode<AppealData> {
  static override getType(): string {
    return 'appeal';
  }

  static override clone(node: AppealNode): AppealNode {
    return new AppealNode(node.__data, node.__key);
  }

  static override importJSON(json: unknown): AppealNode {
    const { appealId, appealVersion, kind } = AppealBlock.parse(json);
    return $createAppealNode({ appealId, appealVersion, kind });
  }

  override decorate() {
    return <AppealCard nodeKey={this.getKey()} data={this.__data} />;
  }
}

export const $createAppealNode = (data: AppealData): AppealNode => new AppealNode(data);

export const $isAppealNode = (node: LexicalNode | null | undefined): node is AppealNode => node instanceof AppealNode;
