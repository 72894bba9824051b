import type { DiffSegment } from '../../../shared/workflow/diff';
import { useT } from '../../i18n/LocaleProvider';

/**
 * Compared text: added words underlined, removed ones struck through (colour helps, but never
 * alone), each also announced to screen readers, which do not read <ins> and <del> out.
 */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  const t = useT();
  return segments.map((segment, index) => {
    switch (segment.op) {
      case 'same':
        return <span key={index}>{segment.text}</span>;
      case 'added':
        return (
          <ins key={index} className="diff-added">
            <span className="visually-hidden">[{t('workflow.diff.added')}: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        );
      case 'removed':
        return (
          <del key={index} className="diff-removed">
            <span className="visually-hidden">[{t('workflow.diff.removed')}: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        );
    }
  });
}
