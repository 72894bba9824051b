import { z } from 'zod';
import { AppealId } from '../../appeals/library';

/** In an article, an appeal is a reference to a pinned version of a library entry. */
export const AppealBlock = z.looseObject({
  type: z.literal('appeal'),
  version: z.literal(1),
  appealId: AppealId,
  appealVersion: z.int().positive(),
  kind: z.enum(['donation', 'newsletter', 'banner']),
});
export type AppealBlock = z.infer<typeof AppealBlock>;
