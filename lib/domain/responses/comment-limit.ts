/** The longest comment a response may carry; kept apart from the schema so the survey page ships without zod. */
export const MAX_COMMENT_LENGTH = 2000;
