import type { AssetRef } from './schema';

/**
 * Where the renderer shows a stored image: relative to the page, which is served at the origin
 * root both in the app (app://copydesk/assets/<sha256>) and by the test bridge (/assets/<sha256>).
 */
export const assetUrl = (asset: Pick<AssetRef, 'sha256'>): string => `assets/${asset.sha256}`;
