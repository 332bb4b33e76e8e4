import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db';
import type { Database } from '@/db/client';
import { recordAudit } from '@/lib/queries/audit/record-audit';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { applyImportPlan } from '@/lib/queries/people-import/apply-import-plan';
import { lockForImport } from '@/lib/queries/people-import/lock-for-import';
import { importAuditSummary } from '@/lib/domain/people-import/import-audit-summary';
import { loadImportSnapshot } from '@/lib/queries/people-import/load-import-snapshot';
import { type PeopleFile, parsePeopleFile } from '@/lib/domain/people-import/parse-people-file';
import { type ImportPlan, type ImportSnapshot, planPeopleImport } from '@/lib/domain/people-import/plan-people-import';
import type { ParsedPeople } from '@/lib/domain/people-import/read-people-records';
import { organisationDay } from '@/lib/domain/periods/organisation-day';
import { type Viewer, assertPermission } from '@/lib/server/access/viewer';

export type { PeopleFile };

export interface PeopleImportResult {
  plan: ImportPlan;
  applied: boolean;
  /** Identifies the changes shown in a dry run, so that applying them refuses if they would now differ. */
  digest: string;
}

/**
 * The dry run: what the valid rows would change, every problem of every row that stops it, with
 * line numbers, and the warnings. Changes nothing.
 */
export async function previewPeopleImport(
  viewer: Viewer,
  file: PeopleFile | string,
  now = new Date(),
): Promise<PeopleImportResult> {
  assertPermission(viewer, 'org:manage');
  const { plan } = await planFor(await getDb(), file, now);
  return { plan, applied: false, digest: digestOf(plan) };
}

/**
 * Applies the file in one transaction, only as its dry run showed it: refused without the dry
 * run's digest, or when the changes would now differ from it; when a row has an error, nothing is
 * written and the errors come back.
 */
export async function applyPeopleImport(
  viewer: Viewer,
  file: PeopleFile | string,
  expectedDigest: string | null,
  now = new Date(),
): Promise<PeopleImportResult> {
  assertPermission(viewer, 'org:manage');
  if (expectedDigest === null) {
    throw new ChangeRefused(
      'importWithoutDryRun',
      'Run the dry run first (mode=dry-run) and send its digest with mode=apply: an import is applied only as its dry run showed it. Nothing was changed.',
      'invalid_input',
    );
  }
  const parsed = await parsePeopleFile(file);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockForImport(tx);
    const { plan, snapshot } = await planFor(tx, parsed, now);
    const digest = digestOf(plan);
    if (plan.errors.length > 0) return { plan, applied: false, digest };
    if (expectedDigest !== digest) {
      throw new ChangeRefused(
        'importChanged',
        'The file or the organisation changed since the dry run; run the dry run again.',
      );
    }
    await applyImportPlan(tx, plan, snapshot, organisationDay(now));
    await recordAudit(tx, {
      actorId: viewer.personId,
      action: 'people.import',
      entity: 'people',
      after: importAuditSummary(plan),
    });
    return { plan, applied: true, digest };
  });
}

async function planFor(
  db: Database,
  file: PeopleFile | string | ParsedPeople,
  now: Date,
): Promise<{ plan: ImportPlan; snapshot: ImportSnapshot }> {
  const parsed = typeof file !== 'string' && 'rows' in file ? file : await parsePeopleFile(file);
  const snapshot = await loadImportSnapshot(db);
  const plan = planPeopleImport(parsed.rows, snapshot, { today: organisationDay(now) }, parsed.rejected);
  plan.errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  return { plan, snapshot };
}

function digestOf(plan: ImportPlan): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}
