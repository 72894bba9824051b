import { type SiteInfo } from './site';

/** What the global setup hands the test workers: the site, or why there is none. */
export type ProvidedWordPress = { site: SiteInfo } | { skip: string };

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: ProvidedWordPress;
  }
}
