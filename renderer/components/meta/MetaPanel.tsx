import { useId, useMemo, useState } from 'react';
import type { EditorState } from 'lexical';
import type { ArticleMeta } from '../../../shared/article/meta';
import { Language } from '../../../shared/appeals/library';
import { assetUrl } from '../../../shared/blocks/figure/assetUrl';
import { LOCALE_NAMES } from '../../../shared/i18n/messages';
import { figuresOf } from '../../blocks/figure/figureChoices';
import { useT } from '../../i18n/LocaleProvider';
import { CountedField } from './CountedField';
import { SlugField } from './SlugField';
import { formatTags, parseTags } from './fieldRules';

export const META_PANEL_ID = 'article-details-panel';

function TagsField({ tags, onChange }: { tags: string[]; onChange: (tags: string[]) => void }) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const [typed, setTyped] = useState(formatTags(tags));
  const [seen, setSeen] = useState(tags);
  if (seen !== tags) {
    setSeen(tags);
    if (formatTags(parseTags(typed)) !== formatTags(tags)) setTyped(formatTags(tags));
  }
  return (
    <div className="meta-field">
      <label htmlFor={id}>{t('app.meta.tags')}</label>
      <input
        id={id}
        type="text"
        value={typed}
        aria-describedby={hintId}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(parseTags(event.target.value));
        }}
        onBlur={() => setTyped(formatTags(tags))}
      />
      <p id={hintId} className="meta-hint">
        {t('app.meta.tagsHint')}
      </p>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-hidden="true">
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Section, tags, slug, dateline, search texts, language and featured image of the open article. */
export function MetaPanel({
  meta,
  headline,
  body,
  onChange,
}: {
  meta: ArticleMeta;
  headline: string;
  body: EditorState | null;
  onChange: (patch: Partial<ArticleMeta>) => void;
}) {
  const t = useT();
  const sectionId = useId();
  const datelineId = useId();
  const languageId = useId();
  const featuredId = useId();
  const figures = useMemo(() => figuresOf(body, t), [body, t]);
  const featuredGone = meta.featuredImage !== null && !figures.some((figure) => figure.sha256 === meta.featuredImage);

  return (
    <aside id={META_PANEL_ID} className="side-panel meta-panel" aria-label={t('app.meta.title')}>
      <h2 className="panel-title">{t('app.meta.title')}</h2>
      <div className="meta-field">
        <label htmlFor={sectionId}>{t('app.meta.section')}</label>
        <input id={sectionId} type="text" maxLength={100} value={meta.section} onChange={(event) => onChange({ section: event.target.value })} />
      </div>
      <TagsField tags={meta.tags} onChange={(tags) => onChange({ tags })} />
      <SlugField slug={meta.slug} edited={meta.slugEdited} headline={headline} onChange={onChange} />
      <div className="meta-field">
        <label htmlFor={datelineId}>{t('app.meta.dateline')}</label>
        <input id={datelineId} type="text" maxLength={100} placeholder={t('app.meta.datelinePlaceholder')} value={meta.dateline} onChange={(event) => onChange({ dateline: event.target.value })} />
      </div>
      <CountedField label={t('app.meta.seoTitle')} value={meta.seoTitle} recommended={60} max={200} onChange={(seoTitle) => onChange({ seoTitle })} />
      <CountedField label={t('app.meta.seoDescription')} value={meta.seoDescription} recommended={160} max={400} multiline onChange={(seoDescription) => onChange({ seoDescription })} />
      <div className="meta-field">
        <label htmlFor={languageId}>{t('app.meta.language')}</label>
        <select id={languageId} value={meta.language} onChange={(event) => onChange({ language: Language.parse(event.target.value) })}>
          {Language.options.map((language) => (
            <option key={language} value={language}>
              {LOCALE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="meta-field">
        <label htmlFor={featuredId}>{t('app.meta.featured')}</label>
        <select id={featuredId} value={meta.featuredImage ?? ''} onChange={(event) => onChange({ featuredImage: event.target.value || null })}>
          <option value="">{t('app.meta.featuredNone')}</option>
          {figures.map((figure) => (
            <option key={figure.sha256} value={figure.sha256}>
              {figure.label}
            </option>
          ))}
          {featuredGone && <option value={meta.featuredImage ?? ''}>{t('app.meta.featuredGone')}</option>}
        </select>
        {figures.length === 0 && <p className="meta-hint">{t('app.meta.featuredHint')}</p>}
        {meta.featuredImage && <img className="meta-thumb" src={assetUrl({ sha256: meta.featuredImage })} alt="" />}
      </div>
    </aside>
  );
}
