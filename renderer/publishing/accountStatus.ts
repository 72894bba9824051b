import type { AccountSummary } from '../../shared/ipc/contract';

/** What a WordPress account calls its secret, and what a Ghost one does. */
export const secretName = (kind: AccountSummary['kind']): string =>
  kind === 'wordpress' ? 'Application password' : 'Admin API key';

/** The account's secret status in words; never the secret itself, which the renderer cannot read. */
export function secretStatusText(account: AccountSummary): string {
  const noun = account.kind === 'wordpress' ? 'Password' : 'Admin API key';
  switch (account.secretStatus) {
    case 'set':
      return account.weakStorage ? `${noun} saved (weaker protection)` : `${noun} saved`;
    case 'missing':
      return `No ${noun.toLowerCase()} yet`;
    case 'needs-password':
      return `Needs password: the saved ${noun.toLowerCase()} can no longer be read on this computer`;
  }
}

export const KIND_NAMES: Record<AccountSummary['kind'], string> = { wordpress: 'WordPress', ghost: 'Ghost' };
