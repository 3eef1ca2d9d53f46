import { Test, type TestingModule } from '@nestjs/testing';
import { ConfigModule, DatabaseModule } from '#libs/platform';
import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import type { DataSource } from 'typeorm';
import { AuditModule } from './audit.module.js';
import { AuditService } from './audit.service.js';
import { PurgeAuditLogUseCase } from './purge-audit-log.use-case.js';

describe('audit log: append-only, purged only past its retention (integration)', () => {
  const config = testConfig(uniqueTestName('audit_log'), { AUDIT_RETENTION_DAYS: '30' });
  let db: DataSource;
  let moduleRef: TestingModule;
  let organisationId: string;

  beforeAll(async () => {
    db = await createTestDatabase(config, { municipalities: false, vocabulary: false });
    [{ id: organisationId }] = await db.query(
      `INSERT INTO organisations (name, kind) VALUES ('Consorzio', 'CONSORTIUM') RETURNING id`,
    );
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule],
    }).compile();
    await moduleRef.init();
  });
  afterAll(async () => {
    await moduleRef?.close();
    await dropTestDatabase(config, db);
  });

  const record = (subjectId: string) =>
    moduleRef.get(AuditService).record({
      action: 'SENSITIVE_READ',
      organisationId,
      subjectType: 'candidate',
      subjectId,
      details: { fields: ['health'] },
    });

  it('refuses a delete outside the retention rule, and the purge removes only expired entries', async () => {
    await record('vecchia');
    await record('recente');
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow();
    await db.transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await manager.query(
        `UPDATE audit_log SET at = now() - interval '31 days' WHERE subject_id = 'vecchia'`,
      );
      await manager.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });

    expect(await moduleRef.get(PurgeAuditLogUseCase).execute()).toEqual({ deleted: 1 });
    const rows: Array<{ subject_id: string; organisation_id: string; details: unknown }> =
      await db.query(`SELECT subject_id, organisation_id, details FROM audit_log ORDER BY id`);
    expect(rows).toEqual([
      { subject_id: 'recente', organisation_id: organisationId, details: { fields: ['health'] } },
    ]);
  });
});
