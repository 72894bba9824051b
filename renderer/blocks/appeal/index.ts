import type { AppealVersion } from '../../../shared/appeals/library';
import type { Translate } from '../../../shared/i18n/translate';
import { insertCard } from '../shared/insertBlock';
import type { BlockOption } from '../types';
import { $createAppealNode } from './AppealNode';
import { APPEAL_KINDS } from './kinds';

const KIND_ALIASES = {
  donation: ['donate', 'donation', 'appeal', 'support'],
  newsletter: ['newsletter', 'signup', 'subscribe', 'email'],
  banner: ['banner', 'promo'],
} as const;
const KIND_ICONS = { donation: '♥', newsletter: '✉', banner: '▭' } as const;

/**
 * One option per library entry, grouped by kind; inserting pins the entry's latest version. A kind
 * the library has no entry of still shows, explaining where appeals come from.
 */
export function appealBlocks(library: AppealVersion[] | undefined, t: Translate, onMissing: (message: string) => void): BlockOption[] {
  return APPEAL_KINDS.flatMap((kind): BlockOption[] => {
    const entries = (library ?? []).filter((appeal) => appeal.kind === kind);
    const base = { aliases: KIND_ALIASES[kind], icon: KIND_ICONS[kind] };
    const kindTitle = t(`appeals.kind.${kind}`);
    if (entries.length === 0) {
      return [
        {
          ...base,
          id: `appeal-${kind}`,
          title: kindTitle,
          detail: t(library ? 'blocks.appeal.noneYet' : 'blocks.appeal.libraryLoading'),
          insert: () => onMissing(t('blocks.appeal.noneOfKind', { kind: kindTitle.toLowerCase() })),
        },
      ];
    }
    return entries.map((appeal) => ({
      ...base,
      id: `appeal-${appeal.id}`,
      title: t('blocks.appeal.option', { kind: kindTitle, name: appeal.name }),
      detail: t('blocks.appeal.version', { version: appeal.version }),
      insert: (editor) => insertCard(editor, () => $createAppealNode({ appealId: appeal.id, appealVersion: appeal.version, kind }), false),
    }));
  });
}
