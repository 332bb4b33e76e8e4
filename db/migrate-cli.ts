import { openDatabaseFromEnv } from './client';
import { migrateDatabase } from './migrate';

const handle = openDatabaseFromEnv();
await migrateDatabase(handle);
await handle.close();
console.log(`Migrated the ${handle.driver === 'postgres' ? 'Postgres' : 'embedded PGlite'} database.`);
