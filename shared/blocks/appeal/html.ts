import type { BlockContext } from '../../render/article';
import { escapeHtml, escapeWithBreaks } from '../../render/escape';
import { isWebUrl } from '../../render/linkUrl';
import { FREQUENCY_LABELS } from './labels';
import { resolveAppeal, type ResolvedAppeal } from './resolve';
import type { AppealBlock } from './schema';

const heading = (text: string) => `<h2 class="appeal__heading">${escapeHtml(text)}</h2>`;
const button = (label: string, className: string) => `<button type="button" class="${className}">${escapeHtml(label)}</button>`;

function appealContent(resolved: ResolvedAppeal): string {
  switch (resolved.kind) {
    case 'donation': {
      const { text } = resolved;
      const labels = FREQUENCY_LABELS[resolved.language];
      const frequencies = text.frequencies.map((frequency) => {
        const marked = frequency === text.defaultFrequency ? ' appeal__frequency--default' : '';
        return `<li class="appeal__frequency${marked}" data-frequency="${frequency}">${escapeHtml(labels[frequency])}</li>`;
      });
      return (
        `${heading(text.heading)}<p class="appeal__body">${escapeWithBreaks(text.body)}</p>` +
        `<ul class="appeal__frequencies">${frequencies.join('')}</ul>` +
        `<p class="appeal__actions">${button(text.buttonLabel, 'appeal__button')} ${button(text.remindLaterLabel, 'appeal__remind')}</p>`
      );
    }
    case 'newsletter': {
      const { text } = resolved;
      return (
        `${heading(text.heading)}<p class="appeal__body">${escapeWithBreaks(text.description)}</p>` +
        `<p class="appeal__actions">${button(text.buttonLabel, 'appeal__button')}</p>` +
        `<p class="appeal__consent">${escapeWithBreaks(text.consent)}</p>`
      );
    }
    case 'banner': {
      const { text } = resolved;
      const label = escapeHtml(text.linkLabel);
      const link = isWebUrl(text.url) ? `<a class="appeal__link" href="${escapeHtml(text.url)}">${label}</a>` : label;
      return `<p class="appeal__text">${escapeHtml(text.text)} ${link}</p>`;
    }
  }
}

/**
 * An appeal as an `<aside>` that names the library entry it came from, so a site's script can
 * wire it up. An appeal the library cannot supply renders nothing at all.
 */
export function appealHtml(block: AppealBlock, ctx: BlockContext): string {
  const resolved = resolveAppeal(block, ctx, ctx.language);
  if (!resolved) return '';
  const lang = resolved.language === ctx.language ? '' : ` lang="${resolved.language}"`;
  const attributes = `class="appeal appeal--${resolved.kind}" data-appeal-id="${escapeHtml(block.appealId)}" data-appeal-version="${block.appealVersion}"${lang}`;
  return `<aside ${attributes}>${appealContent(resolved)}</aside>`;
}
