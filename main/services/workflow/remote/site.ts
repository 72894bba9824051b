import { AppError } from '../../../../shared/ipc/result';
import type { CmsCapabilities } from '../../../../shared/workflow/roles';
import { wordpressClient } from '../../publishing/accounts/connection';
import { toAppError } from '../../publishing/remote-error';
import type { Publishing } from '../../publishing/service';
import type { WordPressClient } from '../../publishing/wordpress/client';
import type { WpUser } from '../../publishing/wordpress/schemas';

/** A WordPress account as the workflow uses it: signed in, and who it is there. */
export interface ReviewSite {
  accountId: string;
  siteUrl: string;
  client: WordPressClient;
  user: WpUser;
  /** The login every audit entry and comment made through this account names (the plugin checks it). */
  cmsUser: string;
  capabilities: CmsCapabilities;
}

/** Whatever the site or the network did, as the error the renderer shows. */
export async function remote<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * Signs in to a WordPress account and reads who it is (users/me, context=edit): its login and the
 * capabilities that narrow the person's role. Ghost has no review status, so it cannot take part.
 */
export async function openReviewSite(publishing: Publishing, accountId: string): Promise<ReviewSite> {
  const { accounts } = publishing;
  const summary = accounts.list().find((account) => account.id === accountId);
  if (!summary) throw new AppError('not_found', 'This account no longer exists.');
  if (summary.kind !== 'wordpress') {
    throw new AppError('bad_request', `“${summary.label}” is a Ghost site: the newsroom review goes through WordPress.`);
  }
  const credentials = accounts.credentials(accountId);
  if (credentials.kind !== 'wordpress') throw new AppError('bad_request', 'This account is not a WordPress account.');
  const client = await remote(wordpressClient(accounts, credentials, publishing.connection));
  const user = await remote(client.me());
  return {
    accountId,
    siteUrl: summary.siteUrl,
    client,
    user,
    cmsUser: user.username ?? summary.username,
    capabilities: { canPublish: user.capabilities.publish_posts === true, canEditOthers: user.capabilities.edit_others_posts === true },
  };
}
