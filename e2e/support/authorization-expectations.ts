import { ACTION_EXPECTATIONS } from './authorization-action-expectations';
import { type Case, MISSING, api, bySession, everyone, page } from './authorization-cases';
import type { DemoIds } from './authorization-demo-ids';
import type { SurfaceId } from './authorization-surface';

/** Those who hold the employee role: everyone but admin@, who answers no pulses. */
const ANSWERING = { employee: 200, leader: 200, head: 200, hr: 200 } as const;
const teamId = (pick: (ids: DemoIds) => number) => (ids: DemoIds) => ({ teamId: String(pick(ids)) });
const IMPORT_HEADER = 'email,name,department,team,role,leader_email';

const TEAM_CASES = {
  led: { label: 'Servicedesk, which leader@ leads', params: teamId((ids) => ids.team.led) },
  headed: { label: 'a team in the department below the one head@ heads', params: teamId((ids) => ids.team.headed) },
  own: { label: "Applicatiebeheer, employee@'s team, which leader@ leads too", params: teamId((ids) => ids.team.own) },
  missing: { label: MISSING, params: teamId((ids) => ids.missing) },
};

const UNITS = {
  org: { label: 'the organisation', query: () => 'unit=org&period=month' },
  headed: {
    label: 'Productie, which head@ heads',
    query: (ids: DemoIds) => `unit=department:${ids.department.headed}&period=month`,
  },
  nested: {
    label: 'the department below Productie',
    query: (ids: DemoIds) => `unit=department:${ids.department.nested}&period=month`,
  },
  other: {
    label: 'a department head@ does not head',
    query: (ids: DemoIds) => `unit=department:${ids.department.other}&period=month`,
  },
  missing: { label: MISSING, query: (ids: DemoIds) => `unit=department:${ids.missing}&period=month` },
};
const unitCases = [
  { ...UNITS.org, outcomes: api({ hr: 200 }) },
  { ...UNITS.headed, outcomes: api({ hr: 200, head: 200 }) },
  { ...UNITS.nested, outcomes: api({ hr: 200, head: 200 }) },
  { ...UNITS.other, outcomes: api({ hr: 200 }) },
  { ...UNITS.missing, outcomes: api({ hr: 404 }) },
];

/** One answer to a pulse of eight questions: refused for the missing answers once the person may answer it. */
const oneAnswer = (ids: DemoIds) => ({
  contentType: 'application/json',
  data: JSON.stringify({ answers: [{ itemId: ids.pulse.openItem, score: 3 }] }),
});
const submittable = (status: 404 | 409 | 422) => api({ employee: status, leader: status, head: status, hr: status });

/** A month whose comments the demo shows or not: either way the state of the month, for whoever may see the team. */
const COMMENT_MONTH = () => 'period=month&at=2026-10';
/** A well-formed comment id no comment has. */
const NO_COMMENT = '00000000-0000-4000-8000-000000000000';
const oneReply = () => ({ contentType: 'application/json', data: JSON.stringify({ body: 'Dank je.' }) });
/**
 * What every page, route handler method and server action must answer to each role: the one
 * table of the authorization matrix (e2e/authorization-matrix.spec.ts), keyed by the ids the code
 * enumeration gives (e2e/support/authorization-surface.ts). Access is denied unless granted: the
 * helpers of authorization-cases.ts start from the refusal of their kind, and an entry names who gets more.
 */
