/**
 * A post Copydesk created in Ghost carries an internal tag `#copydesk-<client guid>` (slug
 * `hash-copydesk-<guid>`). Internal tags never show on the site, so the marker can stay for the
 * post's whole life: a create whose outcome is unknown is looked up by it before trying again.
 * Ghost replaces a post's tags on every update, so each update must send the marker again.
 */
export function clientGuidTag(clientGuid: string): { name: string } {
  const guid = clientGuid.toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(guid)) throw new Error(`not a client guid: ${clientGuid.slice(0, 80)}`);
  return { name: `#copydesk-${guid}` };
}

export const clientGuidTagSlug = (clientGuid: string): string => `hash-${clientGuidTag(clientGuid).name.slice(1)}`;
