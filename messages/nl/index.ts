import admin from './admin.json';
import alerts from './alerts.json';
import audit from './audit.json';
import common from './common.json';
import connection from './connection.json';
import conversations from './conversations.json';
import exportFiles from './exports.json';
import forbidden from './forbidden.json';
import guidance from './guidance.json';
import heatmap from './heatmap.json';
import lines from './lines.json';
import login from './login.json';
import me from './me.json';
import nav from './nav.json';
import notFound from './notFound.json';
import org from './org.json';
import people from './people.json';
import pulses from './pulses.json';
import questions from './questions.json';
import roles from './roles.json';
import survey from './survey.json';
import team from './team.json';
import trends from './trends.json';

/** Every Dutch message, one file per namespace so that features can be translated side by side. */
export const messages = {
  admin,
  alerts,
  audit,
  common,
  connection,
  conversations,
  exports: exportFiles,
  forbidden,
  guidance,
  heatmap,
  lines,
  login,
  me,
  nav,
  notFound,
  org,
  people,
  pulses,
  questions,
  roles,
  survey,
  team,
  trends,
};