export const EXPECTATIONS: Record<SurfaceId, Case | Case[]> = {
  'page /': { outcomes: bySession('login', 'home') },
  'page /login': { outcomes: bySession(200, 'home') },
  'page /survey': { outcomes: page(ANSWERING) },
  'page /me': { outcomes: page(ANSWERING) },
  'page /team': { outcomes: page({ leader: 200, head: 200 }) },
  'page /team/[teamId]': [
    { ...TEAM_CASES.led, outcomes: page({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: page({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: page({ leader: 200, hr: 200 }) },
    // A team outside a leader's scope is refused; one that does not exist is not found, by anyone.
    { ...TEAM_CASES.missing, outcomes: bySession('login', 404) },
  ],
  'page /alerts': { outcomes: page({ leader: 200, head: 200 }) },
  'page /org': { outcomes: page({ hr: 200 }) },
  'page /org/departments/[id]': [
    {
      label: UNITS.headed.label,
      params: (ids) => ({ id: String(ids.department.headed) }),
      outcomes: page({ hr: 200, head: 200 }),
    },
    {
      label: UNITS.nested.label,
      params: (ids) => ({ id: String(ids.department.nested) }),
      outcomes: page({ hr: 200, head: 200 }),
    },
    { label: UNITS.other.label, params: (ids) => ({ id: String(ids.department.other) }), outcomes: page({ hr: 200 }) },
    { label: MISSING, params: (ids) => ({ id: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/people': { outcomes: page({ hr: 200 }) },
  'page /org/people/[personId]': [
    { label: 'employee@', params: (ids) => ({ personId: String(ids.person) }), outcomes: page({ hr: 200 }) },
    { label: MISSING, params: (ids) => ({ personId: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/people/import': { outcomes: page({ hr: 200 }) },
  'page /org/pulses': { outcomes: page({ hr: 200 }) },
  'page /org/pulses/items/[itemId]': [
    {
      label: 'a question of the bank',
      params: (ids) => ({ itemId: String(ids.surveyItem) }),
      outcomes: page({ hr: 200 }),
    },
    { label: MISSING, params: (ids) => ({ itemId: String(ids.missing) }), outcomes: page({ hr: 404 }) },
  ],
  'page /org/structure': { outcomes: page({ hr: 200 }) },
  'page /admin': { outcomes: page({ admin: 200 }) },
  'page /admin/audit': { outcomes: page({ admin: 200 }) },

  'GET /api/health': { outcomes: everyone(200) },
  // Auth.js's own session endpoint: a session that has ended (a deactivated person's) is no session.
  'GET /api/auth/[...nextauth]': {
    label: 'the session',
    params: () => ({ nextauth: 'session' }),
    outcomes: bySession({ status: 200, json: null }, { status: 200, json: { user: {} } }),
  },
  'POST /api/auth/[...nextauth]': {
    label: "signing out without the CSRF token of Auth.js's own form",
    params: () => ({ nextauth: 'signout' }),
    body: () => ({ contentType: 'application/x-www-form-urlencoded', data: 'callbackUrl=%2Flogin' }),
    outcomes: everyone('login'),
  },
  'GET /api/v1/admin/audit': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/admin/overview': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/admin/roles': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/departments': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/aggregates.csv': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/aggregates.xlsx': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/export/audit.csv': { outcomes: api({ admin: 200 }) },
  'GET /api/v1/export/heatmap.csv': unitCases,
  'GET /api/v1/export/heatmap.xlsx': unitCases,
  'GET /api/v1/heatmap': unitCases,
  'GET /api/v1/me': { outcomes: api({ ...ANSWERING, admin: 200 }) },
  'GET /api/v1/me/answers': { outcomes: api(ANSWERING) },
  'GET /api/v1/me/memberships': { outcomes: api(ANSWERING) },
  'GET /api/v1/me/team-score': { outcomes: api(ANSWERING) },
  'GET /api/v1/people/import/template': { outcomes: api({ hr: 200 }) },
  'POST /api/v1/people/import': {
    label: 'a dry run of a file with an invalid row',
    query: () => 'mode=dry-run',
    body: () => ({
      contentType: 'text/csv',
      data: `${IMPORT_HEADER}\nnot-an-email,Autorisatiematrix,Nergens,Niemand,,`,
    }),
    outcomes: api({ hr: 200 }),
  },
  'GET /api/v1/people': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/pulse-settings': { outcomes: api({ hr: 200 }) },
  'PUT /api/v1/pulses/[pulseId]/response': [
    {
      label: 'one answer to the open pulse',
      params: (ids) => ({ pulseId: String(ids.pulse.open) }),
      body: oneAnswer,
      outcomes: submittable(422),
    },
    {
      label: 'one answer to a closed pulse',
      params: (ids) => ({ pulseId: String(ids.pulse.closed) }),
      body: oneAnswer,
      outcomes: submittable(409),
    },
    {
      label: MISSING,
      params: (ids) => ({ pulseId: String(ids.missing) }),
      body: oneAnswer,
      outcomes: submittable(404),
    },
  ],
  'GET /api/v1/pulses/current': { outcomes: api(ANSWERING) },
  'GET /api/v1/survey-items': { outcomes: api({ hr: 200 }) },
  'GET /api/v1/teams': { outcomes: api({ leader: 200, head: 200 }) },
  // Participation is for those who look after a team, not for its members.
  'GET /api/v1/teams/[teamId]/participation': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],
  // A team's comments and their conversations are for HR and its leaders, not for its members.
  'GET /api/v1/teams/[teamId]/comments': [
    { ...TEAM_CASES.led, query: COMMENT_MONTH, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, query: COMMENT_MONTH, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, query: COMMENT_MONTH, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, query: COMMENT_MONTH, outcomes: bySession(401, 404) },
  ],
  // A comment nobody may see answers as one that does not exist, to whoever asks: it gives nothing away.
  'POST /api/v1/comments/[commentId]/replies': {
    label: NO_COMMENT,
    params: () => ({ commentId: NO_COMMENT }),
    body: oneReply,
    outcomes: bySession(401, 404),
  },
  'GET /api/v1/me/conversations': { outcomes: bySession(401, 200) },
  'POST /api/v1/me/conversations/[commentId]/answers': {
    label: NO_COMMENT,
    params: () => ({ commentId: NO_COMMENT }),
    body: oneReply,
    outcomes: bySession(401, 404),
  },
  // A team's report holds what its page shows: for HR and its leaders, as that page.
  'GET /api/v1/teams/[teamId]/report.pdf': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],
  // A team's results are for HR, its leaders, and its own members.
  'GET /api/v1/teams/[teamId]/trends': [
    { ...TEAM_CASES.led, outcomes: api({ leader: 200, hr: 200 }) },
    { ...TEAM_CASES.headed, outcomes: api({ head: 200, hr: 200 }) },
    { ...TEAM_CASES.own, outcomes: api({ employee: 200, leader: 200, hr: 200 }) },
    { ...TEAM_CASES.missing, outcomes: bySession(401, 404) },
  ],
  // SCIM answers an identity provider's bearer token, never a session: every role gets SCIM's 401.
  ...Object.fromEntries(
    [
      'GET /scim/v2/Users',
      'POST /scim/v2/Users',
      'GET /scim/v2/Users/[id]',
      'PUT /scim/v2/Users/[id]',
      'PATCH /scim/v2/Users/[id]',
      'DELETE /scim/v2/Users/[id]',
      'GET /scim/v2/Groups',
      'POST /scim/v2/Groups',
      'GET /scim/v2/Groups/[id]',
      'PUT /scim/v2/Groups/[id]',
      'PATCH /scim/v2/Groups/[id]',
      'DELETE /scim/v2/Groups/[id]',
      'GET /scim/v2/ServiceProviderConfig',
      'GET /scim/v2/ResourceTypes',
      'GET /scim/v2/ResourceTypes/[id]',
      'GET /scim/v2/Schemas',
      'GET /scim/v2/Schemas/[id]',
    ].map((id) => [id, { params: () => ({ id: 'Group' }), outcomes: everyone(401) }]),
  ),
  ...ACTION_EXPECTATIONS,
};
