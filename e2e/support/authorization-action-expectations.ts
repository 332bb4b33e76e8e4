import { type Case, INVALID, MISSING, adminForm, bySession, everyone, formAction, hrForm } from './authorization-cases';
import type { DemoIds } from './authorization-demo-ids';
import type { SurfaceId } from './authorization-surface';

/** Only a person's page has these forms: the action is posted from employee@'s. */
const fromPersonPage = (ids: DemoIds) => ({ personId: String(ids.person) });

/** What every server action must answer to each role (see authorization-expectations.ts). */
export const ACTION_EXPECTATIONS = {
  'action app/(signed-in)/admin/actions.ts#saveThresholdsAsAdminAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#grantRoleAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#revokeRoleAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#retentionAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#roleHolderActivationAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#createScimTokenAction': { outcomes: adminForm },
  'action app/(signed-in)/admin/actions.ts#revokeScimTokenAction': { outcomes: adminForm },
  'action app/(signed-in)/org/people/actions.ts#movePersonAction': { params: fromPersonPage, outcomes: hrForm },
  'action app/(signed-in)/org/people/actions.ts#personActivationAction': { params: fromPersonPage, outcomes: hrForm },
  'action app/(signed-in)/org/people/actions.ts#importPeopleAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#saveScheduleAction': { outcomes: hrForm },
  // HR's form for the thresholds; the admin has a form of their own, where thresholds may also go down.
  'action app/(signed-in)/org/pulses/actions.ts#saveThresholdsAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#createItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#updateItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#retireItemAction': { outcomes: hrForm },
  'action app/(signed-in)/org/pulses/actions.ts#saveMailTimingAction': { outcomes: hrForm },
  // Without the open pulse's id the press is refused for its field: the matrix reminds nobody.
  'action app/(signed-in)/org/pulses/actions.ts#sendReminderNowAction': { outcomes: hrForm },
  // An empty form chooses no way at all to reach people: HR's is refused for its field.
  'action app/(signed-in)/org/pulses/actions.ts#saveChatDeliveryAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#saveDepartmentAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#saveTeamAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#addLeadershipAction': { outcomes: hrForm },
  'action app/(signed-in)/org/structure/actions.ts#removeLeadershipAction': { outcomes: hrForm },
  // Signing in needs no session: an empty form is refused for its fields, whoever sends it.
  'action app/login/actions.ts#signInWithPassword': { outcomes: everyone({ returned: { error: 'invalid' } }) },
  // A provider this server does not offer (Microsoft is not configured in the e2e environment) leaves everyone on the sign-in page.
  'action app/login/actions.ts#signInWithProvider': {
    form: () => ({ provider: 'microsoft-entra-id' }),
    outcomes: everyone({ redirect: '/login' }),
  },
  // The language is anyone's to choose; an unknown one changes nothing.
  'action app/actions.ts#setLocale': { form: () => ({ locale: 'xx' }), outcomes: everyone({ returned: undefined }) },
  // A valid form, so that the team decides: leader@ records an action on a team of theirs, head@ is refused it.
  'action app/(signed-in)/team/actions.ts#recordLeaderAction': {
    label: 'an action for Applicatiebeheer, which leader@ leads and head@ does not',
    form: (ids) => ({
      teamId: String(ids.team.own),
      line: '2',
      what: 'Autorisatiematrix: een gesprek over groei',
      owner: 'Autorisatiematrix',
      dueDate: '',
    }),
    outcomes: formAction({ leader: { returned: { status: 'saved' } } }),
  },
  'action app/(signed-in)/team/actions.ts#markLeaderActionDone': {
    label: MISSING,
    form: (ids) => ({ actionId: String(ids.missing), done: 'true' }),
    outcomes: formAction({
      leader: { returned: { status: 'refused', reason: 'not_found' } },
      head: { returned: { status: 'refused', reason: 'not_found' } },
    }),
  },
  // Leaders and HR reply on comments, their authors answer; an empty reply is refused for its field.
  'action app/(signed-in)/team/conversation-actions.ts#replyToCommentAction': {
    outcomes: formAction({ leader: INVALID, head: INVALID, hr: INVALID }),
  },
  'action app/(signed-in)/me/conversation-actions.ts#answerConversationAction': {
    outcomes: formAction({ employee: INVALID, leader: INVALID, head: INVALID, hr: INVALID }),
  },
  // Alerts are a leader's own: an alert no row has is not found; a choice it does not know changes nothing.
  'action app/(signed-in)/alerts/actions.ts#openAlertAction': {
    label: MISSING,
    form: (ids) => ({ alertId: String(ids.missing) }),
    outcomes: formAction({
      leader: { returned: { status: 'refused', reason: 'not_found' } },
      head: { returned: { status: 'refused', reason: 'not_found' } },
    }),
  },
  'action app/(signed-in)/alerts/actions.ts#saveAlertPreferencesAction': {
    label: 'a kind of alert that does not exist',
    form: () => ({ kinds: 'everything' }),
    outcomes: formAction({ leader: INVALID, head: INVALID }),
  },
  'action app/(signed-in)/alerts/actions.ts#saveAlertSettingsAction': {
    label: 'a switch that is neither on nor off',
    form: () => ({ leaderEmails: 'maybe' }),
    outcomes: hrForm,
  },
  'action app/(signed-in)/actions.ts#signOutAction': { endsSession: true, outcomes: everyone('login') },
  'action app/(signed-in)/actions.ts#signOutEverywhereAction': {
    endsSession: true,
    outcomes: bySession('login', {
      notSent:
        'ends every session of the demo account, which other specs share (e2e/session-revocation.spec.ts signs out everywhere as a person of its own)',
    }),
  },
} satisfies Partial<Record<SurfaceId, Case | Case[]>>;
