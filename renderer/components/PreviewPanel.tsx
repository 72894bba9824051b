import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import DOMPurify from 'dompurify';
import { ARTICLE_CSS, toHtmlDocument, type RenderableArticle, type RenderContext } from '../../shared/render';
import { assetUrl } from '../../shared/blocks/figure/assetUrl';
import { useAppeals } from '../appeals/AppealsContext';
import { useT } from '../i18n/LocaleProvider';

export const PREVIEW_PANEL_ID = 'preview-panel';

let articleSheet: CSSStyleSheet | null = null;

/** The renderers' own article stylesheet, applied through the CSSOM: the CSP refuses <style>. */
function articleStyles(): CSSStyleSheet {
  if (!articleSheet) {
    articleSheet = new CSSStyleSheet();
    articleSheet.replaceSync(ARTICLE_CSS);
  }
  return articleSheet;
}

/**
 * The article exactly as it will be published (toHtmlDocument), beside the editor. It is drawn in
 * a shadow root, so neither the app's styles nor the article's reach the other, and it is inert:
 * its links and buttons are for looking at. The HTML is ours, but it is sanitized all the same.
 */
export function PreviewPanel({ article }: { article: RenderableArticle | null }) {
  const t = useT();
  const { versions } = useAppeals();
  const appealsRevision = useSyncExternalStore(versions.subscribe, () => versions.revision);
  const hostRef = useRef<HTMLDivElement>(null);

  const html = useMemo(() => {
    if (!article) return null;
    const ctx: RenderContext = { appeal: (id, version) => versions.found(id, version), assetUrl };
    try {
      const document = new DOMParser().parseFromString(toHtmlDocument(article, ctx), 'text/html');
      return { ok: true as const, html: DOMPurify.sanitize(document.body.innerHTML) };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
    // appealsRevision is read by versions.found: a newly arrived appeal version redraws.
  }, [article, versions, appealsRevision]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !html?.ok) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [articleStyles()];
    shadow.innerHTML = html.html;
  }, [html]);

  return (
    <section id={PREVIEW_PANEL_ID} className="side-panel preview-panel" aria-label={t('app.preview.title')}>
      <h2 className="panel-title">{t('app.preview.title')}</h2>
      {html && !html.ok && (
        <p className="list-note list-error" role="alert">
          {t('app.preview.failed', { reason: html.message })}
        </p>
      )}
      <div className="preview-scroll">
        <div ref={hostRef} className="preview-article" inert />
      </div>
    </section>
  );
}
