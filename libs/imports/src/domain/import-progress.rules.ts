/**
 * How far a run is, in percent. The rows of the file are known once a run has read it all (a dry
 * run, before the import); until then, the share of the file's bytes read (a coarse measure: the
 * reader reads ahead). Never 100 before the run has finished.
 */
export function progressPercent(
  read: { rows: number; bytes: number },
  file: { sizeBytes: number; rowsTotal: number | null },
  finished: boolean,
): number {
  if (finished) return 100;
  const share = file.rowsTotal
    ? read.rows / file.rowsTotal
    : file.sizeBytes > 0
      ? read.bytes / file.sizeBytes
      : 0;
  return Math.max(0, Math.min(99, Math.floor(share * 100)));
}
