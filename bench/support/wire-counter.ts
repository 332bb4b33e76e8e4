import net from 'node:net';

/** What went over the wire between the app and Postgres while counting. */
export interface WireCounts {
  /** Statements completed: one ReadyForQuery per Sync or simple Query. */
  statements: number;
  /** Times the app sent while waiting for nothing: the round trips it had to wait for one after another. */
  roundTrips: number;
  /** Milliseconds with at least one statement outstanding, summed over connections. */
  waitingMs: number;
}

export interface WireCounter {
  port: number;
  /** Starts a fresh count. */
  reset: () => void;
  read: () => WireCounts;
  close: () => Promise<void>;
}

/**
 * A TCP relay on 127.0.0.1 in front of Postgres that reads the protocol's message headers as they
 * pass (the bytes are forwarded untouched) to count statements and round trips per request:
 * the profile of where a page or a submission spends its time on the database.
 */
export async function startWireCounter(target: { host: string; port: number }): Promise<WireCounter> {
  let counts: WireCounts = { statements: 0, roundTrips: 0, waitingMs: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let outstanding = 0;
    let since = 0;
    const fromClient = messageReader(true, (type) => {
      if (type !== 'S' && type !== 'Q') return;
      if (outstanding === 0) {
        counts.roundTrips++;
        since = performance.now();
      }
      outstanding++;
    });
    const fromServer = messageReader(false, (type) => {
      if (type !== 'Z' || outstanding === 0) return;
      counts.statements++;
      if (--outstanding === 0) counts.waitingMs += performance.now() - since;
    });
    client.on('data', (chunk: Buffer) => {
      fromClient(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      fromServer(chunk);
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the wire counter did not get a port');
  return {
    port: address.port,
    reset: () => (counts = { statements: 0, roundTrips: 0, waitingMs: 0 }),
    read: () => ({ ...counts }),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Splits a byte stream into protocol messages (a type byte and a 4-byte length that counts
 * itself), calling `onMessage` with each type. The client's first message, the startup packet,
 * has no type byte.
 */
function messageReader(startsWithUntyped: boolean, onMessage: (type: string) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let untyped = startsWithUntyped;
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (;;) {
      const header = untyped ? 4 : 5;
      if (pending.length < header) return;
      const length = pending.readInt32BE(untyped ? 0 : 1);
      const size = untyped ? length : length + 1;
      if (pending.length < size) return;
      if (!untyped) onMessage(String.fromCharCode(pending[0] ?? 0));
      untyped = false;
      pending = pending.subarray(size);
    }
  };
}
