const ADDRESS = /[^\s<>"'(),;:[\]]+@[^\s<>"'(),;:[\]]+/g;

/**
 * A failed send as the log may record it: the error's kind, code and message with every e-mail
 * address taken out. An SMTP error names the recipients it refused (in its message and in
 * properties such as `rejected`), and whoever was sent a reminder has not answered yet.
 */
export function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return 'an unknown error';
  const code = 'code' in error && typeof error.code === 'string' ? ` ${error.code}` : '';
  return `${error.name}${code}: ${error.message.replace(ADDRESS, '<address>')}`;
}
