import type { DraftSummary } from '../../shared/article/draft';
import { useLocale } from '../i18n/LocaleProvider';
import { fullTime, isoTime, shortTime } from '../text/time';
import { Highlighted } from './Highlighted';

export function Untitled() {
  const { t } = useLocale();
  return <span className="untitled">{t('app.common.untitled')}</span>;
}

export function DraftTitle({ summary }: { summary: DraftSummary }) {
  return summary.headline.trim() ? <Highlighted segments={summary.headlineHighlight} /> : <Untitled />;
}

export function DraftTime({ at }: { at: number }) {
  const { locale } = useLocale();
  return (
    <time dateTime={isoTime(at)} title={fullTime(at, locale)}>
      {shortTime(at, locale)}
    </time>
  );
}

export function DraftListItem({
  summary,
  selected,
  onOpen,
}: {
  summary: DraftSummary;
  selected: boolean;
  onOpen: (id: string) => void;
}) {
  return (
    <li>
      <button type="button" className="draft-item" aria-current={selected ? 'true' : undefined} onClick={() => onOpen(summary.id)}>
        <span className="draft-item-top">
          <span className="draft-item-headline">
            <DraftTitle summary={summary} />
          </span>
          <span className="draft-item-time">
            <DraftTime at={summary.updatedAt} />
          </span>
        </span>
        {summary.snippet.length > 0 && (
          <span className="draft-item-snippet">
            <Highlighted segments={summary.snippet} />
          </span>
        )}
      </button>
    </li>
  );
}
