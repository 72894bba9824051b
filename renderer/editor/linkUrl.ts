import { formatUrl } from '@lexical/link';

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link may point here: web pages and e-mail addresses only, never scripts or files. */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return ALLOWED_PROTOCOLS.has(parsed.protocol) && (parsed.protocol === 'mailto:' || parsed.hostname !== '');
  } catch {
    return false;
  }
}

/**
 * What a reporter typed into the link box, made into a URL ("example.org" gets https://, an
 * address gets mailto:), or null when the result is not an allowed link.
 */
export function linkUrlFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const url = formatUrl(trimmed);
  return isAllowedLinkUrl(url) ? url : null;
}
