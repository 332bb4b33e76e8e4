import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  /** Every header line as received (From, To, Subject, Message-ID…), decoded. */
  headers: string;
}

export interface SmtpCatcher {
  port: number;
  /** Every mail received so far, parsed; empty it to start over. */
  mails: CaughtMail[];
  /** Resolves once at least `count` mails arrived (fails after a few seconds). */
  waitFor: (count: number) => Promise<void>;
  close: () => Promise<void>;
}

/** A real SMTP server on a free local port that keeps what it receives: the e-mails a test sends, as they leave. */
export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
          mails.push({
            to: to?.value[0]?.address ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            headers: parsed.headerLines.map((header) => header.line).join('\n'),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    waitFor: async (count) => {
      for (let waited = 0; mails.length < count; waited += 50) {
        if (waited > 5_000) throw new Error(`Expected ${count} e-mails, caught ${mails.length}.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
