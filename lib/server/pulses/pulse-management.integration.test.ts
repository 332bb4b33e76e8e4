import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, pulseItems, surveyItems } from '@/db/schema';
import { DEMO_ACCOUNTS } from '@/seed/demo/demo-structure';
import type { TestDatabase } from '@/testing/database/test-database';
import { loadAnonymityThresholds } from '@/lib/queries/settings/load-thresholds';
import { ChangeRefused } from '@/lib/domain/change-refused';
import { nextOpening } from '@/lib/domain/pulses/schedule';
import { getPulseSettings, saveAnonymityThresholds, savePulseSchedule } from './pulse-settings';
import { getBankItem, listQuestionBank } from './question-bank';
import { createSurveyItem, retireSurveyItem, updateSurveyItem } from './save-survey-item';
import { type DemoLookup, seededDemo } from '@/testing/demo-lookup';
import type { Viewer } from '@/lib/server/access/viewer';

let database: TestDatabase;
let hr: Viewer;

beforeAll(async () => {
  let demo: DemoLookup;
  ({ database, demo } = await seededDemo());
  hr = await demo.viewer(DEMO_ACCOUNTS.hr.email);
});
afterAll(() => database.destroy());

const lastAudit = async () => (await database.db.select().from(auditLog).orderBy(auditLog.id)).at(-1)!;
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof ChangeRefused ? error.reason : String(error)),
  );

describe('the pulse schedule', () => {
  it('previews the next pulse of the new schedule when the cadence changes, keeps existing pulses, and records the change', async () => {
    const now = new Date();
    const weekly = await getPulseSettings(hr, now);
    expect(weekly.schedule.cadence).toBe('weekly');
    expect(weekly.nextPulse.items).toHaveLength(8);
    const askedBefore = await database.db.$count(pulseItems);

    const schedule = { ...weekly.schedule, cadence: 'monthly' as const, openDays: 10, itemsPerLine: 1 };
    await savePulseSchedule(hr, schedule);
    const monthly = await getPulseSettings(hr, now);
    expect(monthly.schedule).toEqual(schedule);
    expect(monthly.nextPulse.opensAt).toEqual(nextOpening(schedule, now));
    expect(monthly.nextPulse.closesAt.getTime() - monthly.nextPulse.opensAt.getTime()).toBe(10 * 86_400_000);
    expect(monthly.nextPulse.items).toHaveLength(4);
    expect(await database.db.$count(pulseItems)).toBe(askedBefore);
    expect(await lastAudit()).toMatchObject({
      action: 'pulse-schedule.update',
      entity: 'settings',
      entityId: 'pulse-schedule',
      before: { cadence: 'weekly' },
      after: { cadence: 'monthly' },
    });
  });

  it('stores new anonymity thresholds, which the reports then read', async () => {
    await saveAnonymityThresholds(hr, { minGroupSize: 6, commentMinGroupSize: 12 });
    expect(await loadAnonymityThresholds(database.db)).toEqual({ minGroupSize: 6, commentMinGroupSize: 12 });
    expect(await lastAudit()).toMatchObject({
      action: 'anonymity-thresholds.update',
      before: { minGroupSize: 5 },
      after: { minGroupSize: 6 },
    });
  });
});

describe('the question bank', () => {
  it('adds, rewords and retires a question, keeping the pulses that asked it', async () => {
    const { itemId } = await createSurveyItem(hr, {
      line: 3,
      textNl: 'Ik weet wat mijn werk bijdraagt.',
      textEn: 'I know what my work adds.',
    });
    expect(await lastAudit()).toMatchObject({ action: 'survey-item.create', entityId: String(itemId) });
    expect(
      await reasonOf(createSurveyItem(hr, { line: 1, textNl: 'Ik weet wat mijn werk bijdraagt.', textEn: 'Other' })),
    ).toBe('duplicateItem');

    await updateSurveyItem(hr, {
      itemId,
      textNl: 'Ik zie wat mijn werk bijdraagt.',
      textEn: 'I see what my work adds.',
    });
    expect(await lastAudit()).toMatchObject({
      action: 'survey-item.update',
      before: { textNl: 'Ik weet wat mijn werk bijdraagt.' },
    });

    const asked = (await listQuestionBank(hr)).find((item) => item.pulseCount > 0)!;
    await retireSurveyItem(hr, asked.id);
    const retired = await getBankItem(hr, asked.id);
    expect(retired).toMatchObject({ active: false });
    expect(retired.retiredAt).toBeInstanceOf(Date);
    expect(retired.pulses).toHaveLength(asked.pulseCount);
    expect(await lastAudit()).toMatchObject({ action: 'survey-item.retire', entityId: String(asked.id) });
  });

  it('keeps at least one active question on every line', async () => {
    const line4 = await database.db.select().from(surveyItems).where(eq(surveyItems.line, 4));
    const active = line4.filter((item) => item.active);
    for (const item of active.slice(1)) await retireSurveyItem(hr, item.id);
    expect(await reasonOf(retireSurveyItem(hr, active[0]!.id))).toBe('lastItemOfLine');
  });
});
