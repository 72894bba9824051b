import type { BlockGutenbergContext } from '../../render/article';
import { escapeHtml, escapeWithBreaks } from '../../render/escape';
import { blockMarkup } from '../../render/gutenberg/blockMarkup';
import { buttonsBlock, groupBlock, headingBlock, paragraphBlock } from '../../render/gutenberg/coreBlocks';
import type { ParsedBlock } from '../../render/gutenberg/parseBlocks';
import { isWebUrl } from '../../render/linkUrl';
import { FREQUENCY_LABELS } from './labels';
import { resolveAppeal, type ResolvedAppeal } from './resolve';
import type { AppealBlock } from './schema';

function innerBlocks(resolved: ResolvedAppeal): string[] {
  const heading = (text: string) => headingBlock(2, escapeHtml(text), 'appeal__heading');
  const action = (label: string) => buttonsBlock([{ html: escapeHtml(label), className: 'appeal__button' }], 'appeal__actions');
  switch (resolved.kind) {
    case 'donation': {
      const { text } = resolved;
      const labels = FREQUENCY_LABELS[resolved.language];
      const frequencies = text.frequencies.map((frequency) => ({
        html: escapeHtml(labels[frequency]),
        // WordPress's own button styles: the default choice filled, the others outlined.
        className: frequency === text.defaultFrequency ? 'appeal__frequency appeal__frequency--default' : 'appeal__frequency is-style-outline',
      }));
      return [
        heading(text.heading),
        paragraphBlock(escapeWithBreaks(text.body), 'appeal__body'),
        buttonsBlock(frequencies, 'appeal__frequencies'),
        action(text.buttonLabel),
        paragraphBlock(escapeHtml(text.remindLaterLabel), 'appeal__remind'),
      ];
    }
    case 'newsletter': {
      const { text } = resolved;
      return [
        heading(text.heading),
        paragraphBlock(escapeWithBreaks(text.description), 'appeal__body'),
        action(text.buttonLabel),
        paragraphBlock(escapeWithBreaks(text.consent), 'appeal__consent'),
      ];
    }
    case 'banner': {
      const { text } = resolved;
      const label = escapeHtml(text.linkLabel);
      const link = isWebUrl(text.url) ? `<a class="appeal__link" href="${escapeHtml(text.url)}">${label}</a>` : label;
      return [paragraphBlock(`${escapeHtml(text.text)} ${link}`, 'appeal__text')];
    }
  }
}

/**
 * An appeal: a reference to the site's synced pattern when it has one, else the appeal's text
 * as a group of core blocks. Either way the `copydesk` attribute names the library entry, which
 * is what fromGutenberg reads back: the text itself always comes from the library.
 */
export function appealToGutenberg(block: AppealBlock, ctx: BlockGutenbergContext): string {
  const copydesk = { appealId: block.appealId, appealVersion: block.appealVersion, kind: block.kind };
  const ref = ctx.syncedPatternRef?.(block.appealId);
  if (ref !== undefined && Number.isSafeInteger(ref) && ref > 0) return blockMarkup('block', { ref, copydesk }, null);
  const resolved = resolveAppeal(block, ctx, ctx.language);
  if (!resolved) return '';
  return groupBlock('aside', `appeal appeal--${resolved.kind}`, { copydesk }, innerBlocks(resolved));
}

export function appealFromGutenberg(block: ParsedBlock): unknown {
  const copydesk = block.attrs.copydesk;
  if (typeof copydesk !== 'object' || copydesk === null) return undefined;
  const { appealId, appealVersion, kind } = copydesk as Record<string, unknown>;
  return { type: 'appeal', version: 1, appealId, appealVersion, kind };
}
