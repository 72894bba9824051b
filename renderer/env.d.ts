import type { CopydeskApi } from '../shared/ipc/api';

declare global {
  interface Window {
    /** Set by the preload (or the test bridge) before the page's scripts run. */
    readonly copydesk: CopydeskApi;
  }
}
