import type { AppealVersion } from '../../../shared/appeals/library';
import { insertCard } from '../shared/insertBlock';
import type { BlockOption } from '../types';
import { $createAppealNode } from './AppealNode';
import { APPEAL_KINDS, APPEAL_KIND_TITLES } from './kinds';

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
export function appealBlocks(library: AppealVersion[] | undefined, onMissing: (message: string) => void): BlockOption[] {
  return APPEAL_KINDS.flatMap((kind): BlockOption[] => {
    const entries = (library ?? []).filter((appeal) => appeal.kind === kind);
    const base = { aliases: KIND_ALIASES[kind], icon: KIND_ICONS[kind] };
    if (entries.length === 0) {
      return [
        {
          ...base,
          id: `appeal-${kind}`,
          title: APPEAL_KIND_TITLES[kind],
          detail: library ? 'None in the appeals library yet' : 'Loading the appeals library…',
          insert: () => onMissing(`The appeals library has no ${APPEAL_KIND_TITLES[kind].toLowerCase()} yet: add one under Appeals library.`),
        },
      ];
    }
    return entries.map((appeal) => ({
      ...base,
      id: `appeal-${appeal.id}`,
      title: `${APPEAL_KIND_TITLES[kind]}: ${appeal.name}`,
      detail: `Version ${appeal.version}`,
      insert: (editor) => insertCard(editor, () => $createAppealNode({ appealId: appeal.id, appealVersion: appeal.version, kind }), false),
    }));
  });
}
