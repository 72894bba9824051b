import type { BlockContext } from '../../render/article';
import { inlineText } from '../../render/inlineText';
import { isAbsoluteUri, isWebUrl } from '../../render/linkUrl';
import type { NinjsAssociation, NinjsText } from '../../render/ninjsTypes';
import type { FigureBlock } from './schema';

/**
 * A figure as a ninjs picture: caption and alt text as descriptions, the credit as `by`. URLs
 * that are not absolute URIs (ninjs requires them) are left out rather than sent invalid.
 */
export function figureAssociation(block: FigureBlock, ctx: BlockContext, name: string): NinjsAssociation {
  const { asset } = block;
  const href = ctx.assetUrl(asset);
  const caption = inlineText(block.caption);
  const descriptions: NinjsText[] = [
    ...(caption === '' ? [] : [{ role: 'caption', contenttype: 'text/plain', value: caption }]),
    ...(block.alt === '' ? [] : [{ role: 'alt', contenttype: 'text/plain', value: block.alt }]),
  ];
  return {
    name,
    uri: `urn:copydesk:asset:${asset.sha256}`,
    type: 'picture',
    representationtype: 'partial',
    ...(descriptions.length > 0 ? { descriptions } : {}),
    ...(block.credit === '' ? {} : { by: block.credit }),
    ...(block.credit !== '' && isWebUrl(block.creditUrl) && isAbsoluteUri(block.creditUrl) ? { infosources: [{ name: block.credit, uri: block.creditUrl }] } : {}),
    renditions: [
      {
        name: 'original',
        ...(isAbsoluteUri(href) ? { href } : {}),
        contenttype: asset.mime,
        width: asset.width,
        height: asset.height,
        sizeinbytes: asset.bytes,
      },
    ],
  };
}
