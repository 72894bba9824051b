import { useId, useRef } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { assetUrl } from '../../../shared/blocks/figure/assetUrl';
import type { InlineContent } from '../../../shared/blocks/inline';
import { EDIT_BLOCK_COMMAND } from '../../editor/commands';
import { useT } from '../../i18n/LocaleProvider';
import { isAllowedLinkUrl } from '../../editor/linkUrl';
import { BlockCard } from '../shared/BlockCard';
import { useBlockField } from '../shared/useBlockField';
import { CaptionEditor } from './CaptionEditor';
import type { FigureData } from './FigureNode';

/** A photo with its caption, credit and alt text; the image itself is fixed once imported. */
export function FigureCard({ nodeKey, data }: { nodeKey: NodeKey; data: FigureData }) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const t = useT();
  const cardRef = useRef<HTMLDivElement>(null);
  const [alt, setAlt] = useBlockField(nodeKey, 'alt', data.alt);
  const [credit, setCredit] = useBlockField(nodeKey, 'credit', data.credit);
  const [creditUrl, setCreditUrl] = useBlockField(nodeKey, 'creditUrl', data.creditUrl);
  const altId = useId();
  const altWarningId = useId();
  const creditId = useId();
  const creditUrlId = useId();
  const creditUrlErrorId = useId();
  const { asset } = data;
  const altMissing = alt.trim() === '';
  const creditUrlInvalid = creditUrl.trim() !== '' && !isAllowedLinkUrl(creditUrl.trim());

  const setCaption = (caption: InlineContent) =>
    editor.dispatchCommand(EDIT_BLOCK_COMMAND, { key: nodeKey, field: 'caption', patch: { caption } });

  return (
    <BlockCard nodeKey={nodeKey} label={t('blocks.figure.title')} className="card-figure">
      <div ref={cardRef} className="figure-body">
        <img className="figure-image" src={assetUrl(asset)} alt={alt} width={asset.width} height={asset.height} draggable={false} />
        <p className="figure-size">
          {asset.width} × {asset.height}
        </p>
        <CaptionEditor value={data.caption} onChange={setCaption} editable={editable} cardRef={cardRef} />
        <div className="card-fields">
          <div className="card-field">
            <label htmlFor={creditId}>{t('blocks.figure.credit')}</label>
            <input id={creditId} type="text" maxLength={300} placeholder={t('blocks.figure.creditPlaceholder')} value={credit} readOnly={!editable} onChange={(event) => setCredit(event.target.value)} />
          </div>
          <div className="card-field">
            <label htmlFor={creditUrlId}>{t('blocks.figure.creditUrl')}</label>
            <input
              id={creditUrlId}
              type="url"
              maxLength={2_000}
              placeholder="https://"
              value={creditUrl}
              readOnly={!editable}
              aria-invalid={creditUrlInvalid}
              aria-describedby={creditUrlInvalid ? creditUrlErrorId : undefined}
              onChange={(event) => setCreditUrl(event.target.value)}
            />
            {creditUrlInvalid && (
              <p id={creditUrlErrorId} className="field-error">
                {t('blocks.figure.creditUrlInvalid')}
              </p>
            )}
          </div>
          <div className="card-field card-field-wide">
            <label htmlFor={altId}>{t('blocks.figure.alt')}</label>
            <textarea
              id={altId}
              rows={2}
              maxLength={1_000}
              placeholder={t('blocks.figure.altPlaceholder')}
              value={alt}
              readOnly={!editable}
              aria-required
              aria-invalid={altMissing}
              aria-describedby={altMissing ? altWarningId : undefined}
              onChange={(event) => setAlt(event.target.value)}
            />
            {altMissing && (
              <p id={altWarningId} className="card-warning">
                {t('blocks.figure.altMissing')}
              </p>
            )}
          </div>
        </div>
      </div>
    </BlockCard>
  );
}
