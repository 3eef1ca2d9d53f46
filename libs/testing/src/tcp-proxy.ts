import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A TCP proxy between the application under test and PostgreSQL or Redis, to inject faults the way
 * the network causes them: `cut()` drops every connection and refuses new ones (the server is
 * "down" for the application), `restore()` lets connections through again. Only this test's
 * connections are affected, so other test files keep their servers.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private down = false;

  private constructor(
    private readonly server: Server,
    private readonly target: { host: string; port: number },
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const server = createServer();
    const proxy = new TcpProxy(server, target);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  /** A proxy in front of the server of a `postgres://` or `redis://` URL. */
  static inFrontOf(targetUrl: string): Promise<TcpProxy> {
    const target = new URL(targetUrl);
    const defaultPort = target.protocol === 'redis:' ? 6379 : 5432;
    return TcpProxy.start({ host: target.hostname, port: Number(target.port || defaultPort) });
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }

  /** The URL to give the application: the target URL with the proxy's host and port. */
  url(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  cut(): void {
    this.down = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): void {
    this.down = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
