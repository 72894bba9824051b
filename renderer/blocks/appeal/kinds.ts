import type { AppealKind } from '../../../shared/appeals/library';

/**
 * Each kind of appeal's English name, which a new library entry's id is made from. The interface
 * names kinds in its own language: `appeals.kind.<kind>` in the catalogue.
 */
export const APPEAL_KIND_TITLES: Record<AppealKind, string> = {
  donation: 'Donation appeal',
  newsletter: 'Newsletter sign-up',
  banner: 'Banner',
};

export const APPEAL_KINDS = Object.keys(APPEAL_KIND_TITLES) as AppealKind[];
