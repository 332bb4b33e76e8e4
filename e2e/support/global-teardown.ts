import postgres from 'postgres';
import { E2E_DATABASE_NAME } from './e2e-environment';

export default async function globalTeardown() {
  if (!process.env.DATABASE_URL) return;
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '/postgres';
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${E2E_DATABASE_NAME} with (force)`);
  await admin.end();
}
