/** The four connection lines of the model: 1 values, 2 role, 3 contribution, 4 integrity. */
export const CONNECTION_LINES = [1, 2, 3, 4] as const;
export type ConnectionLine = (typeof CONNECTION_LINES)[number];
