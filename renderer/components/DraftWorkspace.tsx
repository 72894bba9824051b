import { useMemo, useRef, useState } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Draft, RevisionSummary } from '../../shared/article/draft';
import { useApi } from '../api/ApiContext';
import { errorMessage, unwrap } from '../api/unwrap';
import { commandShortcut } from '../desktop/commands/registry';
import { DraftCommands } from '../desktop/DraftCommands';
import { FindReplacePlugin } from '../desktop/find/FindReplacePlugin';
import { useSpellcheckLanguage } from '../desktop/useSpellcheckLanguage';
import { ArticleContext } from '../editor/ArticleContext';
import { isAllowedLinkUrl } from '../editor/linkUrl';
import { EditorErrors } from '../editor/editorErrors';
import { articleNodes } from '../editor/nodes';
import { BlockEditPlugin } from '../editor/plugins/BlockEditPlugin';
import { BodyChangePlugin } from '../editor/plugins/BodyChangePlugin';
import { CardSelectionPlugin } from '../editor/plugins/CardSelectionPlugin';
import { EditorAlertsPlugin } from '../editor/plugins/EditorAlertsPlugin';
import { FigureImportPlugin } from '../editor/plugins/FigureImportPlugin';
import { HeadingLevelsPlugin } from '../editor/plugins/HeadingLevelsPlugin';
import { LinkDialogPlugin } from '../editor/plugins/LinkDialogPlugin';
import { LoadBodyPlugin } from '../editor/plugins/LoadBodyPlugin';
import { PastePlugin } from '../editor/plugins/PastePlugin';
import { SelectionSyncPlugin } from '../editor/plugins/SelectionSyncPlugin';
import { ShortcutsPlugin } from '../editor/plugins/ShortcutsPlugin';
import { SlashMenuPlugin } from '../editor/plugins/SlashMenuPlugin';
import { ToolbarPlugin } from '../editor/plugins/ToolbarPlugin';
import { articleTheme } from '../editor/theme';
import { useT } from '../i18n/LocaleProvider';
import { PublishButton } from '../publishing/PublishButton';
import type { Autosave } from '../state/useAutosave';
import { useDraftContent } from '../state/useDraftContent';
import { useRevisions } from '../state/useDraftQueries';
import { useNotice } from '../state/useNotice';
import type { OpenDraft } from '../state/useOpenDraft';
import { usePreviewArticle } from '../state/usePreviewArticle';
import { clockTime } from '../text/time';
import { CommentButton } from '../workflow/comments/CommentButton';
import { CommentMarksPlugin } from '../workflow/comments/CommentMarksPlugin';
import { COMMENTS_PANEL_ID, CommentsPanel } from '../workflow/comments/CommentsPanel';
import { useComments } from '../workflow/comments/useComments';
import { CHANGES_PANEL_ID, ChangesPanel } from '../workflow/diff/ChangesPanel';
import { CHECKLIST_PANEL_ID, ChecklistPanel } from '../workflow/checklist/ChecklistPanel';
import { ReviewBar } from '../workflow/review/ReviewBar';
import { DraftFields } from './DraftFields';
import { HISTORY_PANEL_ID, HistoryPanel } from './HistoryPanel';
import { META_PANEL_ID, MetaPanel } from './meta/MetaPanel';
import { PREVIEW_PANEL_ID, PreviewPanel } from './PreviewPanel';
import { StatusBar } from './StatusBar';

function PanelToggle({ label, panelId, open, onToggle }: { label: string; panelId: string; open: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="tool tool-text" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={onToggle}>
      {label}
    </button>
  );
}

/**
 * The open draft: toolbar, fields, body and status bar, and beside them, when asked for, its
 * preview, its details (metadata) and its history.
 */
