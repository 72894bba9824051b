/** The parts of IPTC ninjs 2.4 that Copydesk writes (shared/schemas/ninjs/ninjs-schema_2.4.json). */

export interface NinjsText {
  role?: string;
  contenttype?: string;
  value: string;
}

export interface NinjsRendition {
  name: string;
  href?: string;
  contenttype?: string;
  width?: number;
  height?: number;
  sizeinbytes?: number;
}

export interface NinjsSubject {
  name: string;
  rel?: string;
  uri?: string;
}

export interface NinjsInfoSource {
  name: string;
  uri?: string;
}

interface NinjsObject {
  uri: string;
  type?: 'text' | 'picture';
  representationtype?: 'full' | 'partial';
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  language?: string;
  headlines?: NinjsText[];
  descriptions?: NinjsText[];
  bodies?: NinjsText[];
  by?: string;
  slugline?: string;
  located?: string;
  subjects?: NinjsSubject[];
  infosources?: NinjsInfoSource[];
  renditions?: NinjsRendition[];
}

export interface NinjsAssociation extends NinjsObject {
  name: string;
}

export interface NinjsItem extends NinjsObject {
  standard: { name: 'ninjs'; version: string; schema: string };
  associations?: NinjsAssociation[];
}
