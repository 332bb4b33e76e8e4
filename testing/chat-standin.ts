import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (ms since the epoch), to measure the pauses between attempts. */
  at: number;
}

export interface StandInReply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
}

export interface ChatStandIn {
  /** `http://127.0.0.1:{port}`. */
  url: string;
  /** Every request received so far; empty it to start over. */
  requests: ReceivedRequest[];
  /** How to answer from now on. */
  answer: (reply: (request: ReceivedRequest) => StandInReply) => void;
  close: () => Promise<void>;
}

/**
 * A plain Node HTTP server on a free local port, standing in for a chat service (a Teams
 * Workflow's webhook, Slack's Web API): it keeps every request as it arrived and answers as the
 * test says.
 */
export async function startChatStandIn(reply: (request: ReceivedRequest) => StandInReply): Promise<ChatStandIn> {
  const requests: ReceivedRequest[] = [];
  let answer = reply;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(request);
      const { status, headers = {}, json } = answer(request);
      outgoing.writeHead(status, { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      outgoing.end(json === undefined ? '' : JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
