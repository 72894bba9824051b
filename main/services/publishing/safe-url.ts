/** A web page's address a browser may be sent to: http(s), a host, no credentials. */
export function isSafeUrl(url: string): boolean {
  try {
    const { protocol, hostname, username, password } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname !== '' && username === '' && password === '';
  } catch {
    return false;
  }
}
