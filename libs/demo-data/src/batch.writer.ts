import type { EntityManager } from 'typeorm';

/** PostgreSQL's limit of bind parameters in one statement. */
const MAX_PARAMETERS = 65_535;
export const DEFAULT_BATCH_ROWS = 1000;

/** A row as column name → value; every row of a table is built by one literal, so keys line up. */
export type Row = Readonly<Record<string, unknown>>;

export interface BatchWriterOptions {
  batchRows?: number;
  /** The writer of the rows this table references: its buffer is sent first, so keys exist. */
  after?: BatchWriter;
  /** Called with the number of rows of each batch once PostgreSQL has written it. */
  onBatch?: (rows: number) => void;
}

/**
 * Writes rows with parameterised multi-row INSERTs of up to `batchRows` rows on one connection.
 * While a batch is on its way to PostgreSQL the caller builds the next one, which keeps both the
 * generator and the server busy. The columns are the keys of the first row. jsonb values must be
 * JSON text already: pg sends JS arrays as PostgreSQL arrays, right for text[] and uuid[] only.
 */
export class BatchWriter {
  private columns: string[] = [];
  private rowsPerBatch = 1;
  private buffer: Row[] = [];
  private pending: Promise<void> = Promise.resolve();
  private written = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly table: string,
    private readonly options: BatchWriterOptions = {},
  ) {}

  async add(row: Row): Promise<void> {
    if (this.columns.length === 0) {
      this.columns = Object.keys(row);
      const wanted = this.options.batchRows ?? DEFAULT_BATCH_ROWS;
      this.rowsPerBatch = Math.max(
        1,
        Math.min(wanted, Math.floor(MAX_PARAMETERS / this.columns.length)),
      );
    }
    this.buffer.push(row);
    if (this.buffer.length >= this.rowsPerBatch) await this.flush();
  }

  /** Sends what is buffered and waits until every row is written; returns how many were. */
  async close(): Promise<number> {
    await this.settle();
    return this.written;
  }

  private async settle(): Promise<void> {
    await this.flush();
    await this.pending;
  }

  /** Sends the buffered rows, once the referenced table's rows are written. */
  private async flush(): Promise<void> {
    if (this.options.after) await this.options.after.settle();
    if (this.buffer.length === 0) return;
    const rows = this.buffer;
    this.buffer = [];
    // One statement in flight per table: the previous one must be done before the next is queued.
    await this.pending;
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const start = values.length;
      for (const column of this.columns) {
        if (!(column in row)) throw new Error(`${this.table}: manca la colonna ${column}`);
        values.push(row[column]);
      }
      return `(${this.columns.map((_, i) => `$${start + i + 1}`).join(',')})`;
    });
    const sql = `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${tuples.join(',')}`;
    const sent = this.manager.query(sql, values).then(() => {
      this.written += rows.length;
      this.options.onBatch?.(rows.length);
    });
    // A failure surfaces at the next await of `pending`; until then it must not count as unhandled.
    sent.catch(() => undefined);
    this.pending = sent;
  }
}
