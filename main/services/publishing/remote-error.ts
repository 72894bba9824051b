import { AppError } from '../../../shared/ipc/result';
import { PublishError } from './errors';

/**
 * A CMS failure as the IPC error the renderer shows. The contract has no code for "the site
 * said no", so it travels as bad_request with the sentence the clients wrote for it.
 */
export function toAppError(error: unknown): unknown {
  if (!(error instanceof PublishError)) return error;
  return new AppError(error.kind === 'not_found' ? 'not_found' : 'bad_request', error.message);
}
