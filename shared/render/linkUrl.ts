// Checked by prefix rather than with URL (a DOM and Node global that shared/ may not use). A
// prefix is enough: the scheme is what makes a link dangerous, and these prefixes fix it.
const WEB = /^https?:\/\/[^\s/?#]/i;
const MAIL = /^mailto:[^\s]/i;

/** Whether a URL is a web page (http or https with a host). */
export const isWebUrl = (url: string): boolean => WEB.test(url);

/** Whether a link may point here in published markup: web pages and e-mail addresses only. */
export const isAllowedLinkUrl = (url: string): boolean => WEB.test(url) || MAIL.test(url);

/** An absolute URI in RFC 3986's characters (percent-encoded where needed), as ninjs requires. */
export const isAbsoluteUri = (uri: string): boolean =>
  /^[a-z][a-z0-9+.-]*:(?:[a-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9a-f]{2})+$/i.test(uri);
