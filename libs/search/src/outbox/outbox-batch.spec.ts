import { collapseOutboxRows } from './outbox-batch.js';

describe('collapseOutboxRows', () => {
  it('keeps one entry per record and index, in first-seen order', () => {
    const rows = [
      { id: '1', index_name: 'vacancies' as const, record_id: 'b' },
      { id: '2', index_name: 'vacancies' as const, record_id: 'a' },
      { id: '3', index_name: 'companies' as const, record_id: 'b' },
      { id: '4', index_name: 'vacancies' as const, record_id: 'b' },
    ];
    expect([...collapseOutboxRows(rows)]).toEqual([
      ['vacancies', ['b', 'a']],
      ['companies', ['b']],
    ]);
  });
});
