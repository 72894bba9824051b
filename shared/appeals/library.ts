import { z } from 'zod';

export const LANGUAGES = ['en', 'ru'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const FREQUENCIES = ['once', 'monthly', 'annual'] as const;
export const Frequency = z.enum(FREQUENCIES);

const line = (max: number) => z.string().trim().min(1).max(max);

export const DonationText = z.strictObject({
  heading: line(200),
  body: line(2_000),
  frequencies: z.array(Frequency).min(1).max(3),
  defaultFrequency: Frequency,
  buttonLabel: line(60),
  remindLaterLabel: line(80),
});
export const NewsletterText = z.strictObject({
  heading: line(200),
  description: line(1_000),
  buttonLabel: line(60),
  consent: line(500),
});
export const BannerText = z.strictObject({
  text: line(200),
  linkLabel: line(60),
  url: z.url({ protocol: /^https?$/ }),
});

/** An entry of the newsroom's appeals library: one kind, one version, a text per language. */
export const AppealEntry = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('donation'), variants: z.strictObject({ en: DonationText, ru: DonationText }) }),
  z.strictObject({ kind: z.literal('newsletter'), variants: z.strictObject({ en: NewsletterText, ru: NewsletterText }) }),
  z.strictObject({ kind: z.literal('banner'), variants: z.strictObject({ en: BannerText, ru: BannerText }) }),
]);
export type AppealEntry = z.infer<typeof AppealEntry>;
export type AppealKind = AppealEntry['kind'];

export const AppealId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

/** One version of a library entry, as stored and as pinned by articles. */
export const AppealVersion = z.intersection(
  z.strictObject({ id: AppealId, version: z.int().positive(), name: line(120), updatedAt: z.int().nonnegative() }),
  AppealEntry,
);
export type AppealVersion = z.infer<typeof AppealVersion>;