export function DraftWorkspace({
  open,
  autosave,
  error,
  onShowDraft,
  onTrash,
}: {
  open: OpenDraft;
  autosave: Autosave;
  error: string | null;
  onShowDraft: (draft: Draft) => void;
  onTrash: () => void;
}) {
  const api = useApi();
  const t = useT();
  const { queue, status } = autosave;
  const id = open.draft.id;
  const content = useDraftContent(open, queue);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [checklistOpen, setChecklistOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  const [changesOpen, setChangesOpen] = useState(false);
  const comments = useComments({ draftId: id, saveBody: () => queue.flush(), onReveal: () => setCommentsOpen(true) });
  const revisions = useRevisions(id, historyOpen);
  const [notice, showNotice] = useNotice(id);
  const pageRef = useRef<HTMLDivElement>(null);
  const [editorErrors] = useState(() => new EditorErrors());
  const editorConfig = useMemo<InitialConfigType>(
    () => ({ namespace: 'copydesk-article', nodes: articleNodes, theme: articleTheme, onError: editorErrors.report }),
    [editorErrors],
  );
  const flush = () => void queue.flush();

  const saveVersion = async () => {
    if (!(await queue.flush())) return; // the status line already says why
    try {
      await unwrap(api.saveVersion({ id }));
      showNotice(t('app.workspace.versionSaved'));
      revisions.refresh();
    } catch (failure) {
      showNotice(t('app.workspace.versionNotSaved', { reason: errorMessage(failure) }));
    }
  };

  const restore = async (revision: RevisionSummary) => {
    // Restoring over edits that are not stored yet would lose them for good.
    if (!(await queue.flush())) {
      showNotice(t('app.workspace.notRestoredUnsaved'));
      return;
    }
    try {
      onShowDraft(await unwrap(api.restoreRevision({ id, revisionId: revision.id })));
      showNotice(t('app.workspace.restored', { time: clockTime(revision.createdAt) }));
      revisions.refresh();
    } catch (failure) {
      showNotice(t('app.common.notRestored', { reason: errorMessage(failure) }));
    }
  };

  const { fields, meta } = content;
  useSpellcheckLanguage(meta.language);
  const article = useMemo(() => ({ draftId: id, language: meta.language }), [id, meta.language]);
  const previewArticle = usePreviewArticle(open, content, previewOpen);
  const changesArticle = usePreviewArticle(open, content, changesOpen);
  const checklist = { draftId: id, headline: fields.headline, standfirst: fields.standfirst, meta, body: content.body, showDetails: () => setDetailsOpen(true) };
  const saveShortcut = commandShortcut('saveVersion');
  const publishing = { draftId: id, body: content.body, ownFeatured: meta.featuredImage, beforePublish: () => queue.flush(), checklist };

  return (
    <LexicalComposer initialConfig={editorConfig}>
      <ArticleContext value={article}>
        <main className="workspace">
          <ToolbarPlugin>
            <CommentButton comments={comments} />
            <button
              type="button"
              className="tool tool-text"
              title={saveShortcut ? t('app.workspace.saveVersionTitle', { shortcut: saveShortcut }) : undefined}
              onClick={() => void saveVersion()}
            >
              {t('app.workspace.saveVersion')}
            </button>
            <PanelToggle label={t('app.meta.title')} panelId={META_PANEL_ID} open={detailsOpen} onToggle={() => setDetailsOpen((shown) => !shown)} />
            <PanelToggle label={t('app.preview.title')} panelId={PREVIEW_PANEL_ID} open={previewOpen} onToggle={() => setPreviewOpen((shown) => !shown)} />
            <PanelToggle label={t('app.history.title')} panelId={HISTORY_PANEL_ID} open={historyOpen} onToggle={() => setHistoryOpen((shown) => !shown)} />
            <PanelToggle label={t('app.workspace.comments')} panelId={COMMENTS_PANEL_ID} open={commentsOpen} onToggle={() => setCommentsOpen((shown) => !shown)} />
            <PanelToggle label={t('app.workspace.changes')} panelId={CHANGES_PANEL_ID} open={changesOpen} onToggle={() => setChangesOpen((shown) => !shown)} />
            <PanelToggle label={t('app.workspace.checklist')} panelId={CHECKLIST_PANEL_ID} open={checklistOpen} onToggle={() => setChecklistOpen((shown) => !shown)} />
            <PublishButton {...publishing} />
            <button type="button" className="tool tool-text tool-danger" onClick={onTrash}>
              {t('app.workspace.trash')}
            </button>
          </ToolbarPlugin>
          <FindReplacePlugin />
          <ReviewBar publishing={publishing} onTextPulled={onShowDraft} />
          {error && (
            <p className="banner" role="alert">
              {error}
            </p>
          )}
          <div className="page-scroll" ref={pageRef}>
            <article className="page">
              <DraftFields
                fields={fields}
                focusHeadline={open.focusHeadline ? open.loadId : null}
                onChange={content.setField}
                onBlur={flush}
              />
              {content.bodyError && (
                <p className="banner" role="alert">
                  {t('app.workspace.bodyError', { reason: content.bodyError })}
                </p>
              )}
              <div className="body-frame" lang={meta.language}>
                <RichTextPlugin
                  contentEditable={
                    <ContentEditable
                      className="body-editable"
                      aria-label={t('app.workspace.body')}
                      aria-multiline
                      aria-placeholder={t('app.workspace.bodyPlaceholder')}
                      placeholder={<div className="body-placeholder">{t('app.workspace.bodyPlaceholder')}</div>}
                      onBlur={flush}
                    />
                  }
                  ErrorBoundary={LexicalErrorBoundary}
                />
              </div>
            </article>
            <LinkDialogPlugin pageRef={pageRef} />
          </div>
          <FigureImportPlugin />
          <EditorAlertsPlugin />
          <StatusBar status={status} openId={id} notice={notice} heading={`${fields.headline}\n${fields.standfirst}`} body={content.body} />
        </main>
        {(detailsOpen || previewOpen || historyOpen || commentsOpen || changesOpen || checklistOpen) && (
          <div className="side-panels">
            {previewOpen && <PreviewPanel article={previewArticle} />}
            {detailsOpen && <MetaPanel meta={meta} headline={fields.headline} body={content.body} onChange={content.setMeta} />}
            {historyOpen && <HistoryPanel revisions={revisions} onRestore={(revision) => void restore(revision)} />}
            {commentsOpen && <CommentsPanel comments={comments} />}
            {changesOpen && <ChangesPanel draftId={id} article={changesArticle} />}
            {checklistOpen && <ChecklistPanel source={checklist} />}
          </div>
        )}
        <HistoryPlugin />
        <BlockEditPlugin />
        <CardSelectionPlugin />
        <SelectionSyncPlugin />
        <PastePlugin />
        <SlashMenuPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <HeadingLevelsPlugin />
        <ShortcutsPlugin />
        <DraftCommands
          publishing={publishing}
          onSaveVersion={() => void saveVersion()}
          onToggle={{
            preview: () => setPreviewOpen((shown) => !shown),
            details: () => setDetailsOpen((shown) => !shown),
            history: () => setHistoryOpen((shown) => !shown),
          }}
        />
        <LoadBodyPlugin body={open.draft.body} loadId={open.loadId} errors={editorErrors} onLoaded={content.bodyLoaded} />
        <BodyChangePlugin onChange={content.bodyChanged} />
        <CommentMarksPlugin comments={comments} />
      </ArticleContext>
    </LexicalComposer>
  );
}
