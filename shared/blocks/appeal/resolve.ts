import type { z } from 'zod';
import { BannerText, DonationText, NewsletterText, type AppealKind, type Language } from '../../appeals/library';
import type { RenderContext } from '../../render/article';
import type { AppealBlock } from './schema';

const TEXT_SCHEMAS = { donation: DonationText, newsletter: NewsletterText, banner: BannerText } as const;

type AppealTexts = { [K in AppealKind]: z.infer<(typeof TEXT_SCHEMAS)[K]> };

/** The text to show for an appeal block, and the language it is in. */
export type ResolvedAppeal = { [K in AppealKind]: { kind: K; text: AppealTexts[K]; language: Language } }[AppealKind];

/**
 * The text of the pinned library version an appeal block points at: in the article's language,
 * else in English. Undefined when the library does not have that version, has another kind under
 * that id, or has no usable text: such a block renders nothing.
 */
export function resolveAppeal(block: AppealBlock, ctx: RenderContext, language: Language): ResolvedAppeal | undefined {
  const appeal = ctx.appeal(block.appealId, block.appealVersion);
  if (!appeal || appeal.id !== block.appealId || appeal.version !== block.appealVersion || appeal.kind !== block.kind) return undefined;
  // Checked per variant rather than per entry so that an entry missing (or spoiling) the
  // article's language still shows its English text.
  const variants: Partial<Record<Language, unknown>> = appeal.variants;
  for (const candidate of [language, 'en'] as const) {
    const text = TEXT_SCHEMAS[appeal.kind].safeParse(variants[candidate]);
    if (text.success) return { kind: appeal.kind, text: text.data, language: candidate } as ResolvedAppeal;
  }
  return undefined;
}
