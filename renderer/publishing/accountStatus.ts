import type { Translate } from '../../shared/i18n/translate';
import type { AccountSummary } from '../../shared/ipc/contract';

type Kind = AccountSummary['kind'];

export const ACCOUNT_KINDS: readonly Kind[] = ['wordpress', 'ghost'];

export const kindName = (t: Translate, kind: Kind): string => t(`publishing.kind.${kind}`);

/** What a WordPress account calls its secret, and what a Ghost one does. */
export const secretName = (t: Translate, kind: Kind): string => t(`publishing.secret.${kind}`);

/** The account's secret status in words; never the secret itself, which the renderer cannot read. */
export function secretStatusText(t: Translate, account: AccountSummary): string {
  switch (account.secretStatus) {
    case 'set':
      return t(account.weakStorage ? `publishing.secret.setWeak.${account.kind}` : `publishing.secret.set.${account.kind}`);
    case 'missing':
      return t(`publishing.secret.missing.${account.kind}`);
    case 'needs-password':
      return t(`publishing.secret.unreadable.${account.kind}`);
  }
}
