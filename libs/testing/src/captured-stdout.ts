/**
 * Copies everything written to stdout (the API's and the worker's log lines) into `lines`, still
 * writing it through; returns what puts stdout back.
 */
export function captureStdout(lines: string[]): () => void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    lines.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  return () => (process.stdout.write = write);
}
