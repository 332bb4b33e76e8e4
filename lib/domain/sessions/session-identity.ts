/** Who a session token names, and which sign-in it came from: enough to tell whether it still counts. */
export interface SessionIdentity {
  personId: number;
  /** Random per sign-in: signing out ends this one session. */
  sessionId: string;
  /** The person's session version at sign-in: raising it ends every session they have. */
  sessionVersion: number;
}
