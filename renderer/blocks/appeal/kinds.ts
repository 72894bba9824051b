import type { AppealKind } from '../../../shared/appeals/library';

/** What each kind of appeal is called in the inserter and on its card. */
export const APPEAL_KIND_TITLES: Record<AppealKind, string> = {
  donation: 'Donation appeal',
  newsletter: 'Newsletter sign-up',
  banner: 'Banner',
};

export const APPEAL_KINDS = Object.keys(APPEAL_KIND_TITLES) as AppealKind[];
