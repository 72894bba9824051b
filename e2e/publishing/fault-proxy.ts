import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback proxy between Copydesk's clients and WordPress that fails on request, the way
// networks and gateways fail: connections dropped before or after WordPress acted, answers that
// come too late, gateways answering 500/502/429 themselves, and an answer held back until the
// test says so (to kill the publishing process while its create is in flight).

export type Fault =
  /** The connection drops before WordPress sees the request. */
  | { kind: 'drop' }
  /** WordPress handles the request; the connection drops before the answer. */
  | { kind: 'drop-after' }
  /** WordPress handles the request; its answer comes `ms` later (past the client's timeout). */
  | { kind: 'delay'; ms: number }
  /**
   * The proxy answers, like a gateway (an HTML page), or with `json` like a stale cache;
   * `after`: only once WordPress has handled the request.
   */
  | { kind: 'status'; status: number; retryAfter?: string; after?: boolean; json?: unknown }
  /** WordPress handles the request; the answer waits for `release()`. */
  | { kind: 'pause' };

export interface FaultRule {
  method: string;
  /** Matched against the request's path and query. */
  path: RegExp;
  fault: Fault;
  /** How many matching requests it applies to (default 1). */
  times?: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  fault: Fault['kind'] | null;
}

export interface FaultProxy {
  url: string;
  inject(rule: FaultRule): void;
  /** Removes every rule, returning how many of their faults were never applied. */
  clear(): number;
  /** Every request, in order, with the fault applied to it. */
  seen: SeenRequest[];
  /** Resolves when a `pause` rule first holds an answer (WordPress has handled the request). */
  paused(): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: (FaultRule & { left: number })[] = [];
  const seen: SeenRequest[] = [];
  let origin = '';
  let onPause = () => {};
  const pausedAnswer = new Promise<void>((resolve) => (onPause = resolve));
  let release = () => {};

  const forward = (incoming: IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers = { ...incoming.headers, host: upstream.host };
      const outgoing = httpRequest(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  // WordPress advertises its own address; discovery through the proxy must stay on the proxy.
  const rewrite = (value: string) => value.split(upstream.origin).join(origin);

  const reply = (response: ServerResponse, { status, headers, body }: Answer) => {
    if (response.destroyed) return;
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      out[name] = name === 'link' || name === 'location' ? (Array.isArray(value) ? value.map(rewrite) : rewrite(value)) : value;
    }
    response.writeHead(status, { ...out, 'content-length': String(body.length) }).end(body);
  };

  const proxyAnswer = ({ status, retryAfter, json }: Extract<Fault, { kind: 'status' }>): Answer => ({
    status,
    headers: { 'content-type': json === undefined ? 'text/html' : 'application/json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
    body: Buffer.from(json === undefined ? `<html><body><h1>${status}</h1><p>fault proxy</p></body></html>` : JSON.stringify(json)),
  });

  async function handle(incoming: IncomingMessage, response: ServerResponse, body: Buffer) {
    const path = incoming.url ?? '/';
    const rule = rules.find((r) => r.left > 0 && r.method === incoming.method && r.path.test(path));
    if (rule) rule.left -= 1;
    const fault = rule?.fault;
    seen.push({ method: incoming.method ?? '', path, fault: fault?.kind ?? null });
    if (!fault) return reply(response, await forward(incoming, body));
    switch (fault.kind) {
      case 'drop':
        return void incoming.socket.destroy();
      case 'drop-after':
        await forward(incoming, body);
        return void incoming.socket.destroy();
      case 'delay': {
        const answer = await forward(incoming, body);
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return reply(response, answer);
      }
      case 'status':
        if (fault.after) await forward(incoming, body);
        return reply(response, proxyAnswer(fault));
      case 'pause': {
        const answer = await forward(incoming, body);
        const held = new Promise<void>((resolve) => (release = resolve));
        onPause();
        await held;
        return reply(response, answer);
      }
    }
  }

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      handle(incoming, response, Buffer.concat(chunks)).catch(() => incoming.socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    seen,
    inject: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    clear: () => rules.splice(0).reduce((unused, rule) => unused + rule.left, 0),
    paused: () => pausedAnswer,
    release: () => release(),
    close: () =>
      new Promise((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
