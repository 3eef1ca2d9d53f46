import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import { describeSearchContract } from '../testing/search-contract.js';
import { PostgresSearchAdapter } from './postgres-search.adapter.js';

describeSearchContract('PostgreSQL', async () => {
  const config = testConfig(uniqueTestName('search_postgres'));
  const dataSource = await createTestDatabase(config, { municipalities: false });
  return {
    search: new PostgresSearchAdapter(dataSource),
    dataSource,
    close: () => dropTestDatabase(config, dataSource),
  };
});
