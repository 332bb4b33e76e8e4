import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  /** The same for everyone who gets this kind of e-mail: the log may show it, never the address. */
  subject: string;
  text: string;
}

export interface Mailer {
  send: (mail: Mail) => Promise<void>;
  /** Whether mail really leaves the machine, or is only written to the log. */
  delivers: boolean;
}

/**
 * An SMTP mailer when SMTP_HOST is set, otherwise one that notes in the log that an e-mail was not
 * sent, with its subject only: who gets a reminder is who has not answered, which no log may tell.
 */
export function createMailer(env: Record<string, string | undefined> = process.env): Mailer {
  if (!env.SMTP_HOST) {
    return {
      delivers: false,
      send: (mail) => {
        console.info(`[mail not sent: SMTP_HOST is not set] 1 e-mail: "${mail.subject}"`);
        return Promise.resolve();
      },
    };
  }
  const port = Number(env.SMTP_PORT ?? 587);
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
  });
  const from = env.SMTP_FROM ?? 'Verbinding <no-reply@localhost>';
  return {
    delivers: true,
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
  };
}
