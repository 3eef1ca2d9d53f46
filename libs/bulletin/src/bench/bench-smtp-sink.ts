import { SMTPServer } from 'smtp-server';

/** An SMTP server that counts what it accepts, per recipient, and keeps nothing else. */
export async function startSmtpSink(): Promise<{
  url: string;
  accepted(): number;
  duplicates(): number;
  /** Average size of an accepted message, in kilobytes. */
  averageKb(): number;
  close(): Promise<void>;
}> {
  const perRecipient = new Map<string, number>();
  let accepted = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 500,
    onData(stream, session, callback) {
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('end', () => {
        accepted += 1;
        for (const { address } of session.envelope.rcptTo) {
          perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
        }
        callback(null, 'Ok');
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => accepted,
    averageKb: () => (accepted === 0 ? 0 : Math.round(bytes / accepted / 1024)),
    duplicates: () => [...perRecipient.values()].filter((count) => count > 1).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
