import { createTestDatabase, dropTestDatabase, testConfig, uniqueTestName } from '#libs/testing';
import { Meilisearch } from 'meilisearch';
import { SEARCH_INDEXES } from '../search-documents.types.js';
import { describeSearchContract } from '../testing/search-contract.js';
import { MeilisearchSearchAdapter } from './meilisearch-search.adapter.js';

const url = process.env.MEILI_URL;
const apiKey = process.env.MEILI_API_KEY;

/** Only a server that answers counts: otherwise the suite is reported as skipped, not passed. */
async function unreachableReason(): Promise<string | undefined> {
  if (!url) return 'MEILI_URL non impostata';
  const healthy = await new Meilisearch({ host: url, apiKey, timeout: 2000 }).isHealthy();
  return healthy ? undefined : `${url} non risponde`;
}

describeSearchContract(
  'Meilisearch',
  async () => {
    const name = uniqueTestName('search_meili');
    const config = testConfig(name, { SEARCH_BACKEND: 'meilisearch', MEILI_URL: url ?? '' });
    const dataSource = await createTestDatabase(config, { municipalities: false });
    const search = new MeilisearchSearchAdapter(config, { indexPrefix: name });
    return {
      search,
      dataSource,
      async close() {
        const client = new Meilisearch({ host: url ?? '', apiKey });
        for (const index of SEARCH_INDEXES) await client.deleteIndexIfExists(search.uid(index));
        await dropTestDatabase(config, dataSource);
      },
    };
  },
  await unreachableReason(),
);
