import { jsonRoute } from '@/lib/server/next/json-route';
import { getPulseSettings } from '@/lib/server/pulses/pulse-settings';

/** GET /api/v1/pulse-settings — the schedule, the anonymity thresholds and the next pulse, for HR. */
export const GET = jsonRoute(({ viewer }) => getPulseSettings(viewer));
